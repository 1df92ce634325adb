package com.collection.web.arrears;

import com.collection.core.arrears.CaseCategory;
import com.collection.core.arrears.Channel;
import com.collection.core.arrears.LogCollectionAttempt;
import com.collection.core.arrears.Reached;
import com.collection.core.arrears.ViewCases;
import com.collection.core.shared.DomainException;
import com.collection.core.shared.Viewer;
import com.collection.web.security.CurrentUser;
import com.collection.web.system.FormErrors;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Logging a collection attempt (催缴记录) on a case: one short form with the case beside it, then
 * back to the list it was opened from (its filters and page kept) with a message. A refused attempt
 * shows the form again with the message on its field; nothing is stored.
 */
@Controller
class AttemptsController {

  private final ViewCases viewCases;
  private final LogCollectionAttempt logAttempt;
  private final Clock clock;

  AttemptsController(ViewCases viewCases, LogCollectionAttempt logAttempt, Clock clock) {
    this.viewCases = viewCases;
    this.logAttempt = logAttempt;
    this.clock = clock;
  }

  @InitBinder("attemptForm")
  void dateTimes(WebDataBinder binder) {
    binder.registerCustomEditor(LocalDateTime.class, new LocalDateTimeEditor());
  }

  @GetMapping("/cases/{caseId}/attempts/new")
  String form(@PathVariable long caseId, @RequestParam(name = "back", required = false) String back, Model model) {
    AttemptForm form = new AttemptForm();
    form.setBack(BackLink.orWorklist(back));
    form.setWhen(now());
    form.setToken(java.util.UUID.randomUUID().toString());
    return formPage(caseId, form, model);
  }

  @PostMapping("/cases/{caseId}/attempts")
  String log(@PathVariable long caseId, @ModelAttribute("attemptForm") AttemptForm form, BindingResult errors,
      Model model, RedirectAttributes flash) {
    Viewer viewer = CurrentUser.require().viewer();
    if (!errors.hasErrors()) {
      try {
        // the form's token: sent twice (a double click, a resent request), it logs one attempt
        logAttempt.log(form.toCommand(caseId, viewer), form.getToken());
        flash.addFlashAttribute("message", "arrears.attempt.logged");
        return "redirect:" + BackLink.orWorklist(form.getBack());
      } catch (DomainException e) {
        FormErrors.reject(errors, e);
      }
    }
    return formPage(caseId, form, model);
  }

  private String formPage(long caseId, AttemptForm form, Model model) {
    Viewer viewer = CurrentUser.require().viewer();
    ViewCases.CaseForAttempt found = viewCases.forAttempt(caseId, viewer);
    form.setBack(BackLink.orWorklist(form.getBack()));
    LocalDate today = LocalDate.now(clock);
    model.addAttribute("found", found);
    model.addAttribute("card", found.card());
    var row = found.card().row();
    model.addAttribute("unitLabel", row == null ? "" : row.communityName() + " " + row.buildingName() + " " + row.unitNumber());
    model.addAttribute("attemptForm", form);
    model.addAttribute("countingChannels", Arrays.stream(Channel.values()).filter(Channel::counts).toList());
    model.addAttribute("otherChannels", Arrays.stream(Channel.values()).filter(c -> !c.counts()).toList());
    model.addAttribute("reachedValues", Reached.values());
    model.addAttribute("outcomes", CaseCategory.OUTCOMES);
    model.addAttribute("today", today);
    model.addAttribute("latestPromise", today.plusDays(com.collection.core.arrears.Promise.STAFF_MAX_DAYS_AHEAD));
    model.addAttribute("now", LocalDateTimeEditor.SHOWN.format(now()));
    model.addAttribute("away", found.card().arrearsCase().category() == CaseCategory.AWAY_ON_BUSINESS
        || form.getOutcome() == CaseCategory.AWAY_ON_BUSINESS);
    return "arrears/attempt";
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
  }
}
