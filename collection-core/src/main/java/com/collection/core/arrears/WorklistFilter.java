package com.collection.core.arrears;

/** The worklist's filters: one building, one category; null means all. */
public record WorklistFilter(Long buildingId, CaseCategory category) {

  public static final WorklistFilter ALL = new WorklistFilter(null, null);
}
