package com.collection.web.system;

import static com.collection.web.support.EstateFixture.principal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.collection.core.payment.PaymentMethod;
import com.collection.core.payment.RecordPayment;
import com.collection.core.payment.RecordPaymentCommand;
import com.collection.core.shared.Viewer;
import com.collection.core.staff.ManageStaff;
import com.collection.core.staff.Role;
import com.collection.core.staff.StaffMember;
import com.collection.web.support.EstateFixture;
import com.collection.web.support.WebAppTest;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.core.MethodParameter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every paged list (every GET route with a {@code page} parameter, found in the handler mappings)
 * shows its last page for a page number past the end, however large (and its first for a negative
 * one): no overflowed item numbers, no negative page.
 */
@WebAppTest
class PagerTest {

  private static final Pattern POSITION = Pattern.compile("class=\"page-link\">([-\\d,]+) / ([-\\d,]+)<");
  private static final Pattern RANGE = Pattern.compile("第 ([-\\d,]+)–([-\\d,]+) 条，共 ([-\\d,]+) 条");

  @Autowired
  MockMvc mvc;
  @Autowired
  ApplicationContext context;
  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  private List<String> pagedRoutes() {
    TreeSet<String> found = new TreeSet<>();
    for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
      if (!entry.getKey().getMethodsCondition().getMethods().contains(RequestMethod.GET)) {
        continue;
      }
      for (MethodParameter parameter : entry.getValue().getMethodParameters()) {
        RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
        if (param != null && "page".equals(param.name())) {
          found.addAll(entry.getKey().getPatternValues());
        }
      }
    }
    return new ArrayList<>(found);
  }

  @Test
  void aPageFarPastTheEndShowsTheLastPageOnEveryPagedList() throws Exception {
    EstateFixture estate = new EstateFixture(context);
    StaffMember admin = context.getBean(ManageStaff.class).create("pg" + ThreadLocalRandom.current().nextInt(1_000_000_000),
        "翻页", Role.ADMIN, EstateFixture.PASSWORD);
    LocalDate today = LocalDate.now(context.getBean(Clock.class));
    context.getBean(RecordPayment.class).record(new RecordPaymentCommand(estate.unitA.id(), new BigDecimal("10.00"),
        PaymentMethod.CASH, "王甲", null, today, List.of(), UUID.randomUUID().toString(),
        Viewer.everything(estate.manager.id())));
    estate.billServiceFee(context, "2025-01", "2025-02");
    Map<String, Long> variables = Map.of("unitId", estate.unitA.id(), "buildingId", estate.buildingA.id(),
        "communityId", estate.community.id());

    List<String> routes = pagedRoutes();
    assertThat(routes).as("paged lists found").contains("/payments", "/units", "/units/{unitId}/ledger");
    int pagersSeen = 0;
    for (String route : routes) {
      String path = route;
      for (String variable : pathVariables(route)) {
        assertThat(variables).as("how to fill {" + variable + "} of " + route).containsKey(variable);
        path = path.replace("{" + variable + "}", variables.get(variable).toString());
      }
      for (String page : List.of("2147483647", "99999", "-2147483648")) {
        String body = mvc.perform(get(path).param("page", page).param("communityId", estate.community.id().toString())
                .param("community", estate.community.id().toString()).with(user(principal(admin))))
            .andReturn().getResponse().getContentAsString();
        assertThat(body).as(route + "?page=" + page).doesNotContain("2,147,483,6").doesNotContain("53,687,091");
        Matcher position = POSITION.matcher(body);
        while (position.find()) {
          pagersSeen++;
          if (page.startsWith("-")) {
            assertThat(position.group(1)).as(route + " shows its first page").isEqualTo("1");
          } else {
            assertThat(position.group(1)).as(route + " shows its last page").isEqualTo(position.group(2));
          }
        }
        Matcher range = RANGE.matcher(body);
        while (range.find()) {
          long last = Long.parseLong(range.group(2).replace(",", ""));
          long total = Long.parseLong(range.group(3).replace(",", ""));
          assertThat(last).as(route + " range within the total").isLessThanOrEqualTo(total);
          assertThat(Long.parseLong(range.group(1).replace(",", ""))).as(route).isLessThanOrEqualTo(Math.max(1, last));
        }
      }
    }
    assertThat(pagersSeen).as("pagers checked").isGreaterThan(routes.size());
  }

  private static List<String> pathVariables(String route) {
    List<String> names = new ArrayList<>();
    Matcher matcher = Pattern.compile("\\{([^}]+)}").matcher(route);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }
}
