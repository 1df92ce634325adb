package com.collection.core.estate;

import com.collection.core.audit.Audit;
import com.collection.core.audit.AuditAction;
import com.collection.core.audit.AuditScope;
import com.collection.core.audit.Changes;
import com.collection.core.shared.ContactWindow;
import com.collection.core.shared.DomainException;
import com.collection.core.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates a community or edits one; the short code (used in receipt numbers) is unique. */
@Service
public class SaveCommunity {

  private final Communities communities;
  private final Audit audit;

  public SaveCommunity(Communities communities, Audit audit) {
    this.communities = communities;
    this.audit = audit;
  }

  @Transactional
  public Community create(CommunityDetails details) {
    Community community = build(details, null);
    Community saved = communities.save(community);
    audit.of(AuditAction.COMMUNITY_CREATED, saved.id()).in(AuditScope.community(saved.id()))
        .write(changes(null, saved));
    return saved;
  }

  @Transactional
  public Community edit(long id, CommunityDetails details) {
    Community existing = communities.byId(id).orElseThrow(() -> new NotFoundException("community", id));
    Community edited = build(details, existing);
    Community saved = communities.save(edited);
    Changes changes = changes(existing, saved);
    if (!changes.isEmpty()) {
      audit.of(AuditAction.COMMUNITY_CHANGED, id).in(AuditScope.community(id)).write(changes);
    }
    return saved;
  }

  private static Changes changes(Community before, Community after) {
    boolean isNew = before == null;
    return Changes.none()
        .compare(isNew, "name", isNew ? null : before.name(), after.name())
        .compare(isNew, "code", isNew ? null : before.code(), after.code())
        .compare(isNew, "address", isNew ? null : before.address(), after.address())
        .compare(isNew, "feeYearStartMonth", isNew ? null : before.feeYearStartMonth(), after.feeYearStartMonth())
        .compare(isNew, "weekdayWindows", isNew ? null : ContactWindow.format(before.weekdayWindows()),
            ContactWindow.format(after.weekdayWindows()))
        .compare(isNew, "weekendWindows", isNew ? null : ContactWindow.format(before.weekendWindows()),
            ContactWindow.format(after.weekendWindows()))
        .compare(isNew, "bankAccountName", isNew ? null : before.bank().accountName(), after.bank().accountName())
        .compare(isNew, "bankName", isNew ? null : before.bank().bankName(), after.bank().bankName())
        .compare(isNew, "bankAccountNumber", isNew ? null : before.bank().accountNumber(), after.bank().accountNumber())
        .compare(isNew, "caseOpeningDays", isNew ? null : before.caseOpeningDays(), after.caseOpeningDays());
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
