package com.collection.web.cashup;

import com.collection.core.cashup.CashUpReport;
import com.collection.core.cashup.ConfirmCashUp;
import com.collection.core.cashup.SubmitCashUp;
import com.collection.core.cashup.ViewCashUps;
import com.collection.core.shared.DomainException;
import com.collection.core.shared.PageRequest;
import com.collection.web.security.CurrentUser;
import com.collection.web.system.FormErrors;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The daily cash-up (收银日报): a person's day with the submit form (their own only), the manager's
 * confirmation, the printable A4 report, and the managers' page of every desk's day.
 */
@Controller
class CashUpController {

  static final int PAGE_SIZE = 25;

  private final ViewCashUps viewCashUps;
  private final SubmitCashUp submitCashUp;
  private final ConfirmCashUp confirmCashUp;
  private final Clock clock;

  CashUpController(ViewCashUps viewCashUps, SubmitCashUp submitCashUp, ConfirmCashUp confirmCashUp, Clock clock) {
    this.viewCashUps = viewCashUps;
    this.submitCashUp = submitCashUp;
    this.confirmCashUp = confirmCashUp;
    this.clock = clock;
  }

  /** A person's day: one's own unless a manager names another person. */
  @GetMapping("/cashup")
  String day(@RequestParam(name = "staff", required = false) Long staffId,
      @RequestParam(name = "day", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
      Model model) {
    CurrentUser user = CurrentUser.require();
    long who = staffId == null ? user.staffId() : staffId;
    LocalDate which = day == null ? LocalDate.now(clock) : day;
    CashUpForm form = new CashUpForm();
    form.setDay(which);
    return dayPage(who, which, form, model);
  }

  @PostMapping("/cashup")
  String submit(@ModelAttribute("cashUpForm") CashUpForm form, BindingResult errors, Model model,
      RedirectAttributes flash) {
    CurrentUser user = CurrentUser.require();
    LocalDate day = form.getDay() == null ? LocalDate.now(clock) : form.getDay();
    if (!errors.hasErrors()) {
      try {
        submitCashUp.submit(user.staffId(), form.getDay(), form.getCounted(), form.getReason());
        flash.addFlashAttribute("message", "cashup.submitted");
        return "redirect:" + dayLink(user.staffId(), day);
      } catch (DomainException e) {
        if (e.field() == null) {
          // not about a field (the report is confirmed, or changed meanwhile): the report says so
          FormErrors.rethrowIfNotARule(e);
          flash.addFlashAttribute("problem", e.code());
          return "redirect:" + dayLink(user.staffId(), day);
        }
        FormErrors.reject(errors, e);
      }
    }
    return dayPage(user.staffId(), day, form, model);
  }

  @PostMapping("/cashup/{cashUpId}/confirm")
  String confirm(@PathVariable long cashUpId, @RequestParam(name = "revision") int revision,
      RedirectAttributes flash) {
    CurrentUser user = CurrentUser.require();
    CashUpReport report = viewCashUps.report(cashUpId, user.viewer());
    try {
      confirmCashUp.confirm(cashUpId, revision, user.viewer());
      flash.addFlashAttribute("message", "cashup.confirmed");
    } catch (DomainException e) {
      FormErrors.rethrowIfNotARule(e);
      flash.addFlashAttribute("problem", e.code());
    }
    return "redirect:" + dayLink(report.staffId(), report.day());
  }

  @GetMapping("/cashup/{cashUpId}/print")
  String print(@PathVariable long cashUpId, Model model) {
    model.addAttribute("report", viewCashUps.report(cashUpId, CurrentUser.require().viewer()));
    return "cashup/print";
  }

  @GetMapping("/cashup/desks")
  String desks(@RequestParam(name = "day", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
      @RequestParam(name = "page", required = false) Integer page, Model model) {
    LocalDate which = day == null ? LocalDate.now(clock) : day;
    model.addAttribute("day", which);
    model.addAttribute("today", LocalDate.now(clock));
    model.addAttribute("desks", viewCashUps.desks(which, CurrentUser.require().viewer(), PageRequest.of(page, PAGE_SIZE)));
    return "cashup/desks";
  }

  private String dayPage(long staffId, LocalDate day, CashUpForm form, Model model) {
    CurrentUser user = CurrentUser.require();
    CashUpReport report = viewCashUps.report(staffId, day, user.viewer());
    LocalDate today = LocalDate.now(clock);
    boolean own = user.staffId() != null && user.staffId() == staffId;
    boolean confirmed = report.submitted() && report.cashUp().confirmed();
    if (form.getCounted() == null && report.submitted()) {
      form.setCounted(report.cashUp().counted().toString());
      form.setReason(report.cashUp().reason());
    }
    model.addAttribute("report", report);
    model.addAttribute("cashUpForm", form);
    model.addAttribute("today", today);
    model.addAttribute("own", own);
    model.addAttribute("canSubmit", own && !confirmed && !day.isAfter(today));
    model.addAttribute("canConfirm", user.managerOrAdmin() && !own && report.submitted() && !confirmed);
    return "cashup/day";
  }

  private static String dayLink(long staffId, LocalDate day) {
    return UriComponentsBuilder.fromPath("/cashup").queryParam("staff", staffId).queryParam("day", day)
        .build().toUriString();
  }
}
