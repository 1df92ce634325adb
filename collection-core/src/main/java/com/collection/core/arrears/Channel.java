package com.collection.core.arrears;

/**
 * How an attempt reached (or tried to reach) the owner. Only visits, phone calls and WeChat
 * messages to a person are counting attempts: they count for the round rules and set the
 * category. Messages, notices and letters are in the timeline but count for nothing.
 */
public enum Channel {
  VISIT(true),
  PHONE(true),
  WECHAT(true),
  SMS(false),
  PAPER_NOTICE(false),
  EXPRESS_MAIL(false),
  LAWYER_LETTER(false);

  private final boolean counts;

  Channel(boolean counts) {
    this.counts = counts;
  }

  /** Whether an attempt on this channel counts for the round rules and may set the category. */
  public boolean counts() {
    return counts;
  }
}
