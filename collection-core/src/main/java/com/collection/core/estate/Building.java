package com.collection.core.estate;

/**
 * A building (楼栋): the unit of responsibility and ranking. Its responsible staff member
 * (首问责任人) is optional until assigned.
 */
public record Building(Long id, long communityId, String name, Long responsibleStaffId) {

  public static Building create(long communityId, String name, Long responsibleStaffId) {
    return new Building(null, communityId, Text.required("name", name, 50), responsibleStaffId);
  }

  public Building rename(String newName, Long newResponsibleStaffId) {
    return new Building(id, communityId, Text.required("name", newName, 50), newResponsibleStaffId);
  }
}
