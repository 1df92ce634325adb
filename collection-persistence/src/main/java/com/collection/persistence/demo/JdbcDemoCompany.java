package com.collection.persistence.demo;

import com.collection.core.demo.DemoCompany;
import com.collection.core.demo.DemoCompanySize;
import com.collection.core.demo.DemoLogin;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Writes a deterministic demo company (fixed seed) in JDBC batches with ids assigned here, so the
 * same code fills a 2,000-unit demo or a million-unit benchmark database.
 */
@Repository
class JdbcDemoCompany implements DemoCompany {

  private static final int BATCH = 2000;
  private static final String[] COMMUNITY_NAMES = {"阳光花园", "翠湖苑", "金桂园", "锦绣华庭", "碧水湾", "枫林苑"};
  private static final String[] COMMUNITY_CODES = {"YG", "CH", "JG", "JX", "BS", "FL"};
  private static final String[] STREETS = {"幸福路", "长江路", "人民大道", "学府街", "滨湖路", "建设路"};
  private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
  private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红飞鹏辉建国志强海燕晓东文博子涵欣怡浩然梓轩雨桐思远嘉怡宇航佳琪俊杰雅婷";
  private static final String[] CONTACT_TIMES = {null, null, "工作日晚上", "上午", "周末", "下午三点后", "中午12点前"};

  private final JdbcTemplate jdbc;

