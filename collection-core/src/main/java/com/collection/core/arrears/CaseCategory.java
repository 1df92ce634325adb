package com.collection.core.arrears;

/**
 * The four arrears categories of the collection plan (seed 001, 二.3), and the state of a case no
 * counting attempt has classified yet.
 */
public enum CaseCategory {
  /** 未分类: the case opened (or reopened) and no counting attempt has classified it since. */
  UNCATEGORISED,
  /** 近期交纳类: the owner named a date (kept in the case's {@link Promise}). */
  PAY_SOON,
  /** 暂未明确类: no date given, or the owner could not be reached. */
  UNCONFIRMED,
  /** 异地出差类: away long-term; phoned daily and guided to pay remotely. */
  AWAY_ON_BUSINESS,
  /** 特殊拒交类: refuses, with a concrete complaint. */
  REFUSING;

  /** The categories an attempt may set (an attempt never makes a case uncategorised). */
  public static final java.util.List<CaseCategory> OUTCOMES =
      java.util.List.of(PAY_SOON, UNCONFIRMED, AWAY_ON_BUSINESS, REFUSING);
}
