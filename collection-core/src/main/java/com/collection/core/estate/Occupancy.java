package com.collection.core.estate;

/** Whether a unit is lived in, empty, or not yet sold by the developer. */
public enum Occupancy {
  OCCUPIED, VACANT, UNSOLD
}
