package com.collection.web.home;

import com.collection.core.estate.ViewEstate;
import com.collection.web.security.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

  private final ViewEstate viewEstate;

  HomeController(ViewEstate viewEstate) {
    this.viewEstate = viewEstate;
  }

  /** The signed-in user's buildings with their unit counts (all buildings for managers). */
  @GetMapping("/")
  String home(Model model) {
    CurrentUser user = CurrentUser.require();
    model.addAttribute("buildings", viewEstate.buildings(user.viewer()));
    return "home";
  }

  @GetMapping("/login")
  String login() {
    return "login";
  }

  @GetMapping("/denied")
  String denied() {
    return "denied";
  }
}
