package com.collection.core.estate;

import com.collection.core.shared.ContactWindow;
import com.collection.core.shared.DomainException;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/** A managed estate (小区): its buildings are billed, chased and ranked together. */
public final class Community {

  public static final int DEFAULT_CASE_OPENING_DAYS = 15;
  private static final Pattern CODE = Pattern.compile("[A-Z]{2,6}");

  private final Long id;
  private final String name;
  private final String code;
  private final String address;
  private final int feeYearStartMonth;
  private final List<ContactWindow> weekdayWindows;
  private final List<ContactWindow> weekendWindows;
  private final BankDetails bank;
  private final int caseOpeningDays;

  private Community(Long id, String name, String code, String address, int feeYearStartMonth,
      List<ContactWindow> weekdayWindows, List<ContactWindow> weekendWindows, BankDetails bank,
      int caseOpeningDays) {
    this.id = id;
    this.name = name;
    this.code = code;
    this.address = address;
    this.feeYearStartMonth = feeYearStartMonth;
    this.weekdayWindows = List.copyOf(weekdayWindows);
    this.weekendWindows = List.copyOf(weekendWindows);
    this.bank = bank == null ? BankDetails.NONE : bank;
    this.caseOpeningDays = caseOpeningDays;
  }

  /** A new community, checked against its rules; it gets its id when stored. */
  public static Community create(String name, String code, String address, int feeYearStartMonth,
      List<ContactWindow> weekdayWindows, List<ContactWindow> weekendWindows, BankDetails bank,
      int caseOpeningDays) {
    String cleanName = Text.required("name", name, 100);
    String cleanCode = Text.required("code", code, 6).toUpperCase(java.util.Locale.ROOT);
    if (!CODE.matcher(cleanCode).matches()) {
      throw DomainException.onField("code", "community.code.format");
    }
    if (feeYearStartMonth < 1 || feeYearStartMonth > 12) {
      throw DomainException.onField("feeYearStartMonth", "community.feeYearStartMonth.range");
    }
    if (caseOpeningDays < 0 || caseOpeningDays > 365) {
      throw DomainException.onField("caseOpeningDays", "community.caseOpeningDays.range");
    }
    return new Community(null, cleanName, cleanCode, Text.optional("address", address, 200),
        feeYearStartMonth, weekdayWindows, weekendWindows, bank, caseOpeningDays);
  }

  /** A community as stored: trusted, not re-checked. */
  public static Community load(long id, String name, String code, String address,
      int feeYearStartMonth, List<ContactWindow> weekdayWindows,
      List<ContactWindow> weekendWindows, BankDetails bank, int caseOpeningDays) {
    return new Community(id, name, code, address, feeYearStartMonth, weekdayWindows,
        weekendWindows, bank, caseOpeningDays);
  }

  /** The same community with edited details (its id kept), checked like a new one. */
  public Community edit(String name, String code, String address, int feeYearStartMonth,
      List<ContactWindow> weekdayWindows, List<ContactWindow> weekendWindows, BankDetails bank,
      int caseOpeningDays) {
    Community edited = create(name, code, address, feeYearStartMonth, weekdayWindows,
        weekendWindows, bank, caseOpeningDays);
    return new Community(id, edited.name, edited.code, edited.address, edited.feeYearStartMonth,
        edited.weekdayWindows, edited.weekendWindows, edited.bank, edited.caseOpeningDays);
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String code() {
    return code;
  }

  public String address() {
    return address;
  }

  public int feeYearStartMonth() {
    return feeYearStartMonth;
  }

  public List<ContactWindow> weekdayWindows() {
    return weekdayWindows;
  }

  public List<ContactWindow> weekendWindows() {
    return weekendWindows;
  }

  public BankDetails bank() {
    return bank;
  }

  public int caseOpeningDays() {
    return caseOpeningDays;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Community other && Objects.equals(id, other.id) && id != null;
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(id);
  }
}
