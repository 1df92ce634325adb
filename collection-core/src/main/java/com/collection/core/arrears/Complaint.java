package com.collection.core.arrears;

import com.collection.core.shared.DomainException;

/** What a refusing owner complains about, and the owner's own words (seed 001 二.3d). */
public record Complaint(String what, String ownerWords) {

  public static final int MAX_WHAT = 100;
  public static final int MAX_WORDS = 500;

  public Complaint {
    what = what == null ? "" : what.strip();
    ownerWords = ownerWords == null ? "" : ownerWords.strip();
    if (what.isEmpty()) {
      throw DomainException.onField("complaintWhat", "arrears.complaint.required");
    }
    if (what.length() > MAX_WHAT) {
      throw DomainException.onField("complaintWhat", "validation.tooLong", MAX_WHAT);
    }
    if (ownerWords.isEmpty()) {
      throw DomainException.onField("complaintWords", "arrears.complaint.wordsRequired");
    }
    if (ownerWords.length() > MAX_WORDS) {
      throw DomainException.onField("complaintWords", "validation.tooLong", MAX_WORDS);
    }
  }
}
