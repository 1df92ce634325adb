package com.collection.web.arrears;

import com.collection.core.arrears.FollowUp;
import com.collection.core.arrears.FollowUpReason;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The texts of the case pages that take more than a message key: why a case is listed ("承诺 12月5日
 * 付款，明天提醒", "5 天未联系", "本周仅 1 次"), short dates and times. Templates call it as
 * {@code @arrearsText}, so that they stay simple and every page says it the same way.
 */
@Component("arrearsText")
public class ArrearsText {

  private final MessageSource messages;
  private final Clock clock;

  ArrearsText(MessageSource messages, Clock clock) {
    this.messages = messages;
    this.clock = clock;
  }

  /** Why a case is due on its follow-up, as of {@code today}. */
  public String reason(FollowUp followUp, LocalDate today) {
    if (followUp == null) {
      return "";
    }
    FollowUpReason reason = followUp.reason();
    LocalDate about = followUp.about();
    String code = reason.messageCode();
    return switch (reason) {
      case PROMISE_REMINDER -> {
        if (about == null) {
          yield msg(code + ".later", "");
        }
        long ahead = ChronoUnit.DAYS.between(today, about);
        String variant = ahead == 1 ? "" : ahead == 0 ? ".today" : ahead < 0 ? ".past" : ".later";
        yield msg(code + variant, day(about, today));
      }
      case AWAIT_PROMISED_DAY, BROKEN_PROMISE -> msg(code, about == null ? "" : day(about, today));
      case ROUND_FIVE_DAYS -> about == null ? msg(code + ".never")
          : msg(code, ChronoUnit.DAYS.between(about, today));
      case ROUND_TWICE_A_WEEK -> msg(code, followUp.count());
      default -> msg(code);
    };
  }

  /** A day as the lists show it: 12月5日 (with the year when it is not this year's). */
  public String day(LocalDate day, LocalDate today) {
    if (day == null) {
      return "";
    }
    String pattern = day.getYear() == today.getYear() ? msg("arrears.dayFormat") : msg("arrears.dayFormat.otherYear");
    return day.format(DateTimeFormatter.ofPattern(pattern, locale()));
  }

  /** A day as the lists show it, against today in the business time zone. */
  public String day(LocalDate day) {
    return day(day, LocalDate.now(clock));
  }

  /** An instant in the business time zone: 12月5日 14:30. */
  public String time(Instant at) {
    if (at == null) {
      return "";
    }
    LocalDateTime local = LocalDateTime.ofInstant(at, clock.getZone());
    return day(local.toLocalDate()) + " " + local.toLocalTime().truncatedTo(ChronoUnit.MINUTES);
  }

  private String msg(String code, Object... args) {
    return messages.getMessage(code, args, locale());
  }

  private static Locale locale() {
    return LocaleContextHolder.getLocale();
  }
}
