package com.collection.web.latefee;

import com.collection.core.estate.Community;
import com.collection.core.estate.ViewEstate;
import com.collection.core.latefee.ManageLateFeePolicy;
import com.collection.core.latefee.PostLateFee;
import com.collection.core.shared.AccessRefusedException;
import com.collection.core.shared.DomainException;
import com.collection.core.shared.NotFoundException;
import com.collection.web.security.CurrentUser;
import com.collection.web.system.FormErrors;
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

/**
 * Managers set each community's late-fee policy; staff who can see a unit post one of its bills'
 * accrued late fee as a late-fee bill.
 */
@Controller
class LateFeesController {

  private final ManageLateFeePolicy policies;
  private final PostLateFee postLateFee;
  private final ViewEstate viewEstate;

  LateFeesController(ManageLateFeePolicy policies, PostLateFee postLateFee, ViewEstate viewEstate) {
    this.policies = policies;
    this.postLateFee = postLateFee;
    this.viewEstate = viewEstate;
  }

  @GetMapping("/billing/late-fees")
  String policy(@RequestParam(name = "communityId", required = false) Long communityId, Model model) {
    Community community = chosen(communityId);
    if (community != null) {
      model.addAttribute("policyForm", LateFeePolicyForm.of(policies.of(community.id())));
    }
    return page(community, model);
  }

  @PostMapping("/billing/late-fees/{communityId}")
  String save(@PathVariable long communityId, @ModelAttribute("policyForm") LateFeePolicyForm form,
      BindingResult errors, Model model, RedirectAttributes flash) {
    Community community = chosen(communityId);
    if (community == null || community.id() != communityId) {
      throw new NotFoundException("community", communityId);
    }
    if (!errors.hasErrors()) {
      try {
        policies.save(communityId, form.isEnabled(), form.getDailyRatePercent(), form.getGraceDays(),
            form.getCapPercent(), CurrentUser.require().staffId());
        flash.addFlashAttribute("message", "latefee.policy.saved");
        return "redirect:/billing/late-fees?communityId=" + communityId;
      } catch (DomainException e) {
        FormErrors.reject(errors, e);
      }
    }
    return page(community, model);
  }

  /** Posts the bill's accrued late fee; back to its unit's page with what happened. */
  @PostMapping("/bills/{billId}/late-fee")
  String post(@PathVariable long billId, RedirectAttributes flash) {
    CurrentUser user = CurrentUser.require();
    long unitId = postLateFee.unitOfBill(billId, user.viewer());
    try {
      postLateFee.post(billId, user.viewer());
      flash.addFlashAttribute("message", "latefee.posted");
    } catch (NotFoundException | AccessRefusedException e) {
      throw e;
    } catch (DomainException e) {
      flash.addFlashAttribute("problem", e.code());
    }
    return "redirect:/units/" + unitId + "#bills-card";
  }

  private Community chosen(Long communityId) {
    List<Community> all = viewEstate.communities();
    if (communityId == null) {
      return all.isEmpty() ? null : all.get(0);
    }
    return all.stream().filter(c -> c.id() == communityId.longValue()).findFirst()
        .orElseThrow(() -> new NotFoundException("community", communityId));
  }

  private String page(Community community, Model model) {
    model.addAttribute("communities", viewEstate.communities());
    model.addAttribute("community", community);
    return "latefee/policy";
  }
}
