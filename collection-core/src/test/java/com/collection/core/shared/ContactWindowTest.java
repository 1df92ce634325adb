package com.collection.core.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class ContactWindowTest {

  @Test
  void parsesTheUsualWindowsInEitherPunctuation() {
    assertThat(ContactWindow.parseList("9:30-12:00，15:00-18:00", "w"))
        .extracting(ContactWindow::toString).containsExactly("09:30-12:00", "15:00-18:00");
  }

  @Test
  void aWindowContainsItsStartButNotItsEnd() {
    ContactWindow morning = new ContactWindow(LocalTime.of(9, 30), LocalTime.of(12, 0));
    assertThat(morning.contains(LocalTime.of(9, 30))).isTrue();
    assertThat(morning.contains(LocalTime.of(12, 0))).isFalse();
  }

  @Test
  void refusesGarbageAndBackwardsWindowsOnTheNamedField() {
    assertThatThrownBy(() -> ContactWindow.parseList("morning", "weekdayWindows"))
        .isInstanceOfSatisfying(DomainException.class, e -> {
          assertThat(e.code()).isEqualTo("contactWindow.format");
          assertThat(e.field()).isEqualTo("weekdayWindows");
        });
    assertThatThrownBy(() -> ContactWindow.parseList("18:00-15:00", "weekendWindows"))
        .isInstanceOfSatisfying(DomainException.class, e -> {
          assertThat(e.code()).isEqualTo("contactWindow.order");
          assertThat(e.field()).isEqualTo("weekendWindows");
        });
  }

  @Test
  void pagesCountFromOneAndKnowTheirNeighbours() {
    Page<String> page = Page.of(java.util.List.of("a", "b"), new PageRequest(1, 2), 5);
    assertThat(page.totalPages()).isEqualTo(3);
    assertThat(page.firstItemNumber()).isEqualTo(3);
    assertThat(page.lastItemNumber()).isEqualTo(4);
    assertThat(page.hasPrevious()).isTrue();
    assertThat(page.hasNext()).isTrue();
    assertThat(new PageRequest(-3, 100_000).size()).isEqualTo(PageRequest.MAX_SIZE);
  }
}
