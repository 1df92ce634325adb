package com.collection.core.arrears;

/** Who an attempt reached. */
public enum Reached {
  OWNER, FAMILY_MEMBER, TENANT, NOBODY
}