  JdbcDemoCompany(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public boolean isEmpty() {
    Long rows = jdbc.queryForObject(
        "SELECT (SELECT COUNT(*) FROM community) + (SELECT COUNT(*) FROM staff WHERE username <> ?)", Long.class,
        com.collection.core.staff.StaffMember.SYSTEM_USERNAME);
    return rows != null && rows == 0;
  }

  @Override
  public Summary generate(DemoCompanySize size, long seed, LocalDate today, String passwordHash,
      List<DemoLogin> logins) {
    return new Writer(size, new Random(seed), today, passwordHash, logins).write();
  }

  /** One generation run: keeps the next ids and the pending batches. */
  private final class Writer {

    private final DemoCompanySize size;
    private final Random random;
    private final LocalDate today;
    private final String passwordHash;
    private final List<DemoLogin> logins;
    private final Batch buildings = new Batch(
        "INSERT INTO building (id, community_id, name, responsible_staff_id) VALUES (?, ?, ?, ?)");
    private final Batch assignments = new Batch(
        "INSERT INTO staff_building (staff_id, building_id) VALUES (?, ?)");
    private final Batch units = new Batch(
        "INSERT INTO unit (id, building_id, number, floor, area, unit_use, occupancy) VALUES (?, ?, ?, ?, ?, ?, ?)");
    private final Batch owners = new Batch(
        "INSERT INTO owner (id, name, phone, second_phone, preferred_contact_times, do_not_message, notes) VALUES (?, ?, ?, ?, ?, ?, ?)");
    private final Batch ownerships = new Batch(
        "INSERT INTO ownership (id, unit_id, start_date, end_date) VALUES (?, ?, ?, ?)");
    private final Batch ownershipOwners = new Batch(
        "INSERT INTO ownership_owner (ownership_id, owner_id) VALUES (?, ?)");
    private long nextUnit;
    private long nextOwner;
    private long nextOwnership;
    private long nextPhone = 10_000_000L;
    private int communityCount;
    private int buildingCount;
    private int unitCount;
    private int ownerCount;

    Writer(DemoCompanySize size, Random random, LocalDate today, String passwordHash,
        List<DemoLogin> logins) {
      this.size = size;
      this.random = random;
      this.today = today;
      this.passwordHash = passwordHash;
      this.logins = logins;
    }

    Summary write() {
      nextUnit = nextId("unit");
      nextOwner = nextId("owner");
      nextOwnership = nextId("ownership");
      long firstStaff = nextId("staff");
      long[] staffIds = writeStaff(firstStaff);
      long nextCommunity = nextId("community");
      long nextBuilding = nextId("building");
      for (int c = 0; c < size.communities(); c++) {
        long communityId = nextCommunity++;
        writeCommunity(communityId, c);
        communityCount++;
        List<Long> residentOwners = new ArrayList<>();
        int residential = size.residentialBuildingsPerCommunity();
        for (int b = 0; b <= residential + 1; b++) {
          long buildingId = nextBuilding++;
          buildingCount++;
          long responsible = responsibleFor(staffIds, c, b, residential);
          String name = b < residential ? (b + 1) + "栋" : b == residential ? "商业街" : "地下车库";
          buildings.add(buildingId, communityId, name, responsible);
          assignments.add(responsible, buildingId);
          if (b < residential) {
            residentialUnits(buildingId, residentOwners);
          } else if (b == residential) {
            shops(buildingId);
          } else {
            parking(buildingId, residentOwners);
          }
        }
      }
      flushAll();
      for (String table : List.of("community", "building", "staff", "unit", "owner", "ownership")) {
        jdbc.execute("ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + nextId(table));
      }
      return new Summary(communityCount, buildingCount, unitCount, ownerCount);
    }

    /** Writes every pending batch, parents before the rows that refer to them. */
    private void flushAll() {
      for (Batch batch : List.of(buildings, assignments, units, owners, ownerships, ownershipOwners)) {
        batch.flush();
      }
    }

    /** Staff 1 and 2 share the first community; staff 3 works all the others. */
    private long responsibleFor(long[] staffIds, int community, int building, int residential) {
      if (community == 0) {
        return building < (residential + 2) / 2 ? staffIds[2] : staffIds[3];
      }
      return staffIds[4];
    }

    private long[] writeStaff(long firstId) {
      long[] ids = new long[logins.size()];
      List<Object[]> rows = new ArrayList<>();
      for (int i = 0; i < logins.size(); i++) {
        DemoLogin login = logins.get(i);
        ids[i] = firstId + i;
        rows.add(new Object[] {ids[i], login.username(), login.displayName(), login.role(), passwordHash});
      }
      jdbc.batchUpdate("INSERT INTO staff (id, username, display_name, role, password_hash, enabled, must_change_password)"
          + " VALUES (?, ?, ?, ?, ?, TRUE, FALSE)", rows);
      return ids;
    }

    private void writeCommunity(long id, int index) {
      String name = index < COMMUNITY_NAMES.length ? COMMUNITY_NAMES[index]
          : COMMUNITY_NAMES[index % COMMUNITY_NAMES.length] + (index / COMMUNITY_NAMES.length + 1) + "期";
      String code = index < COMMUNITY_CODES.length ? COMMUNITY_CODES[index] : letters(index);
      String address = "示范市" + STREETS[index % STREETS.length] + (88 + index) + "号";
      jdbc.update("INSERT INTO community (id, name, code, address, fee_year_start_month, bank_account_name,"
              + " bank_name, bank_account_number, case_opening_days) VALUES (?, ?, ?, ?, 1, ?, ?, ?, 15)",
          id, name, code, address, name + "物业服务中心", "示范银行" + STREETS[index % STREETS.length] + "支行",
          "6222 0000 0000 " + String.format("%04d", index + 1));
    }

    private String letters(int index) {
      StringBuilder code = new StringBuilder("D");
      int n = index;
      do {
        code.append((char) ('A' + n % 26));
        n /= 26;
      } while (n > 0);
      return code.toString();
    }

    private void residentialUnits(long buildingId, List<Long> residentOwners) {
      BigDecimal[] layout = new BigDecimal[size.unitsPerFloor()];
      for (int k = 0; k < layout.length; k++) {
        layout[k] = area(45, 180);
      }
      for (int floor = 1; floor <= size.floors(); floor++) {
        for (int k = 1; k <= size.unitsPerFloor(); k++) {
          String number = floor * 100 + k + "";
          int roll = random.nextInt(100);
          String occupancy = roll < 1 ? "UNSOLD" : roll < 4 ? "VACANT" : "OCCUPIED";
          long unitId = unit(buildingId, number, floor, layout[k - 1], "RESIDENTIAL", occupancy);
          if (!"UNSOLD".equals(occupancy)) {
            residentOwners.add(owned(unitId, null));
          }
        }
      }
    }

    private void shops(long buildingId) {
      for (int s = 1; s <= DemoCompanySize.SHOPS_PER_COMMUNITY; s++) {
        String occupancy = random.nextInt(10) == 0 ? "VACANT" : "OCCUPIED";
        long unitId = unit(buildingId, "S" + (100 + s), 1, area(30, 150), "COMMERCIAL", occupancy);
        owned(unitId, null);
      }
    }

    private void parking(long buildingId, List<Long> residentOwners) {
      for (int p = 1; p <= size.parkingSpacesPerCommunity(); p++) {
        boolean unsold = random.nextInt(100) < 15;
        long unitId = unit(buildingId, String.format("P%03d", p), -1, area(12, 15), "PARKING",
            unsold ? "UNSOLD" : "OCCUPIED");
        if (!unsold) {
          // most spaces belong to owners of a flat in the same community
          Long resident = residentOwners.isEmpty() || random.nextInt(100) >= 60 ? null
              : residentOwners.get(random.nextInt(residentOwners.size()));
          owned(unitId, resident);
        }
      }
    }

    private long unit(long buildingId, String number, int floor, BigDecimal area, String use,
        String occupancy) {
      long id = nextUnit++;
      units.add(id, buildingId, number, floor, area, use, occupancy);
      unitCount++;
      if (units.size() >= BATCH || ownershipOwners.size() >= BATCH) {
        flushAll();
      }
      return id;
    }

    /** Gives a unit its current owner (an existing one, or new), sometimes a joint owner and a past owner. */
    private long owned(long unitId, Long existingOwner) {
      long owner = existingOwner != null ? existingOwner : newOwner(null);
      LocalDate start = today.minusDays(365L + random.nextInt(9 * 365));
      if (random.nextInt(100) < 4) {
        LocalDate pastStart = start.minusDays(365L + random.nextInt(5 * 365));
        span(unitId, pastStart, start, List.of(newOwner(null)));
      }
      List<Long> current = random.nextInt(100) < 12 && existingOwner == null
          ? List.of(owner, newOwner(null)) : List.of(owner);
      span(unitId, start, null, current);
      return owner;
    }

    private void span(long unitId, LocalDate start, LocalDate end, List<Long> ownerIds) {
      long id = nextOwnership++;
      ownerships.add(id, unitId, Date.valueOf(start), end == null ? null : Date.valueOf(end));
      for (long ownerId : ownerIds) {
        ownershipOwners.add(id, ownerId);
      }
    }

    private long newOwner(String surname) {
      long id = nextOwner++;
      String family = surname != null ? surname
          : String.valueOf(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
      int givenLength = random.nextInt(3) == 0 ? 1 : 2;
      StringBuilder name = new StringBuilder(family);
      for (int i = 0; i < givenLength; i++) {
        name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
      }
      String second = random.nextInt(5) == 0 ? phone() : null;
      boolean doNotMessage = random.nextInt(50) == 0;
      owners.add(id, name.toString(), phone(), second,
          CONTACT_TIMES[random.nextInt(CONTACT_TIMES.length)], doNotMessage, null);
      ownerCount++;
      return id;
    }

    /** Obviously fake: Chinese mobile numbers never start with 100. */
    private String phone() {
      return "100" + (nextPhone++);
    }

    private BigDecimal area(int min, int max) {
      int fen = min * 100 + random.nextInt((max - min) * 100 + 1);
      return BigDecimal.valueOf(fen, 2);
    }

    private long nextId(String table) {
      Long max = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM " + table, Long.class);
      return (max == null ? 0 : max) + 1;
    }
  }

  /** Rows waiting to be written with one statement. */
  private final class Batch {

    private final String sql;
    private final List<Object[]> rows = new ArrayList<>();

    Batch(String sql) {
      this.sql = sql;
    }

    void add(Object... row) {
      rows.add(row);
    }

    int size() {
      return rows.size();
    }

    void flush() {
      if (!rows.isEmpty()) {
        jdbc.batchUpdate(sql, rows);
        rows.clear();
      }
    }
  }
}
