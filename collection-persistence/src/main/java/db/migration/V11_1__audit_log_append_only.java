package db.migration;

import java.sql.Connection;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Makes the audit log append-only in the database itself, so that not even the application (which
 * tests run as a superuser, so grants would not hold) can rewrite it: on PostgreSQL a trigger
 * function refuses UPDATE, DELETE and TRUNCATE; on H2 a Java trigger refuses UPDATE and DELETE.
 * A Java migration because the two need different SQL and the rest of the schema is one script.
 */
public class V11_1__audit_log_append_only extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws Exception {
    Connection connection = context.getConnection();
    String product = connection.getMetaData().getDatabaseProductName();
    try (Statement statement = connection.createStatement()) {
      if ("PostgreSQL".equals(product)) {
        statement.execute("""
            CREATE FUNCTION audit_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              RAISE EXCEPTION 'audit_entry is append-only: % refused', TG_OP;
            END
            $$""");
        statement.execute("CREATE TRIGGER tr_audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry"
            + " FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only()");
        statement.execute("CREATE TRIGGER tr_audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry"
            + " FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_append_only()");
      } else if ("H2".equals(product)) {
        statement.execute("CREATE TRIGGER tr_audit_entry_append_only BEFORE UPDATE, DELETE ON audit_entry"
            + " FOR EACH ROW CALL 'com.collection.persistence.audit.H2AppendOnlyTrigger'");
      } else {
        throw new IllegalStateException("No append-only guard for the audit log on " + product);
      }
    }
  }
}
