package com.collection.core.audit;

import java.util.Arrays;
import java.util.Optional;

/**
 * What was done, as a stable code: the codes are stored in the log and must never change meaning
 * (a new kind of change gets a new code). Each names the kind of object it is about.
 */
public enum AuditAction {
  PAYMENT_RECORDED("payment.recorded", "payment"),
  PAYMENT_REVERSED("payment.reversed", "payment"),
  BILL_RUN_STARTED("billRun.started", "bill_run"),
  BILL_RUN_RESUMED("billRun.resumed", "bill_run"),
  BILL_RUN_FINISHED("billRun.finished", "bill_run"),
  BILL_VOIDED("bill.voided", "bill"),
  BILL_REISSUED("bill.reissued", "bill"),
  LATE_FEE_POSTED("lateFee.posted", "bill"),
  LATE_FEE_POLICY_CHANGED("lateFeePolicy.changed", "community"),
  ADJUSTMENT_REQUESTED("adjustment.requested", "adjustment"),
  ADJUSTMENT_APPROVED("adjustment.approved", "adjustment"),
  ADJUSTMENT_REJECTED("adjustment.rejected", "adjustment"),
  ADJUSTMENT_COUNTERED("adjustment.countered", "adjustment"),
  CASH_UP_SUBMITTED("cashUp.submitted", "cash_up"),
  CASH_UP_CONFIRMED("cashUp.confirmed", "cash_up"),
  FEE_ITEM_CREATED("feeItem.created", "fee_item"),
  FEE_RATE_ADDED("feeRate.added", "fee_item"),
  COMMUNITY_CREATED("community.created", "community"),
  COMMUNITY_CHANGED("community.changed", "community"),
  BUILDING_CREATED("building.created", "building"),
  BUILDING_CHANGED("building.changed", "building"),
  UNIT_CREATED("unit.created", "unit"),
  STAFF_CREATED("staff.created", "staff"),
  STAFF_CHANGED("staff.changed", "staff"),
  STAFF_PASSWORD_RESET("staff.passwordReset", "staff"),
  STAFF_PASSWORD_CHANGED("staff.passwordChanged", "staff"),
  STAFF_BUILDINGS_ASSIGNED("staff.buildingsAssigned", "staff"),
  SIGN_IN_THROTTLED("signIn.throttled", "sign_in"),
  ARREARS_CASE_OPENED("arrearsCase.opened", "arrears_case"),
  ARREARS_CASE_REOPENED("arrearsCase.reopened", "arrears_case"),
  ARREARS_CASE_CLOSED("arrearsCase.closed", "arrears_case"),
  ARREARS_PROMISE_KEPT("arrearsCase.promiseKept", "arrears_case"),
  ARREARS_PROMISE_BROKEN("arrearsCase.promiseBroken", "arrears_case"),
  COLLECTION_ATTEMPT_LOGGED("attempt.logged", "collection_attempt");

  private final String code;
  private final String objectKind;

  AuditAction(String code, String objectKind) {
    this.code = code;
    this.objectKind = objectKind;
  }

  /** The stored code, like {@code payment.reversed}. */
  public String code() {
    return code;
  }

  /** The kind of object the entry names, like {@code payment}. */
  public String objectKind() {
    return objectKind;
  }

  /** Some action about objects of this kind, if the kind exists. */
  public static Optional<AuditAction> ofKind(String objectKind) {
    return Arrays.stream(values()).filter(a -> a.objectKind.equals(objectKind)).findFirst();
  }

  /** The kinds of object the log names, each once, in the order above. */
  public static java.util.List<String> objectKinds() {
    return Arrays.stream(values()).map(AuditAction::objectKind).distinct().toList();
  }

  public static Optional<AuditAction> ofCode(String code) {
    return Arrays.stream(values()).filter(a -> a.code.equals(code)).findFirst();
  }
}
