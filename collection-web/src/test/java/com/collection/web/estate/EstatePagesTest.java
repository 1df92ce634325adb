package com.collection.web.estate;

import static com.collection.web.support.EstateFixture.principal;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.collection.web.support.EstateFixture;
import com.collection.web.support.WebAppTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

@WebAppTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EstatePagesTest {

  @Autowired
  MockMvc mvc;
  @Autowired
  ApplicationContext context;

  EstateFixture estate;

  @BeforeAll
  void estate() {
    estate = new EstateFixture(context);
  }

  @Test
  void homeListsOnlyTheStaffMembersBuildings() throws Exception {
    mvc.perform(get("/").with(user(principal(estate.staffA))))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("A栋")))
        .andExpect(content().string(not(containsString("B栋"))))
        .andExpect(content().string(containsString("您负责 1 栋楼，共 1 户")));
  }

  @Test
  void findsAUnitByOwnerNameAndByPhone() throws Exception {
    mvc.perform(get("/units").param("ownerName", estate.ownerA.name()).with(user(principal(estate.staffA))))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("/units/" + estate.unitA.id())))
        .andExpect(content().string(containsString(estate.ownerA.phone())));
    mvc.perform(get("/units").param("phone", estate.ownerA.phone().substring(4)).with(user(principal(estate.staffA))))
        .andExpect(content().string(containsString("/units/" + estate.unitA.id())));
  }

  @Test
  void theSearchNeverShowsAnotherBuildingsUnit() throws Exception {
    mvc.perform(get("/units").param("ownerName", estate.ownerB.name()).with(user(principal(estate.staffA))))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("/units/" + estate.unitB.id()))))
        .andExpect(content().string(containsString("没有符合条件的房屋")));
  }

  @Test
  void theUnitPageShowsTheUnitAndItsOwner() throws Exception {
    mvc.perform(get("/units/" + estate.unitA.id()).with(user(principal(estate.staffA))))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(estate.ownerA.name())))
        .andExpect(content().string(containsString("88.50")))
        .andExpect(content().string(containsString("09:30-12:00")));
    mvc.perform(get("/owners/" + estate.ownerA.id()).with(user(principal(estate.staffA))))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("/units/" + estate.unitA.id())));
  }

  @Test
  void aStaffMemberOfAnotherBuildingIsRefused() throws Exception {
    mvc.perform(get("/units/" + estate.unitB.id()).with(user(principal(estate.staffA))))
        .andExpect(status().isForbidden())
        .andExpect(content().string(containsString("无权")))
        .andExpect(content().string(not(containsString(estate.ownerB.name()))));
    mvc.perform(get("/owners/" + estate.ownerB.id()).with(user(principal(estate.staffA))))
        .andExpect(status().isForbidden());
  }

  @Test
  void managersSeeEveryBuilding() throws Exception {
    mvc.perform(get("/units/" + estate.unitB.id()).with(user(principal(estate.manager))))
        .andExpect(status().isOk());
    mvc.perform(get("/units").param("communityId", estate.community.id().toString()).with(user(principal(estate.manager))))
        .andExpect(content().string(containsString("/units/" + estate.unitA.id())))
        .andExpect(content().string(containsString("/units/" + estate.unitB.id())));
  }

  @Test
  void badAddressesGetAPageNotAStackTrace() throws Exception {
    mvc.perform(get("/units/999999999").with(user(principal(estate.staffA))))
        .andExpect(status().isNotFound());
    mvc.perform(get("/units/abc").with(user(principal(estate.staffA))))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("请求无效")));
    mvc.perform(get("/units").param("communityId", "x").param("page", "-4").with(user(principal(estate.staffA))))
        .andExpect(status().isOk());
  }
}
