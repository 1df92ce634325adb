package com.collection.persistence.billing;

import com.collection.core.billing.BillingCycle;
import com.collection.core.billing.FeeItem;
import com.collection.core.billing.FeeItems;
import com.collection.core.billing.FeeKind;
import com.collection.core.billing.FeeRate;
import com.collection.core.estate.UnitUse;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class JdbcFeeItems implements FeeItems {

  private final JdbcTemplate jdbc;

  JdbcFeeItems(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public FeeItem save(FeeItem item) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      PreparedStatement insert = connection.prepareStatement("INSERT INTO fee_item (community_id, name, kind,"
          + " cycle, due_day, bills_vacant, bills_unsold) VALUES (?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
      insert.setLong(1, item.communityId());
      insert.setString(2, item.name());
      insert.setString(3, item.kind().name());
      insert.setString(4, item.cycle().name());
      insert.setInt(5, item.dueDay());
      insert.setBoolean(6, item.billsVacant());
      insert.setBoolean(7, item.billsUnsold());
      return insert;
    }, key);
    return byId(key.getKey().longValue()).orElseThrow();
  }

  @Override
  public FeeRate addRate(FeeRate rate) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      PreparedStatement insert = connection.prepareStatement("INSERT INTO fee_rate (fee_item_id, unit_use,"
          + " effective_from, rate) VALUES (?, ?, ?, ?)", new String[] {"id"});
      insert.setLong(1, rate.feeItemId());
      insert.setString(2, rate.use().name());
      insert.setDate(3, Date.valueOf(rate.effectiveFrom()));
      insert.setBigDecimal(4, rate.rate());
      return insert;
    }, key);
    return new FeeRate(key.getKey().longValue(), rate.feeItemId(), rate.use(), rate.effectiveFrom(), rate.rate());
  }

  @Override
  public Optional<FeeItem> byId(long id) {
    return load("WHERE i.id = ?", id).stream().findFirst();
  }

  @Override
  public List<FeeItem> ofCommunity(long communityId) {
    return load("WHERE i.community_id = ?", communityId);
  }

  @Override
  public boolean nameTaken(long communityId, String name) {
    Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM fee_item WHERE community_id = ? AND name = ?",
        Integer.class, communityId, name);
    return n != null && n > 0;
  }

  private List<FeeItem> load(String where, long id) {
    Map<Long, FeeItem> items = new LinkedHashMap<>();
    Map<Long, List<FeeRate>> rates = new LinkedHashMap<>();
    jdbc.query("SELECT i.*, r.id AS rate_id, r.unit_use, r.effective_from, r.rate FROM fee_item i"
        + " LEFT JOIN fee_rate r ON r.fee_item_id = i.id " + where + " ORDER BY i.id, r.unit_use, r.effective_from",
        rs -> {
          long itemId = rs.getLong("id");
          items.computeIfAbsent(itemId, k -> {
            try {
              return new FeeItem(itemId, rs.getLong("community_id"), rs.getString("name"),
                  FeeKind.valueOf(rs.getString("kind")), BillingCycle.valueOf(rs.getString("cycle")),
                  rs.getInt("due_day"), rs.getBoolean("bills_vacant"), rs.getBoolean("bills_unsold"), List.of());
            } catch (java.sql.SQLException e) {
              throw new IllegalStateException(e);
            }
          });
          List<FeeRate> itemRates = rates.computeIfAbsent(itemId, k -> new ArrayList<>());
          long rateId = rs.getLong("rate_id");
          if (!rs.wasNull()) {
            itemRates.add(new FeeRate(rateId, itemId, UnitUse.valueOf(rs.getString("unit_use")),
                rs.getDate("effective_from").toLocalDate(), rs.getBigDecimal("rate")));
          }
        }, id);
    return items.values().stream().map(i -> i.withRates(rates.getOrDefault(i.id(), List.of()))).toList();
  }
}
