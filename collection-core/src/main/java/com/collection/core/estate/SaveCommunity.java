package com.collection.core.estate;

import com.collection.core.shared.ContactWindow;
import com.collection.core.shared.DomainException;
import com.collection.core.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates a community or edits one; the short code (used in receipt numbers) is unique. */
@Service
public class SaveCommunity {

  private final Communities communities;

  public SaveCommunity(Communities communities) {
    this.communities = communities;
  }

  @Transactional
  public Community create(CommunityDetails details) {
    Community community = build(details, null);
    return communities.save(community);
  }

  @Transactional
  public Community edit(long id, CommunityDetails details) {
    Community existing = communities.byId(id).orElseThrow(() -> new NotFoundException("community", id));
    Community edited = build(details, existing);
    return communities.save(edited);
  }

  @Transactional(readOnly = true)
  public Community byId(long id) {
    return communities.byId(id).orElseThrow(() -> new NotFoundException("community", id));
  }

  private Community build(CommunityDetails d, Community existing) {
    var weekday = ContactWindow.parseList(d.weekdayWindows(), "weekdayWindows");
    var weekend = ContactWindow.parseList(d.weekendWindows(), "weekendWindows");
    var bank = new BankDetails(blankToNull(d.bankAccountName()), blankToNull(d.bankName()),
        blankToNull(d.bankAccountNumber()));
    Community community = existing == null
        ? Community.create(d.name(), d.code(), d.address(), d.feeYearStartMonth(), weekday, weekend,
            bank, d.caseOpeningDays())
        : existing.edit(d.name(), d.code(), d.address(), d.feeYearStartMonth(), weekday, weekend,
            bank, d.caseOpeningDays());
    if (communities.codeTaken(community.code(), community.id())) {
      throw DomainException.onField("code", "community.code.taken", community.code());
    }
    return community;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
