package com.collection.persistence.audit;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/** H2's half of the audit log's append-only guard (see migration V11_1): refuses every change of a row. */
public class H2AppendOnlyTrigger implements Trigger {

  @Override
  public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
    throw new SQLException("audit_entry is append-only: " + (newRow == null ? "DELETE" : "UPDATE") + " refused");
  }
}
