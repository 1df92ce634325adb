package com.collection.persistence.estate;

import com.collection.core.estate.BankDetails;
import com.collection.core.estate.Community;
import com.collection.core.shared.ContactWindow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "community")
class CommunityEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Column(nullable = false, length = 100)
  String name;

  @Column(nullable = false, length = 6)
  String code;

  @Column(length = 200)
  String address;

  @Column(name = "fee_year_start_month", nullable = false)
  int feeYearStartMonth;

  @Column(name = "weekday_windows", nullable = false, length = 200)
  String weekdayWindows;

  @Column(name = "weekend_windows", nullable = false, length = 200)
  String weekendWindows;

  @Column(name = "bank_account_name", length = 100)
  String bankAccountName;

  @Column(name = "bank_name", length = 100)
  String bankName;

  @Column(name = "bank_account_number", length = 40)
  String bankAccountNumber;

  @Column(name = "case_opening_days", nullable = false)
  int caseOpeningDays;

  @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
  java.time.OffsetDateTime createdAt;

  Community toDomain() {
    return Community.load(id, name, code, address, feeYearStartMonth,
        ContactWindow.parseList(weekdayWindows, "weekdayWindows"),
        ContactWindow.parseList(weekendWindows, "weekendWindows"),
        new BankDetails(bankAccountName, bankName, bankAccountNumber), caseOpeningDays);
  }

  void copyFrom(Community community) {
    name = community.name();
    code = community.code();
    address = community.address();
    feeYearStartMonth = community.feeYearStartMonth();
    weekdayWindows = ContactWindow.format(community.weekdayWindows());
    weekendWindows = ContactWindow.format(community.weekendWindows());
    bankAccountName = community.bank().accountName();
    bankName = community.bank().bankName();
    bankAccountNumber = community.bank().accountNumber();
    caseOpeningDays = community.caseOpeningDays();
  }
}
