package com.collection.web.adjustment;

import com.collection.core.adjustment.AdjustmentKind;
import com.collection.core.adjustment.AdjustmentView;
import com.collection.core.adjustment.DecideAdjustment;
import com.collection.core.adjustment.RequestAdjustment;
import com.collection.core.adjustment.ViewAdjustments;
import com.collection.core.billing.BillLine;
import com.collection.core.billing.ViewBills;
import com.collection.core.estate.ViewEstate;
import com.collection.core.shared.DomainException;
import com.collection.core.shared.PageRequest;
import com.collection.core.shared.Viewer;
import com.collection.core.statement.ViewLedger;
import com.collection.web.security.CurrentUser;
import com.collection.web.system.FormErrors;
import jakarta.validation.Valid;
import java.util.List;
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
 * Adjustments (减免 / 补偿 / 更正): staff request one from a unit's page; managers decide pending
 * requests on their list (each with the unit's history) and undo approved ones with a counter-entry.
 */
@Controller
class AdjustmentsController {

  private static final int PAGE_SIZE = 25;
  private static final int HISTORY_LINES = 15;

  private final RequestAdjustment requestAdjustment;
  private final DecideAdjustment decideAdjustment;
  private final ViewAdjustments viewAdjustments;
  private final ViewEstate viewEstate;
  private final ViewBills viewBills;
  private final ViewLedger viewLedger;

  AdjustmentsController(RequestAdjustment requestAdjustment, DecideAdjustment decideAdjustment,
      ViewAdjustments viewAdjustments, ViewEstate viewEstate, ViewBills viewBills, ViewLedger viewLedger) {
    this.requestAdjustment = requestAdjustment;
    this.decideAdjustment = decideAdjustment;
    this.viewAdjustments = viewAdjustments;
    this.viewEstate = viewEstate;
    this.viewBills = viewBills;
    this.viewLedger = viewLedger;
  }

  // --- a request, from the unit's page ---

  @GetMapping("/units/{unitId}/adjustments/new")
  String requestForm(@PathVariable long unitId, @RequestParam(name = "bill", required = false) Long billId,
      Model model) {
    AdjustmentForm form = new AdjustmentForm();
    form.setBillId(billId);
    form.setKind(AdjustmentKind.WAIVER);
    return requestPage(unitId, form, viewBills.openOfUnit(unitId, CurrentUser.require().viewer()), model);
  }

  @PostMapping("/units/{unitId}/adjustments")
  String request(@PathVariable long unitId, @Valid @ModelAttribute("form") AdjustmentForm form, BindingResult errors,
      Model model, RedirectAttributes flash) {
    Viewer viewer = CurrentUser.require().viewer();
    List<BillLine> open = viewBills.openOfUnit(unitId, viewer);
    if (!errors.hasErrors()) {
      try {
        // the page posts the unit and one of its open bills: any other bill is a broken link
        if (open.stream().noneMatch(line -> line.bill().id().equals(form.getBillId()))) {
          throw DomainException.onField("billId", "adjustment.bill.notOfUnit");
        }
        requestAdjustment.request(form.getBillId(), form.getKind(), form.getAmount(), form.getReason(), viewer);
        flash.addFlashAttribute("message", "adjustment.requested");
        return "redirect:/units/" + unitId + "#adjustments-card";
      } catch (DomainException e) {
        FormErrors.reject(errors, e);
      }
    }
    return requestPage(unitId, form, open, model);
  }

  private String requestPage(long unitId, AdjustmentForm form, List<BillLine> openBills, Model model) {
    model.addAttribute("view", viewEstate.unit(unitId, CurrentUser.require().viewer()));
    model.addAttribute("openBills", openBills);
    model.addAttribute("form", form);
    model.addAttribute("kinds", AdjustmentKind.values());
    return "adjustment/new";
  }

  // --- managers: the pending list, one request, decisions and counter-entries ---

  @GetMapping("/adjustments")
  String pending(@RequestParam(name = "page", required = false) Integer page, Model model) {
    model.addAttribute("pending", viewAdjustments.pending(requireManager().viewer(), PageRequest.of(page, PAGE_SIZE)));
    return "adjustment/list";
  }

  @GetMapping("/adjustments/{adjustmentId}")
  String one(@PathVariable long adjustmentId, Model model) {
    return onePage(adjustmentId, new DecisionForm(), model);
  }

  @PostMapping("/adjustments/{adjustmentId}/approve")
  String approve(@PathVariable long adjustmentId, RedirectAttributes flash) {
    CurrentUser user = requireManager();
    try {
      decideAdjustment.approve(adjustmentId, user.staffId());
      flash.addFlashAttribute("message", "adjustment.approved");
    } catch (DomainException e) {
      return problem(adjustmentId, e, flash);
    }
    return "redirect:/adjustments/" + adjustmentId;
  }

  /** A rule broken by a decision (already decided, own request, too much now): said on the request's page. */
  private static String problem(long adjustmentId, DomainException e, RedirectAttributes flash) {
    FormErrors.rethrowIfNotARule(e);
    flash.addFlashAttribute("problem", e.code());
    flash.addFlashAttribute("problemArgs", e.args());
    return "redirect:/adjustments/" + adjustmentId;
  }

  @PostMapping("/adjustments/{adjustmentId}/reject")
  String reject(@PathVariable long adjustmentId, @Valid @ModelAttribute("decision") DecisionForm form,
      BindingResult errors, Model model, RedirectAttributes flash) {
    return withNote(adjustmentId, form, errors, model, flash, "adjustment.rejected",
        managerId -> decideAdjustment.reject(adjustmentId, form.getNote(), managerId));
  }

  @PostMapping("/adjustments/{adjustmentId}/counter")
  String counter(@PathVariable long adjustmentId, @Valid @ModelAttribute("decision") DecisionForm form,
      BindingResult errors, Model model, RedirectAttributes flash) {
    return withNote(adjustmentId, form, errors, model, flash, "adjustment.countered",
        managerId -> decideAdjustment.counter(adjustmentId, form.getNote(), managerId));
  }

  /**
   * A decision that carries the form's note (a rejection, a counter-entry): a problem with the note
   * is shown on the form, any other broken rule on the request's page.
   */
  private String withNote(long adjustmentId, DecisionForm form, BindingResult errors, Model model,
      RedirectAttributes flash, String done, java.util.function.LongConsumer decision) {
    CurrentUser user = requireManager();
    if (!errors.hasErrors()) {
      try {
        decision.accept(user.staffId());
        flash.addFlashAttribute("message", done);
        return "redirect:/adjustments/" + adjustmentId;
      } catch (DomainException e) {
        if (e.field() == null) {
          return problem(adjustmentId, e, flash);
        }
        errors.rejectValue("note", e.code(), e.args(), e.code());
      }
    }
    return onePage(adjustmentId, form, model);
  }

  private String onePage(long adjustmentId, DecisionForm form, Model model) {
    Viewer viewer = requireManager().viewer();
    AdjustmentView adjustment = viewAdjustments.one(adjustmentId, viewer);
    long unitId = adjustment.adjustment().unitId();
    model.addAttribute("a", adjustment);
    model.addAttribute("decision", form);
    model.addAttribute("unitAdjustments", viewAdjustments.ofUnit(unitId, viewer));
    model.addAttribute("ledger", viewLedger.recentLines(unitId, viewer, HISTORY_LINES));
    model.addAttribute("canApprove", adjustment.adjustment().requestedBy() != viewer.staffId());
    return "adjustment/show";
  }

  private static CurrentUser requireManager() {
    CurrentUser user = CurrentUser.require();
    if (!user.managerOrAdmin()) {
      throw new AccessDeniedException("only managers decide adjustments");
    }
    return user;
  }
}
