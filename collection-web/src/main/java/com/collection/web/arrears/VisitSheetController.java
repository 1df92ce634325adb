package com.collection.web.arrears;

import com.collection.core.arrears.ViewCases;
import com.collection.web.security.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A printable visit sheet (走访单) of one building's open cases, for an evening or weekend round. */
@Controller
class VisitSheetController {

  private final ViewCases viewCases;

  VisitSheetController(ViewCases viewCases) {
    this.viewCases = viewCases;
  }

  @GetMapping("/buildings/{buildingId}/visit-sheet")
  String sheet(@PathVariable long buildingId, Model model) {
    model.addAttribute("sheet", viewCases.visitSheet(buildingId, CurrentUser.require().viewer()));
    return "arrears/visit-sheet";
  }
}
