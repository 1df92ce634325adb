package com.collection.core.billing;

import com.collection.core.shared.Money;
import java.util.Map;

/** What a run would do: units looked at, bills it would write and their total, units skipped by reason. */
public record BillRunPreview(long units, long bills, Money total, Map<SkipReason, Long> skipped) {
}
