package com.collection.core.arrears;

/** Port: the state changes of cases, for their timelines. Appended to, never changed. */
public interface CaseEvents {

  void append(CaseEvent event);
}
