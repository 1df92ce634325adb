package com.collection.web.billing;

import com.collection.web.system.FormErrors;
import com.collection.core.billing.BillRun;
import com.collection.core.billing.BillRunPreview;
import com.collection.core.billing.ManageFeeItems;
import com.collection.core.billing.RunBilling;
import com.collection.core.billing.ViewBillRuns;
import com.collection.core.estate.Community;
import com.collection.core.estate.ViewEstate;
import com.collection.core.shared.DomainException;
import com.collection.core.shared.PageRequest;
import com.collection.web.security.CurrentUser;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Bill runs: the list, the form with its preview, starting and resuming a run, and a run's progress. */
@Controller
class BillRunsController {

  private static final String ALREADY_RUNNING = "billing.run.alreadyRunning";
  private static final int REFRESH_SECONDS = 3;

  private final RunBilling runBilling;
  private final BillRunLauncher launcher;
  private final ViewBillRuns viewRuns;
  private final ManageFeeItems feeItems;
  private final ViewEstate estate;
  private final Clock clock;

  BillRunsController(RunBilling runBilling, BillRunLauncher launcher, ViewBillRuns viewRuns,
      ManageFeeItems feeItems, ViewEstate estate, Clock clock) {
    this.runBilling = runBilling;
    this.launcher = launcher;
    this.viewRuns = viewRuns;
    this.feeItems = feeItems;
    this.estate = estate;
    this.clock = clock;
  }

  @GetMapping("/billing")
  String index() {
    return "redirect:/billing/runs";
  }

  @GetMapping("/billing/runs")
  String list(@RequestParam(name = "page", required = false) Integer page, Model model) {
    model.addAttribute("runs", viewRuns.list(null, PageRequest.of(page, 20)));
    List<Community> communities = estate.communities();
    model.addAttribute("communities", communities);
    model.addAttribute("communityNames", communities.stream()
        .collect(java.util.stream.Collectors.toMap(Community::id, Community::name)));
    return "billing/runs";
  }

  @GetMapping("/billing/runs/new")
  String form(@RequestParam(name = "communityId", required = false) Long communityId, Model model) {
    BillRunForm form = new BillRunForm();
    form.setCommunityId(communityId);
    form.setPeriod(YearMonth.now(clock).toString());
    return formPage(form, null, model);
  }

  @PostMapping("/billing/runs/preview")
  String preview(@Valid @ModelAttribute("runForm") BillRunForm form, BindingResult errors, Model model) {
    BillRunPreview preview = null;
    if (!errors.hasErrors()) {
      try {
        preview = runBilling.preview(form.getCommunityId(), form.getFeeItemIds(), form.getPeriod());
      } catch (DomainException e) {
        FormErrors.reject(errors, e);
      }
    }
    return formPage(form, preview, model);
  }

  /** Records the run and writes it in the background; the run's page shows its progress. */
  @PostMapping("/billing/runs")
  String run(@Valid @ModelAttribute("runForm") BillRunForm form, BindingResult errors, Model model,
      RedirectAttributes flash) {
    if (!errors.hasErrors()) {
      try {
        BillRun run = runBilling.start(form.getCommunityId(), form.getFeeItemIds(), form.getPeriod(),
            CurrentUser.require().staffId());
        launcher.launch(run.id());
        flash.addFlashAttribute("message", "billing.run.started");
        return "redirect:/billing/runs/" + run.id();
      } catch (DomainException e) {
        FormErrors.reject(errors, e);
        if (ALREADY_RUNNING.equals(e.code()) && e.args().length > 1 && String.valueOf(e.args()[1]).matches("\\d+")) {
          model.addAttribute("runningRunId", Long.valueOf(String.valueOf(e.args()[1])));
        }
      }
    }
    return formPage(form, null, model);
  }

  /** Goes on with a failed or stopped run after the last batch it wrote. */
  @PostMapping("/billing/runs/{runId}/resume")
  String resume(@PathVariable long runId, RedirectAttributes flash) {
    try {
      runBilling.resume(runId);
      launcher.launch(runId);
      flash.addFlashAttribute("message", "billing.run.resumed");
    } catch (DomainException e) {
      flash.addFlashAttribute("problem", ALREADY_RUNNING.equals(e.code()) ? "billing.run.resume.anotherRunning"
          : "billing.run.resume.notResumable");
    }
    return "redirect:/billing/runs/" + runId;
  }

  /**
   * A run's record and, while it runs, its progress: units done of the total, bills written,
   * elapsed and estimated time left. The page reloads itself every few seconds while the run is
   * going (an HTTP {@code Refresh} header: no JavaScript needed).
   */
  @GetMapping("/billing/runs/{runId}")
  String show(@PathVariable long runId, Model model, HttpServletResponse response) {
    BillRun run = viewRuns.byId(runId);
    Instant now = clock.instant();
    Duration staleAfter = runBilling.staleAfter();
    model.addAttribute("run", run);
    model.addAttribute("community", estate.communities().stream()
        .filter(c -> c.id() == run.communityId()).findFirst().orElse(null));
    model.addAttribute("items", feeItems.ofCommunity(run.communityId()));
    model.addAttribute("elapsed", run.elapsed(now));
    model.addAttribute("timeLeft", run.estimatedTimeLeft(now).orElse(null));
    model.addAttribute("stale", run.isStale(now, staleAfter));
    model.addAttribute("resumable", run.isResumable(now, staleAfter));
    model.addAttribute("staleMinutes", Math.max(1, staleAfter.toMinutes()));
    if (run.isRunning() && !run.isStale(now, staleAfter)) {
      response.setHeader("Refresh", String.valueOf(REFRESH_SECONDS));
    }
    return "billing/run";
  }

  private String formPage(BillRunForm form, BillRunPreview preview, Model model) {
    List<Community> communities = estate.communities();
    if (form.getCommunityId() == null && !communities.isEmpty()) {
      form.setCommunityId(communities.get(0).id());
    }
    model.addAttribute("runForm", form);
    model.addAttribute("communities", communities);
    model.addAttribute("items", form.getCommunityId() == null ? List.of()
        : feeItems.ofCommunity(form.getCommunityId()).stream().filter(i -> i.kind().runnable()).toList());
    model.addAttribute("preview", preview);
    return "billing/run-new";
  }
}
