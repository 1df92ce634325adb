package com.collection.core.shared;

/**
 * Who is asking, for the queries that must only show a staff member their own buildings' units and
 * owners. Managers and admins see everything.
 */
public record Viewer(long staffId, boolean seesAllBuildings) {

  public static Viewer everything(long staffId) {
    return new Viewer(staffId, true);
  }

  public static Viewer ownBuildings(long staffId) {
    return new Viewer(staffId, false);
  }
}
