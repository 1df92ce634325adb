package com.collection.core.shared;

/** Which page of a list to show: zero-based page number and a bounded page size. */
public record PageRequest(int page, int size) {

  public static final int MAX_SIZE = 200;

  public PageRequest {
    page = Math.max(0, page);
    size = Math.min(MAX_SIZE, Math.max(1, size));
  }

  public static PageRequest of(Integer page, int defaultSize) {
    return new PageRequest(page == null ? 0 : page, defaultSize);
  }

  public long offset() {
    return (long) page * size;
  }
}
