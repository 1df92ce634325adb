package com.collection.core.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a longer list, with what the pager needs. */
public record Page<T>(List<T> items, int page, int size, long total) {

  public Page {
    items = List.copyOf(items);
  }

  public static <T> Page<T> of(List<T> items, PageRequest request, long total) {
    return new Page<>(items, request.page(), request.size(), total);
  }

  public int totalPages() {
    return total == 0 ? 1 : (int) ((total + size - 1) / size);
  }

  public boolean hasPrevious() {
    return page > 0;
  }

  public boolean hasNext() {
    return page + 1 < totalPages();
  }

  public long firstItemNumber() {
    return total == 0 ? 0 : (long) page * size + 1;
  }

  public long lastItemNumber() {
    return (long) page * size + items.size();
  }

  public <R> Page<R> map(Function<T, R> mapper) {
    return new Page<>(items.stream().map(mapper).toList(), page, size, total);
  }
}
