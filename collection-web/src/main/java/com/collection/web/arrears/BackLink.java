package com.collection.web.arrears;

import java.util.regex.Pattern;

/**
 * Where a form goes back to after it is saved: a path of this application, given by the page that
 * opened the form. Anything else (another host, {@code //host}, a scheme, a character a link of ours
 * never has) goes to the worklist, so that the parameter can't send anyone elsewhere.
 */
final class BackLink {

  static final String WORKLIST = "/worklist";
  private static final int MAX_LENGTH = 300;
  /** A path and query of our links: no second leading slash or backslash, no braces (redirect templates). */
  private static final Pattern LOCAL = Pattern.compile("/(?![/\\\\])[A-Za-z0-9/_.~%?=&+-]*");

  private BackLink() {
  }

  static String orWorklist(String back) {
    return back != null && back.length() <= MAX_LENGTH && LOCAL.matcher(back).matches() ? back : WORKLIST;
  }
}
