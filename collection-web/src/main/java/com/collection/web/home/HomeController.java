package com.collection.web.home;

import org.springframework.stereotype.Controller;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
class HomeController {

  // The home page ("/") is the worklist: web.arrears.WorklistController.

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
