package com.collection.web.admin;

import com.collection.core.estate.BankDetails;
import com.collection.core.estate.Community;
import com.collection.core.estate.CommunityDetails;
import com.collection.core.shared.ContactWindow;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Every detail of a community, as typed; the rules themselves are checked by the domain. */
class CommunityForm {

  @NotBlank(message = "{validation.required}")
  @Size(max = 100)
  private String name;

  @NotBlank(message = "{validation.required}")
  @Size(max = 6)
  private String code;

  @Size(max = 200)
  private String address;

  @NotNull(message = "{validation.required}")
  @Min(value = 1, message = "{admin.validation.min}")
  @Max(value = 12, message = "{admin.validation.max}")
  private Integer feeYearStartMonth = 1;

  // Stored windows are at most 200 characters; typed text is never shorter than its stored form
  // by more than a fifth (9:30 becomes 09:30), so 160 typed characters always fit.
  @Size(max = 160)
  private String weekdayWindows = "09:30-12:00,15:00-18:00";

  @Size(max = 160)
  private String weekendWindows = "10:30-12:00,15:00-18:00";

  @Size(max = 100)
  private String bankAccountName;

  @Size(max = 100)
  private String bankName;

  @Size(max = 40)
  private String bankAccountNumber;

  @NotNull(message = "{validation.required}")
  @Min(value = 0, message = "{admin.validation.min}")
  @Max(value = 365, message = "{admin.validation.max}")
  private Integer caseOpeningDays = Community.DEFAULT_CASE_OPENING_DAYS;

  static CommunityForm of(Community community) {
    CommunityForm form = new CommunityForm();
    form.name = community.name();
    form.code = community.code();
    form.address = community.address();
    form.feeYearStartMonth = community.feeYearStartMonth();
    form.weekdayWindows = ContactWindow.format(community.weekdayWindows());
    form.weekendWindows = ContactWindow.format(community.weekendWindows());
    BankDetails bank = community.bank();
    form.bankAccountName = bank.accountName();
    form.bankName = bank.bankName();
    form.bankAccountNumber = bank.accountNumber();
    form.caseOpeningDays = community.caseOpeningDays();
    return form;
  }

  /** Only called once Bean Validation passed, so the numbers are present. */
  CommunityDetails toDetails() {
    return new CommunityDetails(name, code, address, feeYearStartMonth, weekdayWindows,
        weekendWindows, bankAccountName, bankName, bankAccountNumber, caseOpeningDays);
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public Integer getFeeYearStartMonth() {
    return feeYearStartMonth;
  }

  public void setFeeYearStartMonth(Integer feeYearStartMonth) {
    this.feeYearStartMonth = feeYearStartMonth;
  }

  public String getWeekdayWindows() {
    return weekdayWindows;
  }

  public void setWeekdayWindows(String weekdayWindows) {
    this.weekdayWindows = weekdayWindows;
  }

  public String getWeekendWindows() {
    return weekendWindows;
  }

  public void setWeekendWindows(String weekendWindows) {
    this.weekendWindows = weekendWindows;
  }

  public String getBankAccountName() {
    return bankAccountName;
  }

  public void setBankAccountName(String bankAccountName) {
    this.bankAccountName = bankAccountName;
  }

  public String getBankName() {
    return bankName;
  }

  public void setBankName(String bankName) {
    this.bankName = bankName;
  }

  public String getBankAccountNumber() {
    return bankAccountNumber;
  }

  public void setBankAccountNumber(String bankAccountNumber) {
    this.bankAccountNumber = bankAccountNumber;
  }

  public Integer getCaseOpeningDays() {
    return caseOpeningDays;
  }

  public void setCaseOpeningDays(Integer caseOpeningDays) {
    this.caseOpeningDays = caseOpeningDays;
  }
}
