package com.collection.core.shared;

import java.math.BigInteger;
import java.util.Comparator;

/** Names in the order people expect: runs of digits compared as numbers ("2栋" before "10栋", "2-101" before "10-101"). */
public final class NaturalOrder {

  public static final Comparator<String> NAMES = NaturalOrder::compare;

  private NaturalOrder() {
  }

  public static int compare(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      char x = a.charAt(i);
      char y = b.charAt(j);
      if (Character.isDigit(x) && Character.isDigit(y)) {
        int si = i;
        int sj = j;
        while (i < a.length() && Character.isDigit(a.charAt(i))) {
          i++;
        }
        while (j < b.length() && Character.isDigit(b.charAt(j))) {
          j++;
        }
        int byValue = new BigInteger(a.substring(si, i)).compareTo(new BigInteger(b.substring(sj, j)));
        if (byValue != 0) {
          return byValue;
        }
      } else {
        if (x != y) {
          return Character.compare(x, y);
        }
        i++;
        j++;
      }
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }
}
