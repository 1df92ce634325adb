package com.collection.web.billing;

import com.collection.web.system.FormErrors;
import com.collection.core.billing.BillingCycle;
import com.collection.core.billing.FeeKind;
import com.collection.core.billing.ManageFeeItems;
import com.collection.core.estate.SaveCommunity;
import com.collection.core.estate.UnitUse;
import com.collection.core.shared.DomainException;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A manager sets up a community's fee items and their rates. */
@Controller
class FeeItemsController {

  private final ManageFeeItems manageFeeItems;
  private final SaveCommunity communities;
  private final Clock clock;
  private final MessageSource messageSource;

  FeeItemsController(ManageFeeItems manageFeeItems, SaveCommunity communities, Clock clock,
      MessageSource messageSource) {
    this.messageSource = messageSource;
    this.manageFeeItems = manageFeeItems;
    this.communities = communities;
    this.clock = clock;
  }

  @GetMapping("/billing/communities/{communityId}/fee-items")
  String list(@PathVariable long communityId, Model model) {
    model.addAttribute("itemForm", new FeeItemForm());
    return page(communityId, null, List.of(), model);
  }

  @PostMapping("/billing/communities/{communityId}/fee-items")
  String create(@PathVariable long communityId, @Valid @ModelAttribute("itemForm") FeeItemForm form,
      BindingResult errors, Model model, RedirectAttributes flash) {
    if (!errors.hasErrors()) {
      try {
        manageFeeItems.create(communityId, form.getName(), form.getKind(), form.getCycle(),
            form.getDueDay(), form.isBillsVacant(), form.isBillsUnsold());
        flash.addFlashAttribute("message", "billing.feeItem.created");
        return "redirect:/billing/communities/" + communityId + "/fee-items";
      } catch (DomainException e) {
        FormErrors.reject(errors, e);
      }
    }
    return page(communityId, null, List.of(), model);
  }

  @PostMapping("/billing/fee-items/{feeItemId}/rates")
  String addRate(@PathVariable long feeItemId, @Valid @ModelAttribute("rateForm") RateForm form,
      BindingResult errors, Model model, RedirectAttributes flash, Locale locale) {
    long communityId = manageFeeItems.byId(feeItemId).communityId();
    if (!errors.hasErrors()) {
      try {
        manageFeeItems.addRate(feeItemId, form.getUse(), form.getEffectiveFrom(), form.getRate());
        flash.addFlashAttribute("message", "billing.rate.added");
        return "redirect:/billing/communities/" + communityId + "/fee-items";
      } catch (DomainException e) {
        FormErrors.reject(errors, e);
      }
    }
    model.addAttribute("itemForm", new FeeItemForm());
    List<String> messages = errors.getAllErrors().stream()
        .map(error -> messageSource.getMessage(error, locale)).toList();
    return page(communityId, feeItemId, messages, model);
  }

  private String page(long communityId, Long rateErrorsForItem, List<String> rateErrors, Model model) {
    model.addAttribute("rateErrors", rateErrors);
    model.addAttribute("nextMonth", LocalDate.now(clock).withDayOfMonth(1).plusMonths(1));
    model.addAttribute("community", communities.byId(communityId));
    model.addAttribute("items", manageFeeItems.ofCommunity(communityId));
    model.addAttribute("rateErrorsForItem", rateErrorsForItem);
    model.addAttribute("kinds", FeeKind.values());
    model.addAttribute("cycles", BillingCycle.values());
    model.addAttribute("uses", UnitUse.values());
    return "billing/fee-items";
  }
}
