package com.collection.web.statement;

import com.collection.core.estate.ViewEstate;
import com.collection.core.shared.DomainException;
import com.collection.core.shared.Viewer;
import com.collection.core.statement.Statement;
import com.collection.core.statement.ViewLedger;
import com.collection.web.security.CurrentUser;
import com.collection.web.system.FormErrors;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A unit's full ledger (paginated; the latest page first) and statements (对账单) for a unit or an
 * owner over a date range, printable on A4. Without a range a statement covers this calendar year
 * up to today.
 */
@Controller
class LedgerController {

  static final int LEDGER_PAGE_SIZE = 30;

  private final ViewLedger viewLedger;
  private final ViewEstate viewEstate;
  private final Clock clock;

  LedgerController(ViewLedger viewLedger, ViewEstate viewEstate, Clock clock) {
    this.viewLedger = viewLedger;
    this.viewEstate = viewEstate;
    this.clock = clock;
  }

  @GetMapping("/units/{unitId}/ledger")
  String ledger(@PathVariable long unitId, @RequestParam(name = "page", required = false) Integer page, Model model) {
    Viewer viewer = CurrentUser.require().viewer();
    model.addAttribute("view", viewEstate.unit(unitId, viewer));
    model.addAttribute("ledger", viewLedger.unitLedger(unitId, viewer, page, LEDGER_PAGE_SIZE));
    return "statement/ledger";
  }

  @GetMapping("/units/{unitId}/statement")
  String unitStatement(@PathVariable long unitId, @ModelAttribute("range") StatementForm range, BindingResult errors,
      Model model) {
    Viewer viewer = CurrentUser.require().viewer();
    model.addAttribute("view", viewEstate.unit(unitId, viewer));
    return statementPage("/units/" + unitId + "/statement", range, errors, model,
        () -> viewLedger.unitStatement(unitId, range.getFrom(), range.getTo(), viewer));
  }

  @GetMapping("/owners/{ownerId}/statement")
  String ownerStatement(@PathVariable long ownerId, @ModelAttribute("range") StatementForm range, BindingResult errors,
      Model model) {
    Viewer viewer = CurrentUser.require().viewer();
    model.addAttribute("owner", viewEstate.owner(ownerId, viewer));
    return statementPage("/owners/" + ownerId + "/statement", range, errors, model,
        () -> viewLedger.ownerStatement(ownerId, range.getFrom(), range.getTo(), viewer));
  }

  /** The statement for the range, or the range form with what is wrong with it. */
  private String statementPage(String formAction, StatementForm range, BindingResult errors, Model model,
      Supplier<Statement> statement) {
    model.addAttribute("formAction", formAction);
    if (fillDefaults(range, errors)) {
      try {
        model.addAttribute("statement", statement.get());
      } catch (DomainException e) {
        FormErrors.reject(errors, e);
      }
    }
    return "statement/statement";
  }

  /** This year up to today when a date is missing; false when a typed date could not be read. */
  private boolean fillDefaults(StatementForm range, BindingResult errors) {
    if (errors.hasErrors()) {
      return false;
    }
    LocalDate today = LocalDate.now(clock);
    if (range.getTo() == null) {
      range.setTo(today);
    }
    if (range.getFrom() == null) {
      range.setFrom(range.getTo().withDayOfYear(1));
    }
    return true;
  }
}
