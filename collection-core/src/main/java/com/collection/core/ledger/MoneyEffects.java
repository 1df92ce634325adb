package com.collection.core.ledger;

import com.collection.core.shared.Money;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one writer of money effects: every change to what is owed or paid comes through here, is
 * recorded as dated effects and updates the rollups in the caller's transaction.
 *
 * <p>Dating, per "Collection-rate definitions": a bill counts from its due date; a void removes it
 * from the same date, so a voided bill counts in no figure, past or present.
 */
@Service
public class MoneyEffects {

  private final EffectLedger ledger;

  public MoneyEffects(EffectLedger ledger) {
    this.ledger = ledger;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void billsIssued(List<BillRef> bills, LocalDate today) {
    record(bills.stream().map(b -> effect(EffectKind.BILL_ISSUED, b, today, b.amount())).toList());
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void billVoided(BillRef bill, LocalDate today) {
    record(List.of(effect(EffectKind.BILL_VOIDED, bill, today, bill.amount().negate())));
  }

  private static MoneyEffect effect(EffectKind kind, BillRef bill, LocalDate today, Money receivable) {
    return new MoneyEffect(kind, bill.dueDate(), today, bill.unitId(), bill.buildingId(),
        bill.feeYear(), bill.billId(), receivable, Money.ZERO, !bill.lateFee());
  }

  private void record(List<MoneyEffect> effects) {
    if (effects.isEmpty()) {
      return;
    }
    ledger.append(effects);
    List<RollupDelta> daily = RollupDelta.of(effects);
    ledger.apply(daily, RollupDelta.perMonth(daily));
  }
}
