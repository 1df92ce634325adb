package com.collection.web.payment;

import com.collection.core.billing.BillLine;
import com.collection.core.billing.ViewBills;
import com.collection.core.estate.Owner;
import com.collection.core.estate.UnitView;
import com.collection.core.estate.ViewEstate;
import com.collection.core.payment.Allocator;
import com.collection.core.payment.OpenBill;
import com.collection.core.payment.Payment;
import com.collection.core.payment.PaymentMethod;
import com.collection.core.payment.RecordPayment;
import com.collection.core.payment.ReversePayment;
import com.collection.core.payment.ViewPayments;
import com.collection.core.shared.AccessRefusedException;
import com.collection.core.shared.DomainException;
import com.collection.core.shared.Money;
import com.collection.core.shared.NotFoundException;
import com.collection.core.shared.Page;
import com.collection.core.shared.PageRequest;
import com.collection.core.shared.Viewer;
import com.collection.web.security.CurrentUser;
import com.collection.web.system.FormErrors;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.BeanUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff record money received for a unit (form, preview, confirm), print its receipt and find
 * payments; a manager reverses a payment (冲正) with a reason.
 */
@Controller
class PaymentsController {

  static final int PAGE_SIZE = 25;
  /** How many of a unit's bills one call of {@link ViewBills} returns (its maximum page). */
  private static final int BILL_PAGE = PageRequest.MAX_SIZE;

  private final RecordPayment recordPayment;
  private final ReversePayment reversePayment;
  private final ViewPayments viewPayments;
  private final ViewEstate viewEstate;
  private final ViewBills viewBills;
  private final Clock clock;

  PaymentsController(RecordPayment recordPayment, ReversePayment reversePayment, ViewPayments viewPayments,
      ViewEstate viewEstate, ViewBills viewBills, Clock clock) {
    this.recordPayment = recordPayment;
    this.reversePayment = reversePayment;
    this.viewPayments = viewPayments;
    this.viewEstate = viewEstate;
    this.viewBills = viewBills;
    this.clock = clock;
  }

  // --- recording ---

  @GetMapping("/units/{unitId}/payments/new")
  String form(@PathVariable long unitId, Model model) {
    Viewer viewer = CurrentUser.require().viewer();
    UnitView unit = viewEstate.unit(unitId, viewer);
    PaymentForm form = new PaymentForm();
    form.setPayer(defaultPayer(unit.currentOwners()));
    form.setReceivedOn(LocalDate.now(clock));
    form.setToken(UUID.randomUUID().toString());
    return formPage(unit, form, null, model);
  }

  @PostMapping("/units/{unitId}/payments/preview")
  String preview(@PathVariable long unitId, @Valid @ModelAttribute("paymentForm") PaymentForm form,
      BindingResult errors, Model model) {
    Viewer viewer = CurrentUser.require().viewer();
    UnitView unit = viewEstate.unit(unitId, viewer);
    Allocator.Plan plan = null;
    if (!errors.hasErrors()) {
      try {
        plan = recordPayment.preview(form.toCommand(unitId, viewer));
      } catch (DomainException e) {
        FormErrors.reject(errors, e);
      }
    }
    return formPage(unit, form, plan, model);
  }

  @PostMapping("/units/{unitId}/payments")
  String record(@PathVariable long unitId, @Valid @ModelAttribute("paymentForm") PaymentForm form,
      BindingResult errors, Model model, RedirectAttributes flash) {
    Viewer viewer = CurrentUser.require().viewer();
    UnitView unit = viewEstate.unit(unitId, viewer);
    if (!errors.hasErrors()) {
      Instant asked = clock.instant();
      try {
        Payment payment = recordPayment.record(form.toCommand(unitId, viewer));
        // The same form sent again (double click, back and resubmit, a second tab) gives the
        // payment recorded the first time: say so rather than "recorded".
        boolean earlier = payment.recordedAt().isBefore(asked);
        flash.addFlashAttribute("message", earlier ? "payment.alreadyRecorded" : "payment.recorded");
        return "redirect:/payments/" + payment.id() + "/receipt";
      } catch (DomainException e) {
        FormErrors.reject(errors, e);
      }
    }
    return formPage(unit, form, null, model);
  }

  // --- receipts and reversal ---

  @GetMapping("/payments/{paymentId}/receipt")
  String receipt(@PathVariable long paymentId, Model model) {
    return receiptPage(paymentId, new ReverseForm(), model);
  }

  @PostMapping("/payments/{paymentId}/reverse")
  String reverse(@PathVariable long paymentId, @Valid @ModelAttribute("reverseForm") ReverseForm form,
      BindingResult errors, Model model, RedirectAttributes flash) {
    CurrentUser user = CurrentUser.require();
    if (!user.managerOrAdmin()) {
      throw new AccessDeniedException("only managers reverse payments");
    }
    if (!errors.hasErrors()) {
      try {
        reversePayment.reverse(paymentId, form.getReason(), user.staffId());
        flash.addFlashAttribute("message", "payment.reversed");
        return "redirect:/payments/" + paymentId + "/receipt";
      } catch (DomainException e) {
        if (e.field() == null && !(e instanceof AccessRefusedException || e instanceof NotFoundException)) {
          // Not about the reason (already reversed, say): the receipt says so, without the form.
          flash.addFlashAttribute("problem", e.code());
          return "redirect:/payments/" + paymentId + "/receipt";
        }
        FormErrors.reject(errors, e);
      }
    }
    return receiptPage(paymentId, form, model);
  }

