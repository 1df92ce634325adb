package com.collection.persistence.billing;

import com.collection.core.billing.BillableUnit;
import com.collection.core.billing.BillingUnits;
import com.collection.core.estate.Occupancy;
import com.collection.core.estate.UnitUse;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** A community's units in id order, a batch at a time (keyset paging: no unit is held twice). */
@Repository
class JdbcBillingUnits implements BillingUnits {

  private static final String COLUMNS = "u.id, u.building_id, u.area, u.unit_use, u.occupancy";

  private final JdbcTemplate jdbc;

  JdbcBillingUnits(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<BillableUnit> ofCommunity(long communityId, long afterUnitId, int limit) {
    return jdbc.query("SELECT " + COLUMNS + " FROM unit u JOIN building b ON b.id = u.building_id"
        + " WHERE b.community_id = ? AND u.id > ? ORDER BY u.id LIMIT ?", (rs, n) -> unit(rs),
        communityId, afterUnitId, limit);
  }

  @Override
  public long countOfCommunity(long communityId) {
    Long count = jdbc.queryForObject("SELECT COUNT(*) FROM unit u JOIN building b ON b.id = u.building_id"
        + " WHERE b.community_id = ?", Long.class, communityId);
    return count == null ? 0 : count;
  }

  @Override
  public BillableUnit byId(long unitId) {
    return jdbc.queryForObject("SELECT " + COLUMNS + " FROM unit u WHERE u.id = ?", (rs, n) -> unit(rs), unitId);
  }

  private static BillableUnit unit(ResultSet rs) throws SQLException {
    return new BillableUnit(rs.getLong("id"), rs.getLong("building_id"), rs.getBigDecimal("area"),
        UnitUse.valueOf(rs.getString("unit_use")), Occupancy.valueOf(rs.getString("occupancy")));
  }
}
