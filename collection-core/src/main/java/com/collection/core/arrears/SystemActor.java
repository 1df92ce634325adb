package com.collection.core.arrears;

import com.collection.core.staff.StaffMembers;
import org.springframework.stereotype.Service;

/** The reserved staff account that system transitions are recorded by. */
@Service
public class SystemActor {

  private final StaffMembers staff;
  private volatile Long id;

  public SystemActor(StaffMembers staff) {
    this.staff = staff;
  }

  public long id() {
    Long known = id;
    if (known == null) {
      known = staff.systemAccountId()
          .orElseThrow(() -> new IllegalStateException("The system account is missing (migration V12)"));
      id = known;
    }
    return known;
  }
}
