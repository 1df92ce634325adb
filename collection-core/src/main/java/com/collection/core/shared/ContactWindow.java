package com.collection.core.shared;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A span of the day in which owners may be contacted, such as 09:30–12:00. */
public record ContactWindow(LocalTime from, LocalTime to) {

  public ContactWindow {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (!from.isBefore(to)) {
      throw DomainException.onField("contactWindows", "contactWindow.order", from, to);
    }
  }

  public boolean contains(LocalTime time) {
    return !time.isBefore(from) && time.isBefore(to);
  }

  /** Parses "09:30-12:00,15:00-18:00"; blank means no window. */
  public static List<ContactWindow> parseList(String text, String field) {
    List<ContactWindow> windows = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return windows;
    }
    for (String part : text.split("[,，;；]")) {
      String trimmed = part.trim();
      if (trimmed.isEmpty()) {
        continue;
      }
      String[] ends = trimmed.split("\\s*[-–~]\\s*");
      if (ends.length != 2) {
        throw DomainException.onField(field, "contactWindow.format", trimmed);
      }
      try {
        windows.add(new ContactWindow(LocalTime.parse(pad(ends[0])), LocalTime.parse(pad(ends[1]))));
      } catch (java.time.format.DateTimeParseException e) {
        throw DomainException.onField(field, "contactWindow.format", trimmed);
      } catch (DomainException e) {
        throw DomainException.onField(field, e.code(), e.args());
      }
    }
    return windows;
  }

  public static String format(List<ContactWindow> windows) {
    return String.join(",", windows.stream().map(ContactWindow::toString).toList());
  }

  private static String pad(String time) {
    return time.length() == 4 ? "0" + time : time;
  }

  @Override
  public String toString() {
    return from + "-" + to;
  }
}
