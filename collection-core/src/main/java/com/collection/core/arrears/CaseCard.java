package com.collection.core.arrears;

import com.collection.core.estate.BankDetails;
import com.collection.core.shared.ContactWindow;
import com.collection.core.shared.Money;
import java.time.LocalDate;
import java.util.List;

/**
 * A unit's case as its page and the attempt form show it: the state, the next follow-up and why,
 * the debt's age and amount, whether now is inside the community's contact windows, and the
 * remote-payment guidance for owners who are away (the community's bank details, the amount, the
 * reference to quote).
 */
public record CaseCard(ArrearsCase arrearsCase, WorklistRow row, LocalDate today, boolean due, long ageDays,
    boolean insideContactWindow, List<ContactWindow> windowsToday, RemotePayment remotePayment) {

  public record RemotePayment(BankDetails bank, Money amount, String reference) {
  }
}
