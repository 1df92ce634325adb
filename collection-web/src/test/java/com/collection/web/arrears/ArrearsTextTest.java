package com.collection.web.arrears;

import static org.assertj.core.api.Assertions.assertThat;

import com.collection.core.arrears.FollowUp;
import com.collection.core.arrears.FollowUpReason;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Why a case is listed reads like the issue's examples, in both languages, for every reason. */
class ArrearsTextTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

  private final ArrearsText text = new ArrearsText(messages(),
      Clock.fixed(TODAY.atTime(10, 0).atZone(SHANGHAI).toInstant(), SHANGHAI));

  @AfterEach
  void resetLocale() {
    LocaleContextHolder.resetLocaleContext();
  }

  @Test
  void readsLikeTheIssuesExamples() {
    LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
    assertThat(text.reason(FollowUp.on(TODAY, FollowUpReason.PROMISE_REMINDER, LocalDate.of(2026, 12, 5)), TODAY))
        .isEqualTo("承诺 12月5日 付款，明天提醒");
    assertThat(text.reason(FollowUp.on(TODAY, FollowUpReason.BROKEN_PROMISE, LocalDate.of(2026, 12, 3)), TODAY))
        .isEqualTo("承诺 12月3日 未付款");
    assertThat(text.reason(FollowUp.on(TODAY, FollowUpReason.ROUND_FIVE_DAYS, TODAY.minusDays(5)), TODAY))
        .isEqualTo("5 天未联系");
    assertThat(text.reason(new FollowUp(TODAY, FollowUpReason.ROUND_TWICE_A_WEEK, null, 1), TODAY))
        .isEqualTo("本周仅 1 次");
    assertThat(text.reason(FollowUp.on(TODAY, FollowUpReason.NEW_CASE, TODAY), TODAY)).isEqualTo("新立案");
    assertThat(text.reason(FollowUp.on(TODAY, FollowUpReason.DAILY_AWAY, null), TODAY)).isEqualTo("异地出差，每日电话");
  }

  @Test
  void aPromiseThatIsNotTomorrowNamesItsDay() {
    LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
    assertThat(text.reason(FollowUp.on(TODAY, FollowUpReason.PROMISE_REMINDER, TODAY), TODAY))
        .isEqualTo("承诺今天（12月4日）付款，请提醒");
    assertThat(text.reason(FollowUp.on(TODAY, FollowUpReason.PROMISE_REMINDER, LocalDate.of(2027, 1, 20)), TODAY))
        .isEqualTo("承诺 2027年1月20日 付款，到期前一天提醒");
  }

  @Test
  void everyReasonHasATextInBothLanguages() {
    for (Locale locale : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
      LocaleContextHolder.setLocale(locale);
      for (FollowUpReason reason : FollowUpReason.values()) {
        String shown = text.reason(new FollowUp(TODAY, reason, TODAY.minusDays(1), 1), TODAY);
        assertThat(shown).as("%s in %s", reason, locale).isNotBlank().doesNotContain("{");
      }
    }
    LocaleContextHolder.setLocale(Locale.ENGLISH);
    assertThat(text.reason(FollowUp.on(TODAY, FollowUpReason.BROKEN_PROMISE, LocalDate.of(2026, 12, 3)), TODAY))
        .isEqualTo("Promised Dec 3, not paid");
  }

  private static ResourceBundleMessageSource messages() {
    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasenames("arrears-messages");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    return messages;
  }
}
