package com.collection.core.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a longer list, with what the pager needs. Its page is never past the list's last
 * page: lists are read through {@link #fetch} or {@link #slice}, which show the last page for a
 * page number past the end (however large: {@code ?page=2147483647}).
 */
public record Page<T>(List<T> items, int page, int size, long total) {

  public Page {
    items = List.copyOf(items);
    if (page < 0 || page > PageRequest.lastPage(total, Math.max(1, size))) {
      throw new IllegalArgumentException("Page " + page + " of a list of " + total + " by " + size
          + ": read pages through Page.fetch or Page.slice");
    }
  }

  /**
   * A page of a list counted first: the request is brought within the list, then its items are
   * read ({@code items} gets the request to use for its offset and limit).
   */
  public static <T> Page<T> fetch(PageRequest asked, long total, Function<PageRequest, List<T>> items) {
    PageRequest request = asked.within(total);
    return new Page<>(items.apply(request), request.page(), request.size(), total);
  }

  /** A page of a list held in memory. */
  public static <T> Page<T> slice(List<T> all, PageRequest asked) {
    PageRequest request = asked.within(all.size());
    int from = (int) Math.min(request.offset(), all.size());
    int to = Math.min(from + request.size(), all.size());
    return new Page<>(all.subList(from, to), request.page(), request.size(), all.size());
  }

  /** Items already read for a request within the list (the one page there is, say). */
  public static <T> Page<T> of(List<T> items, PageRequest request, long total) {
    return new Page<>(items, request.page(), request.size(), total);
  }

  public int totalPages() {
    return PageRequest.lastPage(total, size) + 1;
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
