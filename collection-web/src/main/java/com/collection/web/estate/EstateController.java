package com.collection.web.estate;

import com.collection.core.arrears.ViewCases;
import com.collection.core.billing.ViewBills;
import com.collection.core.estate.UnitSearch;
import com.collection.core.adjustment.ViewAdjustments;
import com.collection.core.estate.ViewEstate;
import com.collection.core.statement.UnitLedger;
import com.collection.core.statement.ViewLedger;
import com.collection.core.shared.PageRequest;
import com.collection.web.security.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Staff find units and owners: the search, a unit's page and an owner's page. */
@Controller
class EstateController {

  static final int PAGE_SIZE = 25;
  static final int BILLS_PER_PAGE = 24;
  /** The unit page shows the latest ledger lines; the full ledger has its own page. */
  static final int RECENT_LEDGER_LINES = 10;

  private final ViewEstate viewEstate;
  private final ViewBills viewBills;
  private final com.collection.core.payment.ViewPayments viewPayments;

  private final ViewAdjustments viewAdjustments;
  private final ViewLedger viewLedger;
  private final ViewCases viewCases;

  EstateController(ViewEstate viewEstate, ViewBills viewBills, com.collection.core.payment.ViewPayments viewPayments,
      ViewAdjustments viewAdjustments, ViewLedger viewLedger, ViewCases viewCases) {
    this.viewEstate = viewEstate;
    this.viewBills = viewBills;
    this.viewPayments = viewPayments;
    this.viewAdjustments = viewAdjustments;
    this.viewLedger = viewLedger;
    this.viewCases = viewCases;
  }

  @GetMapping("/units")
  String search(@ModelAttribute("search") UnitSearchForm form, BindingResult wrongTypesIgnored,
      @RequestParam(name = "page", required = false) Integer page, Model model) {
    CurrentUser user = CurrentUser.require();
    UnitSearch search = new UnitSearch(form.getCommunityId(), form.getBuildingId(),
        form.getUnitNumber(), form.getOwnerName(), form.getPhone());
    model.addAttribute("units", viewEstate.searchUnits(search, user.viewer(), PageRequest.of(page, PAGE_SIZE)));
    model.addAttribute("buildings", viewEstate.buildings(user.viewer()));
    model.addAttribute("communities", viewEstate.communities());
    return "estate/units";
  }

  @GetMapping("/units/{unitId}")
  String unit(@PathVariable long unitId, @RequestParam(name = "page", required = false) Integer page,
      @RequestParam(name = "timelinePage", required = false) Integer timelinePage, Model model) {
    CurrentUser user = CurrentUser.require();
    model.addAttribute("view", viewEstate.unit(unitId, user.viewer()));
    model.addAttribute("bills", viewBills.ofUnit(unitId, user.viewer(), PageRequest.of(page, BILLS_PER_PAGE)));
    model.addAttribute("canVoid", user.managerOrAdmin());
    model.addAttribute("money", viewPayments.unitMoney(unitId, user.viewer()));
    model.addAttribute("adjustments", viewAdjustments.ofUnit(unitId, user.viewer()));
    UnitLedger ledger = viewLedger.recentLines(unitId, user.viewer(), RECENT_LEDGER_LINES);
    model.addAttribute("ledger", ledger);
    model.addAttribute("lateFees", ledger.lateFees());
    // the arrears case and its timeline (催缴记录), paged on their own
    model.addAttribute("caseCard", viewCases.ofUnit(unitId, user.viewer()).orElse(null));
    model.addAttribute("timeline", viewCases.timelineOfUnit(unitId, user.viewer(),
        PageRequest.of(timelinePage, ViewCases.TIMELINE_PAGE)));
    return "estate/unit";
  }

  @GetMapping("/owners/{ownerId}")
  String owner(@PathVariable long ownerId, Model model) {
    model.addAttribute("view", viewEstate.owner(ownerId, CurrentUser.require().viewer()));
    return "estate/owner";
  }
}
