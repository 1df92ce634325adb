package com.collection.core.arrears;

/**
 * A staff member's day: the cases listed this morning, how many of them got a counting attempt
 * today, how many units among them had a payment recorded today; and, over the open cases of their
 * buildings, the round-rule breaches (5 whole days without a counting attempt now; fewer than 2 in
 * the last whole ISO week).
 */
public record CompletionRow(long staffId, String staffName, int listed, int attempted, int paidSince, int openCases,
    int fiveDayBreaches, int weekBreaches) {
}
