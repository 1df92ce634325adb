package com.collection.core.estate;

import com.collection.core.shared.DomainException;
import java.util.regex.Pattern;

/** An owner (业主): how to reach them, when, and whether they may be sent messages. */
public record Owner(Long id, String name, String phone, String secondPhone,
    String preferredContactTimes, boolean doNotMessage, String notes) {

  private static final Pattern PHONE = Pattern.compile("[0-9+\\- ]{5,20}");

  public static Owner create(String name, String phone, String secondPhone,
      String preferredContactTimes, boolean doNotMessage, String notes) {
    return new Owner(null, Text.required("name", name, 50), phone("phone", phone, true),
        phone("secondPhone", secondPhone, false),
        Text.optional("preferredContactTimes", preferredContactTimes, 100), doNotMessage,
        Text.optional("notes", notes, 500));
  }

  public Owner edit(String newName, String newPhone, String newSecondPhone,
      String newPreferredContactTimes, boolean newDoNotMessage, String newNotes) {
    Owner edited = create(newName, newPhone, newSecondPhone, newPreferredContactTimes,
        newDoNotMessage, newNotes);
    return new Owner(id, edited.name, edited.phone, edited.secondPhone,
        edited.preferredContactTimes, edited.doNotMessage, edited.notes);
  }

  private static String phone(String field, String value, boolean required) {
    String cleaned = required ? Text.required(field, value, 20) : Text.optional(field, value, 20);
    if (cleaned != null && !PHONE.matcher(cleaned).matches()) {
      throw DomainException.onField(field, "owner.phone.format");
    }
    return cleaned;
  }
}
