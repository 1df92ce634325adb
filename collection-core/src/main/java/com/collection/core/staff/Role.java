package com.collection.core.staff;

/** What a staff member may do: admins manage the system, managers see and approve everything. */
public enum Role {
  ADMIN, MANAGER, STAFF;

  public boolean seesAllBuildings() {
    return this != STAFF;
  }
}
