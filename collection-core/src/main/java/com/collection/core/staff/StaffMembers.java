package com.collection.core.staff;

import java.util.List;
import java.util.Optional;

/** Port: the people who sign in. */
public interface StaffMembers {

  StaffMember save(StaffMember member);

  Optional<StaffMember> byId(long id);

  /** The account's access as it is now (one row, no building assignments); empty if it is gone. */
  Optional<StaffAccess> access(long id);

  /** The account of a username; empty for a name that {@link StaffMember#signInName} refuses. */
  Optional<StaffMember> byUsername(String username);

  boolean usernameTaken(String username);

  /** Everyone but the system account. */
  List<StaffMember> all();

  /** The reserved account the system acts as ({@link StaffMember#SYSTEM_USERNAME}). */
  Optional<Long> systemAccountId();

  long count();
}
