package com.collection.core.cashup;

import com.collection.core.shared.Page;
import com.collection.core.shared.PageRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Port: a person's day as the payments table has it now, and every desk's day. */
public interface CashUpQueries {

  /** The payments the person recorded that day (whatever their received date or status) and the reversals they made that day. */
  List<CashUpEntry> liveEntries(long staffId, LocalDate day);

  /** Everyone who recorded or reversed a payment that day or submitted a report for it, by name. */
  Page<DeskDay> desks(LocalDate day, PageRequest page);

  /** The person's display name; empty when there is no such staff member. */
  Optional<String> staffName(long staffId);
}
