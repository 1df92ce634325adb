package com.collection.persistence.staff;

import com.collection.core.staff.SignInAttempts;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@code login_attempt} table. Every method runs in a transaction of its own, committed when it
 * returns (REQUIRES_NEW), so that an attempt is visible to every instance before it is counted.
 */
@Repository
@Transactional(propagation = Propagation.REQUIRES_NEW)
class JdbcSignInAttempts implements SignInAttempts {

  private static final Logger log = LoggerFactory.getLogger(JdbcSignInAttempts.class);

  private final JdbcTemplate jdbc;

  JdbcSignInAttempts(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public long record(String username, String address, Instant at) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      PreparedStatement insert = connection.prepareStatement(
          "INSERT INTO login_attempt (username, address, attempted_at) VALUES (?, ?, ?)", new String[] {"id"});
      insert.setString(1, username);
      insert.setString(2, address);
      insert.setTimestamp(3, Timestamp.from(at));
      return insert;
    }, key);
    return key.getKey().longValue();
  }

  @Override
  public int countForUsername(String username, Instant since) {
    return count("SELECT COUNT(*) FROM login_attempt WHERE username = ? AND attempted_at > ?"
        + " AND username_cleared = FALSE", username, since);
  }

  @Override
  public int countFromAddress(String address, Instant since) {
    return count("SELECT COUNT(*) FROM login_attempt WHERE address = ? AND attempted_at > ?", address, since);
  }

  @Override
  public void forget(long attemptId) {
    jdbc.update("DELETE FROM login_attempt WHERE id = ?", attemptId);
  }

  @Override
  public void clearUsername(String username, long beforeAttemptId) {
    jdbc.update("UPDATE login_attempt SET username_cleared = TRUE WHERE username = ? AND id < ?"
        + " AND username_cleared = FALSE", username, beforeAttemptId);
  }

  /** Best effort: if two instances clean up at once and one of them fails, the next attempt cleans up. */
  @Override
  public int deleteBefore(Instant before) {
    try {
      return jdbc.update("DELETE FROM login_attempt WHERE attempted_at < ?", Timestamp.from(before));
    } catch (DataAccessException e) {
      log.debug("Old sign-in attempts not deleted this time", e);
      return 0;
    }
  }

  private int count(String sql, String key, Instant since) {
    Integer count = jdbc.queryForObject(sql, Integer.class, key, Timestamp.from(since));
    return count == null ? 0 : count;
  }
}
