package com.collection.web.home;

import com.collection.core.estate.ViewEstate;
import com.collection.web.security.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

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

  /**
   * The access-denied page, for every method: Spring Security forwards a refused request here as it
   * came, a POST without its right or with a missing or wrong CSRF token included.
   */
  @RequestMapping("/denied")
  String denied(HttpServletResponse response) {
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    return "denied";
  }
}
