package com.collection.web.payment;

import static com.collection.web.support.EstateFixture.principal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.collection.core.payment.Payment;
import com.collection.core.payment.Payments;
import com.collection.core.payment.ViewPayments;
import com.collection.core.shared.Money;
import com.collection.core.shared.Viewer;
import com.collection.web.support.EstateFixture;
import com.collection.web.support.WebAppTest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Staff record payments over HTTP: the form with the unit's open bills, the preview of the
 * allocation, the receipt; one payment per form however often it is sent; credit on the unit page;
 * bad input gets its message next to the field and stores nothing; a manager reverses with a reason.
 *
 * <p>Each test bills its own small estate (two units; 88.50 m² × ¥2.80 = 247.80 a month for unit A,
 * 120 m² → 336.00 for unit B) for 2026-01 and 2026-02, so unit A owes 495.60.
 */
@WebAppTest
class PaymentPagesTest {

  private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([0-9a-f-]{36})\"");
  private static final Pattern RECEIPT = Pattern.compile("/payments/(\\d+)/receipt");

  @Autowired
  MockMvc mvc;
  @Autowired
  ApplicationContext context;
  @Autowired
  Payments payments;
  @Autowired
  ViewPayments viewPayments;
  @Autowired
  Clock clock;

  /** An estate with two months of bills for both units. */
  private EstateFixture billedEstate() {
    EstateFixture estate = new EstateFixture(context);
    estate.billServiceFee(context, "2026-01", "2026-02");
    return estate;
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private static RequestPostProcessor as(com.collection.core.staff.StaffMember member) {
    return user(principal(member));
  }

  /** Opens the form as this staff member and returns its token. */
  private String openForm(EstateFixture estate, com.collection.core.staff.StaffMember member) throws Exception {
    String html = mvc.perform(get("/units/{id}/payments/new", estate.unitA.id()).with(as(member)))
        .andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
    Matcher token = TOKEN.matcher(html);
    assertThat(token.find()).as("the form has a token").isTrue();
    return token.group(1);
  }

  private MockHttpServletRequestBuilder cash(EstateFixture estate, String path, String amount, String token) {
    return pay(estate, path, Map.of("amount", amount, "token", token));
  }

  /** The payment form of unit A sent by staff A: cash, today, from the owner, unless given otherwise. */
  private MockHttpServletRequestBuilder pay(EstateFixture estate, String path, Map<String, String> fields) {
    Map<String, String> all = new LinkedHashMap<>(Map.of("method", "CASH", "payer", estate.ownerA.name(),
        "receivedOn", today().toString()));
    all.putAll(fields);
    MockHttpServletRequestBuilder request = post("/units/{id}/payments" + path, estate.unitA.id())
        .with(as(estate.staffA)).with(csrf());
    all.forEach(request::param);
    return request;
  }

  private long record(EstateFixture estate, String amount) throws Exception {
    MvcResult result = mvc.perform(cash(estate, "", amount, openForm(estate, estate.staffA)))
        .andExpect(redirectedUrlPattern("/payments/*/receipt"))
        .andReturn();
    return paymentId(result);
  }

  private static long paymentId(MvcResult result) {
    Matcher id = RECEIPT.matcher(String.valueOf(result.getResponse().getRedirectedUrl()));
    assertThat(id.find()).isTrue();
    return Long.parseLong(id.group(1));
  }

  @Test
  void staffRecordCashForAUnitInArrearsAfterAPreviewAndGetTheReceipt() throws Exception {
    EstateFixture estate = billedEstate();
    String form = mvc.perform(get("/units/{id}/payments/new", estate.unitA.id()).with(as(estate.staffA)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"open-bills-table\"")))
        .andExpect(content().string(containsString("2026-01")))
        .andExpect(content().string(containsString("2026-02")))
        .andExpect(content().string(containsString("物业服务费")))
        .andExpect(content().string(containsString("name=\"billIds\"")))
        .andExpect(content().string(containsString("max=\"" + today() + "\"")))
        .andExpect(content().string(containsString("value=\"" + estate.ownerA.name() + "\"")))
        .andExpect(content().string(containsString("495.60")))
        .andReturn().getResponse().getContentAsString();
    Matcher token = TOKEN.matcher(form);
    assertThat(token.find()).isTrue();

    mvc.perform(cash(estate, "/preview", "300", token.group(1)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"payment-preview\"")))
        .andExpect(content().string(containsString("247.80")))
        .andExpect(content().string(containsString("52.20")))
        .andExpect(content().string(containsString("id=\"confirm\"")))
        .andExpect(content().string(containsString("value=\"" + token.group(1) + "\"")));
    assertThat(payments.ofUnit(estate.unitA.id())).as("a preview records nothing").isEmpty();

    MvcResult recorded = mvc.perform(cash(estate, "", "300", token.group(1)))
        .andExpect(redirectedUrlPattern("/payments/*/receipt"))
        .andExpect(flash().attribute("message", "payment.recorded"))
        .andReturn();
    Payment payment = payments.byId(paymentId(recorded)).orElseThrow();
    assertThat(payment.receiptNumber()).startsWith(estate.community.code() + "-" + today().getYear() + "-");

    mvc.perform(get("/payments/{id}/receipt", payment.id()).with(as(estate.staffA)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(payment.receiptNumber())))
        .andExpect(content().string(containsString(estate.community.name())))
        .andExpect(content().string(containsString("A栋")))
        .andExpect(content().string(containsString("2026-01")))
        .andExpect(content().string(containsString("2026-02")))
        .andExpect(content().string(containsString("2.80 元/㎡·月 × 88.50 ㎡ × 1 ")))
        .andExpect(content().string(containsString("52.20")))
        .andExpect(content().string(containsString("¥300.00")))
        .andExpect(content().string(containsString("大写")))
        .andExpect(content().string(containsString("叁佰元整")))
        .andExpect(content().string(containsString("现金")))
        .andExpect(content().string(containsString(estate.staffA.displayName())))
        .andExpect(content().string(containsString("id=\"print\" data-print")))
        .andExpect(content().string(matchesPattern("(?s).*/css/receipt-[0-9a-f]{32}\\.css.*")))
        .andExpect(content().string(not(containsString("void-stamp"))))
        .andExpect(content().string(not(containsString("reverse-form"))));

    mvc.perform(get("/units/{id}", estate.unitA.id()).with(as(estate.staffA)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"record-payment\"")))
        .andExpect(content().string(containsString(payment.receiptNumber())))
        .andExpect(content().string(containsString("¥195.60")));
  }

  @Test
  void aTickedBillIsPaidFirst() throws Exception {
    EstateFixture estate = billedEstate();
    String form = mvc.perform(get("/units/{id}/payments/new", estate.unitA.id()).with(as(estate.staffA)))
        .andReturn().getResponse().getContentAsString();
    Matcher ids = Pattern.compile("name=\"billIds\" value=\"(\\d+)\"").matcher(form);
    List<String> billIds = ids.results().map(m -> m.group(1)).toList();
    assertThat(billIds).as("2026-01 then 2026-02").hasSize(2);
    Matcher token = TOKEN.matcher(form);
    assertThat(token.find()).isTrue();
    String preview = mvc.perform(cash(estate, "/preview", "247.80", token.group(1)).param("billIds", billIds.get(1)))
        .andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString();
    String shares = preview.substring(preview.indexOf("id=\"preview-shares\""), preview.indexOf("</table>", preview.indexOf("id=\"preview-shares\"")));
    assertThat(shares).contains("2026-02").doesNotContain("2026-01");
    assertThat(preview).contains("name=\"billIds\" value=\"" + billIds.get(1) + "\"");
    long id = paymentId(mvc.perform(cash(estate, "", "247.80", token.group(1)).param("billIds", billIds.get(1)))
        .andExpect(redirectedUrlPattern("/payments/*/receipt")).andReturn());
    String receipt = mvc.perform(get("/payments/{id}/receipt", id).with(as(estate.staffA)))
        .andReturn().getResponse().getContentAsString();
    assertThat(receipt).contains("2026-02").doesNotContain("2026-01");
  }

  @Test
  void aFormSentTwiceRecordsOnePayment() throws Exception {
    EstateFixture estate = billedEstate();
    String token = openForm(estate, estate.staffA);
    MvcResult first = mvc.perform(cash(estate, "", "100.00", token))
        .andExpect(flash().attribute("message", "payment.recorded"))
        .andReturn();
    String receipt = first.getResponse().getRedirectedUrl();
    mvc.perform(cash(estate, "", "100.00", token))
        .andExpect(redirectedUrl(receipt))
        .andExpect(flash().attribute("message", "payment.alreadyRecorded"));
    assertThat(payments.ofUnit(estate.unitA.id())).hasSize(1);
    assertThat(viewPayments.unitMoney(estate.unitA.id(), Viewer.everything(estate.manager.id())).outstanding())
        .isEqualTo(Money.of("395.60"));
    // every form shown has a token of its own
    assertThat(openForm(estate, estate.staffA)).isNotEqualTo(token);
  }

  @Test
  void anOverpaymentBecomesCreditShownOnTheUnitPage() throws Exception {
    EstateFixture estate = billedEstate();
    mvc.perform(cash(estate, "/preview", "600.00", openForm(estate, estate.staffA)))
        .andExpect(content().string(containsString("id=\"preview-credit-note\"")))
        .andExpect(content().string(containsString("¥104.40")));
    long id = record(estate, "600.00");
    mvc.perform(get("/payments/{id}/receipt", id).with(as(estate.staffA)))
        .andExpect(content().string(containsString("id=\"receipt-credit\"")))
        .andExpect(content().string(containsString("104.40")))
        .andExpect(content().string(containsString("陆佰元整")));
    mvc.perform(get("/units/{id}", estate.unitA.id()).with(as(estate.staffA)))
        .andExpect(status().isOk())
        .andExpect(content().string(matchesPattern("(?s).*id=\"unit-credit\"[^>]*>¥104\\.40<.*")))
        .andExpect(content().string(matchesPattern("(?s).*id=\"unit-outstanding\"[^>]*>¥0\\.00<.*")));
  }

  @Test
  void badInputIsShownNextToItsFieldAndStoresNothing() throws Exception {
    EstateFixture estate = billedEstate();
    String token = openForm(estate, estate.staffA);
    List<List<String>> amounts = List.of(
        List.of("0", "金额必须大于 0"),
        List.of("-5", "金额必须大于 0"),
        List.of("1.234", "最多 8 位整数、2 位小数"),
        List.of("10000000.01", "单笔金额不能超过 10,000,000 元"),
        List.of("abc", "请输入数字"),
        List.of("", "必填"));
    for (List<String> bad : amounts) {
      for (String path : List.of("/preview", "")) {
        mvc.perform(cash(estate, path, bad.get(0), token))
            .andExpect(status().isOk())
            .andExpect(content().string(matchesPattern("(?s).*id=\"amount-error\"[^>]*>[^<]*" + Pattern.quote(bad.get(1)) + ".*")))
            .andExpect(content().string(not(containsString("id=\"payment-preview\""))));
      }
    }
    mvc.perform(pay(estate, "", Map.of("amount", "100", "token", token, "receivedOn", today().plusDays(1).toString())))
        .andExpect(status().isOk())
        .andExpect(content().string(matchesPattern("(?s).*id=\"receivedOn-error\"[^>]*>收款日期不能晚于今天<.*")));
    mvc.perform(pay(estate, "/preview", Map.of("amount", "100", "token", token, "method", "BANK_TRANSFER")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("该付款方式必须填写交易流水号")))
        .andExpect(content().string(containsString("id=\"reference-error\"")));
    mvc.perform(pay(estate, "", Map.of("amount", "100", "token", token, "method", "BANK_TRANSFER")))
        .andExpect(status().isOk())
        .andExpect(content().string(matchesPattern("(?s).*id=\"reference-error\"[^>]*>该付款方式必须填写交易流水号<.*")));
    assertThat(payments.ofUnit(estate.unitA.id())).as("nothing stored").isEmpty();

    String reference = "BT" + estate.suffix + "0001";
    mvc.perform(pay(estate, "", Map.of("amount", "100", "token", token, "method", "BANK_TRANSFER", "reference", reference)))
        .andExpect(redirectedUrlPattern("/payments/*/receipt"));
    mvc.perform(pay(estate, "", Map.of("amount", "100", "token", openForm(estate, estate.staffA),
            "method", "BANK_TRANSFER", "reference", reference)))
        .andExpect(status().isOk())
        .andExpect(content().string(matchesPattern("(?s).*id=\"reference-error\"[^>]*>流水号 " + reference + " 已登记过.*")));
    assertThat(payments.ofUnit(estate.unitA.id())).as("the first bank transfer only").hasSize(1);
  }

  @Test
  void staffOfAnotherBuildingCannotOpenTheFormOrTheReceipt() throws Exception {
    EstateFixture estate = billedEstate();
    long id = record(estate, "50.00");
    mvc.perform(get("/units/{id}/payments/new", estate.unitA.id()).with(as(estate.staffB)))
        .andExpect(status().isForbidden())
        .andExpect(content().string(not(containsString(estate.ownerA.name()))));
    mvc.perform(get("/payments/{id}/receipt", id).with(as(estate.staffB)))
        .andExpect(status().isForbidden())
        .andExpect(content().string(not(containsString(estate.ownerA.name()))));
    mvc.perform(get("/payments/{id}/receipt", id).with(as(estate.manager)))
        .andExpect(status().isOk());
  }

  @Test
  void aManagerReversesWithAReasonAndTheBillsAreOpenAgain() throws Exception {
    EstateFixture estate = billedEstate();
    long id = record(estate, "495.60");
    Viewer all = Viewer.everything(estate.manager.id());
    assertThat(viewPayments.unitMoney(estate.unitA.id(), all).outstanding()).isEqualTo(Money.ZERO);

    mvc.perform(post("/payments/{id}/reverse", id).with(as(estate.staffA)).with(csrf()).param("reason", "收错了"))
        .andExpect(status().isForbidden());
    mvc.perform(get("/payments/{id}/receipt", id).with(as(estate.manager)))
        .andExpect(content().string(containsString("id=\"reverse-form\"")));
    mvc.perform(post("/payments/{id}/reverse", id).with(as(estate.manager)).with(csrf()).param("reason", "  "))
        .andExpect(status().isOk())
        .andExpect(content().string(matchesPattern("(?s).*id=\"reason-error\"[^>]*>冲正必须填写原因。<.*")))
        .andExpect(content().string(not(containsString("void-stamp"))));
    assertThat(payments.byId(id).orElseThrow().reversed()).as("nothing changed").isFalse();
    assertThat(viewPayments.unitMoney(estate.unitA.id(), all).outstanding()).isEqualTo(Money.ZERO);

    mvc.perform(post("/payments/{id}/reverse", id).with(as(estate.manager)).with(csrf()).param("reason", "金额登记错误"))
        .andExpect(redirectedUrl("/payments/" + id + "/receipt"))
        .andExpect(flash().attribute("message", "payment.reversed"));
    mvc.perform(get("/payments/{id}/receipt", id).with(as(estate.staffA)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"void-stamp\"")))
        .andExpect(content().string(containsString("作废")))
        .andExpect(content().string(containsString(today() + " 冲正，原因：金额登记错误")))
        .andExpect(content().string(not(containsString("reverse-form"))));
    assertThat(viewPayments.unitMoney(estate.unitA.id(), all).outstanding()).isEqualTo(Money.of("495.60"));
    mvc.perform(get("/units/{id}", estate.unitA.id()).with(as(estate.staffA)))
        .andExpect(content().string(containsString("¥495.60")))
        .andExpect(content().string(containsString("已冲正")));

    mvc.perform(post("/payments/{id}/reverse", id).with(as(estate.manager)).with(csrf()).param("reason", "再来一次"))
        .andExpect(redirectedUrl("/payments/" + id + "/receipt"))
        .andExpect(flash().attribute("problem", "payment.reverse.already"));
    assertThat(payments.byId(id).orElseThrow().reversalReason()).isEqualTo("金额登记错误");
  }

  @Test
  void theSearchFindsAPaymentByItsReceiptNumber() throws Exception {
    EstateFixture estate = billedEstate();
    long id = record(estate, "88.00");
    String number = payments.byId(id).orElseThrow().receiptNumber();
    mvc.perform(get("/payments").param("q", number).with(as(estate.staffA)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("href=\"/payments/" + id + "/receipt\"")))
        .andExpect(content().string(containsString("88.00")))
        .andExpect(content().string(containsString("id=\"nav-payments\"")));
    mvc.perform(get("/payments").param("q", number + "X").with(as(estate.staffA)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"no-payments\"")));
  }
}
