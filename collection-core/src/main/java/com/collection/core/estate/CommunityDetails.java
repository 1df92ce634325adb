package com.collection.core.estate;

/** What a manager types into the community form. Windows are text such as "09:30-12:00,15:00-18:00". */
public record CommunityDetails(String name, String code, String address, int feeYearStartMonth,
    String weekdayWindows, String weekendWindows, String bankAccountName, String bankName,
    String bankAccountNumber, int caseOpeningDays) {
}
