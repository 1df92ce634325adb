package com.collection.core.adjustment;

import com.collection.core.shared.Money;

/**
 * An adjustment as the pages list it: with its bill, unit and the people involved, and the bill's
 * outstanding amount now (what an approval is checked against).
 */
public record AdjustmentView(Adjustment adjustment, String communityName, String buildingName, String unitNumber,
    String feeItemName, String period, Money billAmount, Money billOutstanding, String requestedByName,
    String decidedByName, String counteredByName) {
}
