package com.collection.persistence.latefee;

import com.collection.core.latefee.LateFeePolicies;
import com.collection.core.latefee.LateFeePolicy;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
class JdbcLateFeePolicies implements LateFeePolicies {

  private final JdbcTemplate jdbc;
  private final NamedParameterJdbcTemplate named;
  private final Clock clock;

  JdbcLateFeePolicies(JdbcTemplate jdbc, NamedParameterJdbcTemplate named, Clock clock) {
    this.jdbc = jdbc;
    this.named = named;
    this.clock = clock;
  }

  @Override
  public Optional<LateFeePolicy> byCommunity(long communityId) {
    return jdbc.query("SELECT * FROM late_fee_policy WHERE community_id = ?", (rs, n) -> policy(rs), communityId)
        .stream().findFirst();
  }

  @Override
  public List<LateFeePolicy> ofCommunities(Collection<Long> communityIds) {
    if (communityIds.isEmpty()) {
      return List.of();
    }
    return named.query("SELECT * FROM late_fee_policy WHERE community_id IN (:ids)",
        new MapSqlParameterSource("ids", communityIds), (rs, n) -> policy(rs));
  }

  @Override
  public LateFeePolicy save(LateFeePolicy policy, Long staffId) {
    Timestamp now = Timestamp.from(clock.instant());
    int updated = jdbc.update("UPDATE late_fee_policy SET enabled = ?, daily_rate_percent = ?, grace_days = ?,"
            + " cap_percent = ?, updated_by = ?, updated_at = ? WHERE community_id = ?", policy.enabled(),
        policy.dailyRatePercent(), policy.graceDays(), policy.capPercent(), staffId, now, policy.communityId());
    if (updated == 0) {
      jdbc.update("INSERT INTO late_fee_policy (community_id, enabled, daily_rate_percent, grace_days, cap_percent,"
              + " updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)", policy.communityId(), policy.enabled(),
          policy.dailyRatePercent(), policy.graceDays(), policy.capPercent(), staffId, now);
    }
    return byCommunity(policy.communityId()).orElseThrow();
  }

  private static LateFeePolicy policy(ResultSet rs) throws SQLException {
    return new LateFeePolicy(rs.getLong("community_id"), rs.getBoolean("enabled"),
        rs.getBigDecimal("daily_rate_percent"), rs.getInt("grace_days"), rs.getBigDecimal("cap_percent"));
  }
}
