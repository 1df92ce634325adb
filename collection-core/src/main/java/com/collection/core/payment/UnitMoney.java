package com.collection.core.payment;

import com.collection.core.shared.Money;
import java.util.List;

/** A unit's money at a glance: outstanding now, credit now, and its payments (newest first). */
public record UnitMoney(Money outstanding, Money credit, List<Payment> payments) {
}
