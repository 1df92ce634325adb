package com.collection.core.arrears;

import com.collection.core.estate.Community;
import com.collection.core.shared.ContactWindow;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.util.List;

/** A community's contact windows (weekdays, and weekends from their own start): is now a good time to call? */
public final class ContactWindows {

  private ContactWindows() {
  }

  public static List<ContactWindow> of(Community community, LocalDateTime now) {
    DayOfWeek day = now.getDayOfWeek();
    boolean weekend = day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    return weekend ? community.weekendWindows() : community.weekdayWindows();
  }

  public static boolean inside(Community community, LocalDateTime now) {
    return of(community, now).stream().anyMatch(w -> w.contains(now.toLocalTime()));
  }
}
