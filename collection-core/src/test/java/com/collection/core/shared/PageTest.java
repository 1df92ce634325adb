package com.collection.core.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PageTest {

  private final List<Integer> fifty = IntStream.rangeClosed(1, 50).boxed().toList();

  @Test
  void aPagePastTheEndIsTheLastPageHoweverLargeItsNumber() {
    for (int asked : List.of(2, 3, 99, Integer.MAX_VALUE)) {
      Page<Integer> page = Page.slice(fifty, new PageRequest(asked, 20));
      assertThat(page.page()).as("page %d", asked).isEqualTo(2);
      assertThat(page.items()).containsExactly(41, 42, 43, 44, 45, 46, 47, 48, 49, 50);
      assertThat(page.firstItemNumber()).isEqualTo(41);
      assertThat(page.lastItemNumber()).isEqualTo(50);
      assertThat(page.hasNext()).isFalse();
      assertThat(page.totalPages()).isEqualTo(3);
    }
    assertThat(Page.slice(List.of(), new PageRequest(Integer.MAX_VALUE, 20)).page()).isZero();
    assertThat(Page.slice(fifty, new PageRequest(Integer.MIN_VALUE, 20)).items()).startsWith(1, 2);
  }

  @Test
  void aFetchedPageIsReadWithTheRequestBroughtWithinTheList() {
    List<PageRequest> asked = new ArrayList<>();
    Page<Integer> page = Page.fetch(new PageRequest(Integer.MAX_VALUE, 25), 51, request -> {
      asked.add(request);
      return List.of(51);
    });
    assertThat(asked).containsExactly(new PageRequest(2, 25));
    assertThat(page.page()).isEqualTo(2);
    assertThat(page.firstItemNumber()).isEqualTo(51);
  }

  @Test
  void aPageOutsideItsListCanNotBeMade() {
    assertThatThrownBy(() -> Page.of(List.of(), new PageRequest(Integer.MAX_VALUE, 20), 50))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
