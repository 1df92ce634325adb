package com.collection.core.estate;

/** Whether a record exists and whether the one asking may see it. */
public enum Visibility {
  NOT_FOUND, HIDDEN, VISIBLE
}
