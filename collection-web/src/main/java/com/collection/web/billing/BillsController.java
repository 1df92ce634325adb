package com.collection.web.billing;

import com.collection.core.billing.Bill;
import com.collection.core.billing.VoidBill;
import com.collection.core.shared.DomainException;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A manager voids a bill (an error) with a reason, or reissues a voided bill's period. */
@Controller
class BillsController {

  private final VoidBill voidBill;

  BillsController(VoidBill voidBill) {
    this.voidBill = voidBill;
  }

  @PostMapping("/bills/{billId}/void")
  String voidBill(@PathVariable long billId, @Valid @ModelAttribute("voidForm") VoidForm form,
      BindingResult errors, RedirectAttributes flash) {
    Bill bill = voidBill.bill(billId);
    if (errors.hasErrors()) {
      flash.addFlashAttribute("problem", "bill.void.reasonRequired");
    } else {
      try {
        voidBill.voidBill(billId, form.getReason());
        flash.addFlashAttribute("message", "bill.voided");
      } catch (DomainException e) {
        flash.addFlashAttribute("problem", e.code());
      }
    }
    return "redirect:/units/" + bill.unitId();
  }

  @PostMapping("/bills/{billId}/reissue")
  String reissue(@PathVariable long billId, RedirectAttributes flash) {
    Bill bill = voidBill.bill(billId);
    try {
      voidBill.reissue(billId);
      flash.addFlashAttribute("message", "bill.reissued");
    } catch (DomainException e) {
      flash.addFlashAttribute("problem", e.code());
    }
    return "redirect:/units/" + bill.unitId();
  }
}
