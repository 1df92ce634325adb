package com.collection.core.staff;

import java.util.List;
import java.util.Optional;

/** Port: the people who sign in. */
public interface StaffMembers {

  StaffMember save(StaffMember member);

  Optional<StaffMember> byId(long id);

  Optional<StaffMember> byUsername(String username);

  boolean usernameTaken(String username);

  List<StaffMember> all();

  long count();
}