  // --- the search ---

  @GetMapping("/payments")
  String search(@RequestParam(name = "q", required = false) String q,
      @RequestParam(name = "page", required = false) Integer page, Model model) {
    model.addAttribute("q", q == null ? "" : q.strip());
    model.addAttribute("payments", viewPayments.search(q, CurrentUser.require().viewer(),
        PageRequest.of(page, PAGE_SIZE)));
    return "payment/list";
  }

  // --- pages ---

  private String formPage(UnitView unit, PaymentForm form, Allocator.Plan plan, Model model) {
    Viewer viewer = CurrentUser.require().viewer();
    long unitId = unit.unit().unitId();
    if (form.getToken() == null || form.getToken().isBlank()) {
      form.setToken(UUID.randomUUID().toString());
    }
    List<OpenBill> open = recordPayment.openBills(unitId, viewer);
    Map<Long, BillLine> lines = billLines(unitId, open, viewer);
    List<OpenBillRow> rows = open.stream().map(b -> OpenBillRow.of(b, lines.get(b.billId()))).toList();
    Map<Long, OpenBillRow> byId = rows.stream().collect(Collectors.toMap(OpenBillRow::billId, r -> r));
    model.addAttribute("unitView", unit);
    model.addAttribute("paymentForm", form);
    model.addAttribute("openBills", rows);
    model.addAttribute("outstanding", open.stream().map(OpenBill::outstanding).reduce(Money.ZERO, Money::plus));
    model.addAttribute("methods", PaymentMethod.values());
    model.addAttribute("referenceMethods", java.util.Arrays.stream(PaymentMethod.values())
        .filter(PaymentMethod::takesReference).map(Enum::name).toList());
    model.addAttribute("neededReferenceMethods", java.util.Arrays.stream(PaymentMethod.values())
        .filter(PaymentMethod::needsReference).map(Enum::name).toList());
    model.addAttribute("today", LocalDate.now(clock));
    model.addAttribute("plan", plan == null ? null : new PlanView(plan.shares().stream()
        .map(s -> new ShareRow(byId.getOrDefault(s.bill().billId(), OpenBillRow.of(s.bill(), null)), s.amount()))
        .toList(), plan.allocated(), plan.credit(), plan.allocated().plus(plan.credit())));
    return "payment/form";
  }

  private String receiptPage(long paymentId, ReverseForm form, Model model) {
    CurrentUser user = CurrentUser.require();
    model.addAttribute("receipt", viewPayments.receipt(paymentId, user.viewer()));
    model.addAttribute("reverseForm", form);
    model.addAttribute("canReverse", user.managerOrAdmin());
    return "payment/receipt";
  }

  /** The unit's bills behind the open ones, for their period, fee item and amount. */
  private Map<Long, BillLine> billLines(long unitId, List<OpenBill> open, Viewer viewer) {
    Set<Long> wanted = open.stream().map(OpenBill::billId).collect(Collectors.toSet());
    Map<Long, BillLine> found = new HashMap<>();
    int page = 0;
    while (found.size() < wanted.size()) {
      Page<BillLine> bills = viewBills.ofUnit(unitId, viewer, new PageRequest(page, BILL_PAGE));
      bills.items().stream().filter(l -> wanted.contains(l.bill().id())).forEach(l -> found.put(l.bill().id(), l));
      if (!bills.hasNext()) {
        break;
      }
      page++;
    }
    return found;
  }

  /** The current owners' names, as the payer's default (or the first owner's, if that is too long). */
  private static String defaultPayer(List<Owner> owners) {
    if (owners.isEmpty()) {
      return "";
    }
    String all = owners.stream().map(Owner::name).collect(Collectors.joining("、"));
    return all.length() <= 50 ? all : owners.get(0).name();
  }

  /** An open bill as the form lists it. */
  record OpenBillRow(long billId, String period, String feeItemName, LocalDate dueDate, Money amount,
      Money outstanding) {

    static OpenBillRow of(OpenBill bill, BillLine line) {
      return line == null
          ? new OpenBillRow(bill.billId(), null, null, bill.dueDate(), bill.ref().amount(), bill.outstanding())
          : new OpenBillRow(bill.billId(), line.bill().period().key(), line.feeItemName(), bill.dueDate(),
              bill.ref().amount(), bill.outstanding());
    }
  }

  /** One bill's share in the preview. */
  record ShareRow(OpenBillRow bill, Money amount) {
  }

  /** The preview: which bill gets how much, and the credit left. */
  record PlanView(List<ShareRow> shares, Money allocated, Money credit, Money total) {
  }
}
