package com.collection.core.rates;

/** Which rows a board lists: buildings, staff members, or communities. */
public enum BoardView {
  BUILDING, STAFF, COMMUNITY
}
