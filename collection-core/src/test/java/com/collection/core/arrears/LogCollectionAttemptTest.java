package com.collection.core.arrears;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.collection.core.audit.AuditAction;
import com.collection.core.audit.InMemoryAuditLog;
import com.collection.core.estate.BuildingSummary;
import com.collection.core.estate.EstateDirectory;
import com.collection.core.estate.OwnedUnit;
import com.collection.core.estate.UnitSearch;
import com.collection.core.estate.UnitSummary;
import com.collection.core.estate.Visibility;
import com.collection.core.ledger.MoneyLocks;
import com.collection.core.shared.AccessRefusedException;
import com.collection.core.shared.DomainException;
import com.collection.core.shared.Page;
import com.collection.core.shared.PageRequest;
import com.collection.core.shared.Viewer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Logging an attempt with in-memory ports and a clock fixed on New Year's Eve 2026 (a Thursday),
 * 10:00 in Shanghai: what is stored when it is accepted, and that a refusal names its field and
 * stores nothing (no attempt, no event, no audit entry, the case as it was).
 */
class LogCollectionAttemptTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 31, 10, 0);
  private static final LocalDate TODAY = NOW.toLocalDate();
  private static final Clock CLOCK = Clock.fixed(NOW.atZone(SHANGHAI).toInstant(), SHANGHAI);
  private static final long CASE_ID = 41;
  private static final long OTHER_CASE_ID = 42;
  private static final long UNIT = 301;
  private static final long BUILDING = 3;
  private static final long STAFF = 7;
  private static final LocalDate OPENED = LocalDate.of(2026, 12, 16);
  private static final Viewer STAFF_VIEWER = Viewer.ownBuildings(STAFF);

  private final InMemoryArrears store = new InMemoryArrears();
  private final InMemoryAuditLog auditLog = new InMemoryAuditLog();
  private final List<Long> locked = new ArrayList<>();
  private final LogCollectionAttempt logAttempt = new LogCollectionAttempt(store.cases, store.attempts, store.events,
      store.ledger, new OneBuilding(), new Locks(), auditLog.audit(CLOCK), CLOCK);

  LogCollectionAttemptTest() {
    store.store(openCase(CASE_ID, UNIT));
    store.store(openCase(OTHER_CASE_ID, UNIT + 1));
  }

  private static ArrearsCase openCase(long id, long unit) {
    return ArrearsCase.load(id, unit, BUILDING, 1, CaseStatus.OPEN, OPENED, null, CaseCategory.UNCATEGORISED, OPENED,
        null, null, null, null, null, 0, 0, FollowUp.on(OPENED, FollowUpReason.NEW_CASE, OPENED),
        LocalDate.of(2026, 11, 30), InMemoryArrears.DUE);
  }

  /** A phone call to the owner, now, with that outcome; the tests change one thing each. */
  private static LogAttemptCommand call(CaseCategory outcome) {
    return new LogAttemptCommand(CASE_ID, STAFF_VIEWER, Channel.PHONE, Reached.OWNER, "业主说下月初来交", null, outcome,
        null, null, null, null);
  }

  private static LogAttemptCommand promise(LocalDate promisedDate) {
    return new LogAttemptCommand(CASE_ID, STAFF_VIEWER, Channel.PHONE, Reached.OWNER, "业主答应来交费", null,
        CaseCategory.PAY_SOON, promisedDate, null, null, null);
  }

  private static LogAttemptCommand refusal(String what, String words) {
    return new LogAttemptCommand(CASE_ID, STAFF_VIEWER, Channel.VISIT, Reached.OWNER, "上门", null,
        CaseCategory.REFUSING, null, what, words, null);
  }

  private static LogAttemptCommand on(Channel channel, Reached reached, LocalDateTime when, CaseCategory outcome) {
    return new LogAttemptCommand(CASE_ID, STAFF_VIEWER, channel, reached, "", when, outcome, null, null, null, null);
  }

  private static LogAttemptCommand correcting(long attemptId) {
    return new LogAttemptCommand(CASE_ID, STAFF_VIEWER, Channel.PHONE, Reached.OWNER, "更正：是家属接的电话", null,
        CaseCategory.UNCONFIRMED, null, null, null, attemptId);
  }

  @Test
  void aPromiseOnTheSixtiethDayIsStoredWithTheBillsItCoversAndAudited() {
    LocalDate day60 = LocalDate.of(2027, 3, 1);

    CollectionAttempt attempt = logAttempt.log(promise(day60));

    assertThat(store.loggedAttempts()).containsExactly(attempt);
    assertThat(attempt.day()).isEqualTo(TODAY);
    assertThat(attempt.at()).isEqualTo(CLOCK.instant());
    assertThat(attempt.staffId()).isEqualTo(STAFF);
    assertThat(attempt.promisedDate()).isEqualTo(day60);
    assertThat(store.promiseCovers(attempt.id())).isEqualTo(InMemoryArrears.DUE_BILLS);
    ArrearsCase c = store.stored(CASE_ID);
    assertThat(c.category()).isEqualTo(CaseCategory.PAY_SOON);
    assertThat(c.promise()).isEqualTo(new Promise(day60, TODAY, InMemoryArrears.DUE, InMemoryArrears.DUE_BILLS));
    assertThat(c.followUp()).isEqualTo(FollowUp.on(LocalDate.of(2027, 2, 28), FollowUpReason.PROMISE_REMINDER, day60));
    assertThat(store.loggedEvents()).singleElement().satisfies(e -> {
      assertThat(e.kind()).isEqualTo(CaseEvent.Kind.CATEGORY_SET);
      assertThat(e.category()).isEqualTo(CaseCategory.PAY_SOON);
      assertThat(e.promisedDate()).isEqualTo(day60);
      assertThat(e.attemptId()).isEqualTo(attempt.id());
    });
    assertThat(auditLog.entries(AuditAction.COLLECTION_ATTEMPT_LOGGED)).singleElement()
        .satisfies(e -> assertThat(e.actorId()).isEqualTo(STAFF));
    assertThat(locked).containsExactly(UNIT);
  }

  @Test
  void aPhoneClockAMinuteAheadIsNotTheFuture() {
    logAttempt.log(on(Channel.PHONE, Reached.NOBODY, NOW.plusMinutes(1), CaseCategory.UNCONFIRMED));

    assertThat(store.loggedAttempts()).hasSize(1);
  }

  @Test
  void anEveningRoundEnteredTheNextMorningIsDatedItsEvening() {
    CollectionAttempt attempt = logAttempt.log(on(Channel.VISIT, Reached.FAMILY_MEMBER,
        LocalDateTime.of(2026, 12, 30, 20, 15), CaseCategory.AWAY_ON_BUSINESS));

    assertThat(attempt.day()).isEqualTo(LocalDate.of(2026, 12, 30));
    assertThat(attempt.loggedAt()).isEqualTo(CLOCK.instant());
    assertThat(store.stored(CASE_ID).followUp().date()).as("daily: due the day after").isEqualTo(TODAY);
  }

  @Test
  void aNoticeIsInTheTimelineButSetsNoCategory() {
    logAttempt.log(refusal("停车位被占", "车位问题不解决不交"));

    CollectionAttempt notice = logAttempt.log(on(Channel.PAPER_NOTICE, Reached.NOBODY, null, null));

    assertThat(notice.outcome()).isNull();
    assertThat(store.loggedAttempts()).hasSize(2);
    assertThat(store.stored(CASE_ID).category()).isEqualTo(CaseCategory.REFUSING);
    assertThat(store.stored(CASE_ID).countingAttempts()).isEqualTo(1);
    assertThat(store.loggedEvents()).as("one category set, by the visit").hasSize(1);
    assertThat(auditLog.entries(AuditAction.COLLECTION_ATTEMPT_LOGGED)).hasSize(2);
  }

  @Test
  void anEarlierAttemptLoggedAfterALaterOneLeavesTheCategory() {
    logAttempt.log(refusal("电梯经常故障", "电梯不修好就不交"));

    logAttempt.log(on(Channel.PHONE, Reached.NOBODY, LocalDateTime.of(2026, 12, 29, 19, 0), CaseCategory.UNCONFIRMED));

    ArrearsCase c = store.stored(CASE_ID);
    assertThat(c.category()).isEqualTo(CaseCategory.REFUSING);
    assertThat(c.countingAttempts()).isEqualTo(2);
    assertThat(store.loggedEvents()).hasSize(1);
  }

  @Test
  void aFormSentTwiceLogsOneAttempt() {
    CollectionAttempt first = logAttempt.log(call(CaseCategory.UNCONFIRMED), "form-token-0001");
    CollectionAttempt again = logAttempt.log(call(CaseCategory.UNCONFIRMED), "form-token-0001");

    assertThat(again.id()).isEqualTo(first.id());
    assertThat(store.attempts.countingInWeek(CASE_ID, TODAY.with(java.time.DayOfWeek.MONDAY))).isEqualTo(1);
    assertThat(store.cases.byId(CASE_ID).orElseThrow().attempts()).isEqualTo(1);
  }

  @Test
  void aTokenOfTheWrongShapeIsRefused() {
    assertThatThrownBy(() -> logAttempt.log(call(CaseCategory.UNCONFIRMED), "x y"))
        .isInstanceOf(DomainException.class).hasMessage("arrears.attempt.token.invalid");
  }

  @Test
  void anUnansweredReminderLeavesThePromiseStanding() {
    logAttempt.log(promise(LocalDate.of(2027, 1, 5)));
    logAttempt.log(new LogAttemptCommand(CASE_ID, STAFF_VIEWER, Channel.PHONE, Reached.NOBODY, "提醒电话无人接听", null,
        CaseCategory.PAY_SOON, LocalDate.of(2027, 1, 5), null, null, null));

    ArrearsCase c = store.cases.byId(CASE_ID).orElseThrow();
    assertThat(c.category()).isEqualTo(CaseCategory.PAY_SOON);
    assertThat(c.promise().promisedDate()).isEqualTo(LocalDate.of(2027, 1, 5));
    assertThat(c.countingAttempts()).isEqualTo(2);
  }

  @Test
  void nobodyReachedCantMakeANewPromise() {
    logAttempt.log(promise(LocalDate.of(2027, 1, 5)));
    assertThatThrownBy(() -> logAttempt.log(new LogAttemptCommand(CASE_ID, STAFF_VIEWER, Channel.PHONE, Reached.NOBODY,
        "", null, CaseCategory.PAY_SOON, LocalDate.of(2027, 1, 9), null, null, null)))
        .isInstanceOf(DomainException.class).hasMessage("arrears.attempt.outcome.nobodyReached");
  }

  @Test
  void aCorrectionNamesAnAttemptOfTheSameCase() {
    CollectionAttempt first = logAttempt.log(call(CaseCategory.UNCONFIRMED));

    CollectionAttempt correction = logAttempt.log(correcting(first.id()));

    assertThat(correction.correctsAttemptId()).isEqualTo(first.id());
    assertThat(store.loggedAttempts()).containsExactly(first, correction);
  }

  static Stream<Arguments> refused() {
    return Stream.of(
        Arguments.of("an attempt in the future", on(Channel.VISIT, Reached.OWNER, NOW.plusMinutes(2),
            CaseCategory.UNCONFIRMED), "when", "arrears.attempt.future"),
        Arguments.of("an attempt tomorrow", on(Channel.PHONE, Reached.OWNER, LocalDateTime.of(2027, 1, 1, 9, 30),
            CaseCategory.UNCONFIRMED), "when", "arrears.attempt.future"),
        Arguments.of("an attempt before the case opened", on(Channel.PHONE, Reached.OWNER,
            LocalDateTime.of(2026, 12, 15, 18, 0), CaseCategory.UNCONFIRMED), "when", "arrears.attempt.beforeCase"),
        Arguments.of("an attempt more than 31 days back", on(Channel.PHONE, Reached.OWNER,
            LocalDateTime.of(2026, 11, 29, 18, 0), CaseCategory.UNCONFIRMED), "when", "arrears.attempt.tooOld"),
        Arguments.of("no channel", on(null, Reached.OWNER, null, CaseCategory.UNCONFIRMED), "channel",
            "arrears.attempt.channel.required"),
        Arguments.of("nobody said who was reached", on(Channel.PHONE, null, null, CaseCategory.UNCONFIRMED), "reached",
            "arrears.attempt.reached.required"),
        Arguments.of("an outcome on an SMS", on(Channel.SMS, Reached.NOBODY, null, CaseCategory.UNCONFIRMED),
            "outcome", "arrears.attempt.outcome.notCounting"),
        Arguments.of("a lawyer's letter that makes a promise", on(Channel.LAWYER_LETTER, Reached.OWNER, null,
            CaseCategory.PAY_SOON), "outcome", "arrears.attempt.outcome.notCounting"),
        Arguments.of("a call without an outcome", on(Channel.PHONE, Reached.OWNER, null, null), "outcome",
            "arrears.attempt.outcome.required"),
        Arguments.of("a call that makes the case uncategorised", call(CaseCategory.UNCATEGORISED), "outcome",
            "arrears.attempt.outcome.required"),
        Arguments.of("pay-soon without a date", promise(null), "promisedDate", "arrears.promise.required"),
        Arguments.of("pay-soon yesterday", promise(LocalDate.of(2026, 12, 30)), "promisedDate", "arrears.promise.past"),
        Arguments.of("pay-soon on day 61", promise(LocalDate.of(2027, 3, 2)), "promisedDate",
            "arrears.promise.tooFar"),
        Arguments.of("refusing without a complaint", refusal(" ", "就是不交"), "complaintWhat",
            "arrears.complaint.required"),
        Arguments.of("refusing without the owner's words", refusal("物业不作为", null), "complaintWords",
            "arrears.complaint.wordsRequired"),
        Arguments.of("nobody reached yet a promise", new LogAttemptCommand(CASE_ID, STAFF_VIEWER, Channel.PHONE,
            Reached.NOBODY, "", null, CaseCategory.PAY_SOON, LocalDate.of(2027, 1, 5), null, null, null), "outcome",
            "arrears.attempt.outcome.nobodyReached"),
        Arguments.of("nobody reached yet refusing", new LogAttemptCommand(CASE_ID, STAFF_VIEWER, Channel.VISIT,
            Reached.NOBODY, "", null, CaseCategory.REFUSING, null, "电梯", "不交", null), "outcome",
            "arrears.attempt.outcome.nobodyReached"),
        Arguments.of("said is too long", new LogAttemptCommand(CASE_ID, STAFF_VIEWER, Channel.PHONE, Reached.OWNER,
            "很".repeat(CollectionAttempt.MAX_SAID + 1), null, CaseCategory.UNCONFIRMED, null, null, null, null), "said",
            "validation.tooLong"),
        Arguments.of("a correction of an unknown attempt", correcting(999), "correctsAttemptId",
            "arrears.attempt.corrects.unknown"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refused")
  void aRefusedAttemptNamesItsFieldAndStoresNothing(String what, LogAttemptCommand command, String field, String code) {
    ArrearsCase before = store.stored(CASE_ID);

    assertThatThrownBy(() -> logAttempt.log(command)).isInstanceOfSatisfying(DomainException.class, e -> {
      assertThat(e.field()).isEqualTo(field);
      assertThat(e.code()).isEqualTo(code);
    });

    assertNothingStored(before, 0);
  }

  @Test
  void aCorrectionOfAnotherCasesAttemptIsRefusedAndStoresNothing() {
    CollectionAttempt ofOtherCase = store.seed(new CollectionAttempt(null, OTHER_CASE_ID, UNIT + 1, STAFF,
        Channel.PHONE, Reached.OWNER, "", CLOCK.instant(), TODAY, CLOCK.instant(), CaseCategory.UNCONFIRMED, null, null,
        null));
    ArrearsCase before = store.stored(CASE_ID);

    assertThatThrownBy(() -> logAttempt.log(correcting(ofOtherCase.id())))
        .isInstanceOfSatisfying(DomainException.class, e -> {
          assertThat(e.field()).isEqualTo("correctsAttemptId");
          assertThat(e.code()).isEqualTo("arrears.attempt.corrects.unknown");
        });

    assertNothingStored(before, 1);
  }

  @Test
  void aClosedCaseRefusesAttemptsAndStoresNothing() {
    ArrearsCase closed = store.stored(CASE_ID);
    closed.close(LocalDate.of(2026, 12, 30));
    store.store(closed);
    ArrearsCase before = store.stored(CASE_ID);

    assertThatThrownBy(() -> logAttempt.log(call(CaseCategory.UNCONFIRMED)))
        .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("arrears.case.closed"));

    assertNothingStored(before, 0);
  }

  @Test
  void anotherBuildingsCaseIsRefusedAndStoresNothing() {
    ArrearsCase before = store.stored(CASE_ID);
    LogAttemptCommand byStranger = new LogAttemptCommand(CASE_ID, Viewer.ownBuildings(STAFF + 1), Channel.PHONE,
        Reached.OWNER, "", null, CaseCategory.UNCONFIRMED, null, null, null, null);

    assertThatThrownBy(() -> logAttempt.log(byStranger)).isInstanceOf(AccessRefusedException.class);

    assertNothingStored(before, 0);
  }

  private void assertNothingStored(ArrearsCase before, int attemptsBefore) {
    assertThat(store.loggedAttempts()).hasSize(attemptsBefore);
    assertThat(store.loggedEvents()).isEmpty();
    assertThat(store.updates()).isZero();
    assertThat(auditLog.entries()).isEmpty();
    ArrearsCase after = store.stored(CASE_ID);
    assertThat(after.category()).isEqualTo(before.category());
    assertThat(after.attempts()).isEqualTo(before.attempts());
    assertThat(after.followUp()).isEqualTo(before.followUp());
  }

  /** Staff member 7 sees building 3's units; everyone else sees none of them. */
  private static final class OneBuilding implements EstateDirectory {

    @Override
    public Visibility unitVisibility(long unitId, Viewer viewer) {
      return viewer.staffId() == STAFF || viewer.seesAllBuildings() ? Visibility.VISIBLE : Visibility.HIDDEN;
    }

    @Override
    public Page<UnitSummary> searchUnits(UnitSearch search, Viewer viewer, PageRequest page) {
      throw new UnsupportedOperationException("not used by these tests");
    }

    @Override
    public Optional<UnitSummary> unitSummary(long unitId) {
      throw new UnsupportedOperationException("not used by these tests");
    }

    @Override
    public UnitCommunity communityOfUnit(long unitId) {
      throw new UnsupportedOperationException("not used by these tests");
    }

    @Override
    public List<BuildingSummary> buildings(Viewer viewer) {
      throw new UnsupportedOperationException("not used by these tests");
    }

    @Override
    public Visibility ownerVisibility(long ownerId, Viewer viewer) {
      throw new UnsupportedOperationException("not used by these tests");
    }

    @Override
    public List<OwnedUnit> unitsOfOwner(long ownerId, Viewer viewer) {
      throw new UnsupportedOperationException("not used by these tests");
    }
  }

  private final class Locks implements MoneyLocks {

    @Override
    public void lockUnit(long unitId) {
      locked.add(unitId);
    }

    @Override
    public void lockUnits(Collection<Long> unitIds) {
      locked.addAll(unitIds);
    }

    @Override
    public boolean holds(long unitId) {
      return locked.contains(unitId);
    }
  }
}
