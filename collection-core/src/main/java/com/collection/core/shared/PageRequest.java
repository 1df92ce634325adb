package com.collection.core.shared;

/**
 * Which page of a list to show: zero-based page number and a bounded page size. A page past the
 * end of the list is asked for by links kept from a longer list or by typing {@code ?page=}: it
 * shows the last page ({@link #within(long)}), which {@link Page#fetch} applies before a query.
 */
public record PageRequest(int page, int size) {

  public static final int MAX_SIZE = 200;

  public PageRequest {
    page = Math.max(0, page);
    size = Math.min(MAX_SIZE, Math.max(1, size));
  }

  public static PageRequest of(Integer page, int defaultSize) {
    return new PageRequest(page == null ? 0 : page, defaultSize);
  }

  /** The last page of a list of {@code total} items (0 for an empty list). */
  public static int lastPage(long total, int size) {
    return total <= 0 ? 0 : (int) ((total - 1) / size);
  }

  /** This request, or the last page of a list of {@code total} items if it asks for one past it. */
  public PageRequest within(long total) {
    int last = lastPage(total, size);
    return page <= last ? this : new PageRequest(last, size);
  }

  public long offset() {
    return (long) page * size;
  }
}
