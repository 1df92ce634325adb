package com.collection.core.payment;

import com.collection.core.shared.Money;
import java.util.List;

/**
 * A unit's money at a glance: everything unpaid (including bills not yet due), what of it is past
 * due (arrears), credit now, and its payments (newest first).
 */
public record UnitMoney(Money outstanding, Money overdue, Money credit, List<Payment> payments) {
}
