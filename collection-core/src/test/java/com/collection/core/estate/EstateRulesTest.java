package com.collection.core.estate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.collection.core.shared.DomainException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EstateRulesTest {

  private static final LocalDate JAN_1 = LocalDate.of(2024, 1, 1);

  @Test
  void areaIsPositiveWithAtMostTwoDecimals() {
    assertThat(Area.of("88.5").squareMetres()).isEqualByComparingTo("88.50");
    assertThat(Area.of("88.50").toString()).isEqualTo("88.50");
    assertRule(() -> Area.of("0"), "unit.area.positive");
    assertRule(() -> Area.of("-12.00"), "unit.area.positive");
    assertRule(() -> Area.of("88.123"), "unit.area.decimals");
    assertRule(() -> new Area(new BigDecimal("100000")), "unit.area.tooLarge");
  }

  @Test
  void aUnitNeedsANumberAndASensibleFloor() {
    assertRule(() -> Unit.create(1, " ", 3, Area.of("80"), UnitUse.RESIDENTIAL, Occupancy.OCCUPIED),
        "validation.required");
    assertRule(() -> Unit.create(1, "x".repeat(21), 3, Area.of("80"), UnitUse.RESIDENTIAL, Occupancy.OCCUPIED),
        "validation.tooLong");
    assertRule(() -> Unit.create(1, "101", 300, Area.of("80"), UnitUse.RESIDENTIAL, Occupancy.OCCUPIED),
        "unit.floor.range");
    assertThat(Unit.create(1, " 101 ", 1, Area.of("80"), UnitUse.RESIDENTIAL, Occupancy.OCCUPIED).number())
        .isEqualTo("101");
  }

  @Test
  void parkingSpacesAreNotHouseholds() {
    assertThat(UnitUse.PARKING.isHousehold()).isFalse();
    assertThat(UnitUse.COMMERCIAL.isHousehold()).isTrue();
  }

  @Test
  void ownershipSpansOfAUnitMayNotOverlap() {
    Ownership first = new Ownership(1L, 7, JAN_1, JAN_1.plusYears(2), List.of(10L));
    Ownership next = new Ownership(null, 7, JAN_1.plusYears(2), null, List.of(11L, 12L));
    next.checkFitsAmong(List.of(first));

    Ownership overlapping = new Ownership(null, 7, JAN_1.plusYears(1), null, List.of(13L));
    assertRule(() -> overlapping.checkFitsAmong(List.of(first)), "ownership.overlap");
    Ownership before = new Ownership(null, 7, JAN_1.minusYears(3), JAN_1.plusDays(1), List.of(13L));
    assertRule(() -> before.checkFitsAmong(List.of(first)), "ownership.overlap");
  }

  @Test
  void jointOwnersShareOneSpanAndASpanEndsAfterItStarts() {
    Ownership joint = Ownership.from(7, JAN_1, List.of(10L, 11L));
    assertThat(joint.ownerIds()).containsExactly(10L, 11L);
    assertThat(joint.isOn(JAN_1)).isTrue();
    assertThat(joint.endingOn(JAN_1.plusYears(1)).isOn(JAN_1.plusYears(1))).isFalse();
    assertRule(() -> new Ownership(null, 7, JAN_1, JAN_1, List.of(10L)), "ownership.endBeforeStart");
    assertRule(() -> Ownership.from(7, JAN_1, List.of()), "ownership.noOwner");
  }

  @Test
  void aCommunityHasACapitalShortCodeAndSaneSettings() {
    Community community = Community.create(" 阳光花园 ", "yg", null, 1, List.of(), List.of(), null, 15);
    assertThat(community.name()).isEqualTo("阳光花园");
    assertThat(community.code()).isEqualTo("YG");
    assertRule(() -> Community.create("x", "Y1", null, 1, List.of(), List.of(), null, 15), "community.code.format");
    assertRule(() -> Community.create("x", "YG", null, 13, List.of(), List.of(), null, 15),
        "community.feeYearStartMonth.range");
    assertRule(() -> Community.create("x", "YG", null, 1, List.of(), List.of(), null, -1),
        "community.caseOpeningDays.range");
    assertRule(() -> Community.create("", "YG", null, 1, List.of(), List.of(), null, 15), "validation.required");
  }

  @Test
  void anOwnerNeedsANameAndAPlausiblePhone() {
    Owner owner = Owner.create("王芳", "100 1234 5678", null, "晚上", false, " ");
    assertThat(owner.notes()).isNull();
    assertRule(() -> Owner.create("王芳", "call me", null, null, false, null), "owner.phone.format");
    assertRule(() -> Owner.create("王芳", "", null, null, false, null), "validation.required");
  }

  private static void assertRule(Runnable action, String code) {
    assertThatThrownBy(action::run).isInstanceOfSatisfying(DomainException.class,
        e -> assertThat(e.code()).isEqualTo(code));
  }
}
