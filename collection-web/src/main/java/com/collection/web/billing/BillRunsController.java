package com.collection.web.billing;

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
import jakarta.validation.Valid;
import java.time.Clock;
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

/** Bill runs: the list, the form with its preview, the run, and a run's result. */
@Controller
class BillRunsController {

  private final RunBilling runBilling;
  private final ViewBillRuns viewRuns;
  private final ManageFeeItems feeItems;
  private final ViewEstate estate;
  private final Clock clock;

  BillRunsController(RunBilling runBilling, ViewBillRuns viewRuns, ManageFeeItems feeItems,
      ViewEstate estate, Clock clock) {
    this.runBilling = runBilling;
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

  @PostMapping("/billing/runs")
  String run(@Valid @ModelAttribute("runForm") BillRunForm form, BindingResult errors, Model model,
      RedirectAttributes flash) {
    if (!errors.hasErrors()) {
      try {
        BillRun run = runBilling.run(form.getCommunityId(), form.getFeeItemIds(), form.getPeriod(),
            CurrentUser.require().staffId());
        flash.addFlashAttribute("message", "billing.run.done");
        return "redirect:/billing/runs/" + run.id();
      } catch (DomainException e) {
        FormErrors.reject(errors, e);
      }
    }
    return formPage(form, null, model);
  }

  @GetMapping("/billing/runs/{runId}")
  String show(@PathVariable long runId, Model model) {
    BillRun run = viewRuns.byId(runId);
    model.addAttribute("run", run);
    model.addAttribute("community", estate.communities().stream()
        .filter(c -> c.id() == run.communityId()).findFirst().orElse(null));
    model.addAttribute("items", feeItems.ofCommunity(run.communityId()));
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
