package com.collection.persistence.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.collection.core.demo.DemoCompany;
import com.collection.core.demo.DemoCompanySize;
import com.collection.core.demo.DemoLogin;
import com.collection.core.estate.Communities;
import com.collection.core.estate.Community;
import com.collection.core.estate.EstateDirectory;
import com.collection.core.estate.OwnedUnit;
import com.collection.core.estate.UnitSearch;
import com.collection.core.estate.UnitSummary;
import com.collection.core.estate.Visibility;
import com.collection.core.shared.Page;
import com.collection.core.shared.PageRequest;
import com.collection.core.shared.Viewer;
import com.collection.core.staff.StaffMembers;
import com.collection.testsupport.PostgresTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo generator writes a company in batches on PostgreSQL, and the estate directory's queries
 * apply the staff restriction on it.
 */
@SpringBootTest
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoCompanyOnPostgresTest {

  private static final List<DemoLogin> LOGINS = List.of(
      new DemoLogin("d-admin", "x", "管理员", "ADMIN", ""),
      new DemoLogin("d-manager", "x", "经理", "MANAGER", ""),
      new DemoLogin("d-staff1", "x", "李娜", "STAFF", ""),
      new DemoLogin("d-staff2", "x", "张伟", "STAFF", ""),
      new DemoLogin("d-staff3", "x", "刘洋", "STAFF", ""));

  @Autowired
  DemoCompany demo;
  @Autowired
  EstateDirectory directory;
  @Autowired
  StaffMembers staff;
  @Autowired
  Communities communities;
  @Autowired
  JdbcTemplate jdbc;

  DemoCompany.Summary summary;
  Viewer staff1;
  Viewer staff3;
  Viewer manager;

  @BeforeAll
  void generate() {
    summary = demo.generate(new DemoCompanySize(2, 3, 4, 2), 42, LocalDate.of(2026, 6, 15), "hash", LOGINS);
    staff1 = Viewer.ownBuildings(staff.byUsername("d-staff1").orElseThrow().id());
    staff3 = Viewer.ownBuildings(staff.byUsername("d-staff3").orElseThrow().id());
    manager = Viewer.everything(staff.byUsername("d-manager").orElseThrow().id());
  }

  @Test
  void writesTheWholeCompany() {
    // per community: 3 residential buildings of 4 floors x 2 units, 20 shops, 100 parking spaces
    assertThat(summary.communities()).isEqualTo(2);
    assertThat(summary.buildings()).isEqualTo(10);
    assertThat(summary.units()).isEqualTo(2 * (3 * 8 + 20 + 100));
    assertThat(count("SELECT COUNT(*) FROM unit WHERE building_id IN (SELECT b.id FROM building b JOIN community c ON c.id = b.community_id WHERE b.name LIKE '%栋' AND c.code IN ('YG', 'CH'))"))
        .isEqualTo(48);
    assertThat(count("SELECT COUNT(*) FROM owner")).isGreaterThanOrEqualTo(summary.owners());
    assertThat(count("SELECT COUNT(*) FROM unit WHERE area <= 0")).isZero();
  }

  @Test
  void identitiesContinueAfterTheGeneratedIds() {
    Community added = communities.save(Community.create("新增小区", "NEWC", null, 1, List.of(), List.of(), null, 15));
    assertThat(added.id()).isGreaterThan(count("SELECT MAX(id) FROM community WHERE code <> 'NEWC'"));
  }

  @Test
  void staffSeeOnlyTheirBuildingsInTheSearch() {
    Page<UnitSummary> own = directory.searchUnits(new UnitSearch(null, null, null, null, null), staff1,
        new PageRequest(0, 500));
    Page<UnitSummary> all = directory.searchUnits(new UnitSearch(null, null, null, null, null), manager,
        new PageRequest(0, 500));
    assertThat(own.total()).isPositive().isLessThan(all.total());
    List<Long> staff1Buildings = jdbc.queryForList(
        "SELECT building_id FROM staff_building WHERE staff_id = ?", Long.class, staff1.staffId());
    assertThat(own.items()).allSatisfy(u -> assertThat(staff1Buildings).contains(u.buildingId()));
  }

  @Test
  void findsAUnitByItsCurrentOwnersNameOrPhone() {
    // in the demo's own community: other tests on the shared schema add units without owners
    long community = count("SELECT id FROM community WHERE code = 'YG'");
    UnitSummary someUnit = directory.searchUnits(new UnitSearch(community, null, null, null, null), manager,
            new PageRequest(0, 50)).items().stream()
        .filter(u -> !u.owners().isEmpty()).findFirst().orElseThrow();
    String name = someUnit.owners().split("、")[0];
    String phone = someUnit.phones().split(", ")[0];

    assertThat(directory.searchUnits(new UnitSearch(null, null, null, name, null), manager, new PageRequest(0, 50)).items())
        .extracting(UnitSummary::unitId).contains(someUnit.unitId());
    assertThat(directory.searchUnits(new UnitSearch(null, null, null, null, phone.substring(3)), manager, new PageRequest(0, 50)).items())
        .extracting(UnitSummary::unitId).contains(someUnit.unitId());
    assertThat(directory.searchUnits(new UnitSearch(null, null, someUnit.number(), null, null), manager, new PageRequest(0, 500)).items())
        .extracting(UnitSummary::unitId).contains(someUnit.unitId());
    assertThat(directory.searchUnits(new UnitSearch(null, null, null, "%", null), manager, new PageRequest(0, 50)).total())
        .as("a % typed by a user is a character, not a wildcard").isZero();
  }

  @Test
  void refusesAnotherBuildingsUnitAndOwner() {
    UnitSummary staff3Unit = directory.searchUnits(new UnitSearch(null, null, null, null, null), staff3,
        new PageRequest(0, 50)).items().stream().filter(u -> !u.owners().isEmpty()).findFirst().orElseThrow();
    assertThat(directory.unitVisibility(staff3Unit.unitId(), staff3)).isEqualTo(Visibility.VISIBLE);
    assertThat(directory.unitVisibility(staff3Unit.unitId(), staff1)).isEqualTo(Visibility.HIDDEN);
    assertThat(directory.unitVisibility(staff3Unit.unitId(), manager)).isEqualTo(Visibility.VISIBLE);
    assertThat(directory.unitVisibility(-5, manager)).isEqualTo(Visibility.NOT_FOUND);

    long ownerId = jdbc.queryForObject("""
        SELECT MIN(oo.owner_id) FROM ownership_owner oo JOIN ownership os ON os.id = oo.ownership_id
        WHERE os.unit_id = ?""", Long.class, staff3Unit.unitId());
    boolean ownerAlsoInStaff1Buildings = count("""
        SELECT COUNT(*) FROM ownership_owner oo JOIN ownership os ON os.id = oo.ownership_id
        JOIN staff_building sb ON sb.building_id = (SELECT building_id FROM unit WHERE id = os.unit_id)
        WHERE oo.owner_id = %d AND sb.staff_id = %d""".formatted(ownerId, staff1.staffId())) > 0;
    assertThat(directory.ownerVisibility(ownerId, staff1))
        .isEqualTo(ownerAlsoInStaff1Buildings ? Visibility.VISIBLE : Visibility.HIDDEN);
    assertThat(directory.ownerVisibility(ownerId, staff3)).isEqualTo(Visibility.VISIBLE);
    assertThat(directory.unitsOfOwner(ownerId, staff3)).extracting(OwnedUnit::unit)
        .extracting(UnitSummary::unitId).contains(staff3Unit.unitId());
    assertThat(directory.unitsOfOwner(ownerId, staff1)).extracting(OwnedUnit::unit)
        .extracting(UnitSummary::unitId).doesNotContain(staff3Unit.unitId());
  }

  @Test
  void homeListsTheViewersBuildingsWithUnitCounts() {
    assertThat(directory.buildings(staff1)).isNotEmpty()
        .allSatisfy(b -> assertThat(b.unitCount()).isPositive());
    assertThat(directory.buildings(manager).size()).isGreaterThan(directory.buildings(staff1).size());
  }

  private long count(String sql) {
    Long value = jdbc.queryForObject(sql, Long.class);
    return value == null ? 0 : value;
  }
}
