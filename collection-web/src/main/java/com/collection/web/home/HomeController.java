package com.collection.web.home;

import com.collection.core.estate.Communities;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

  private final Communities communities;

  HomeController(Communities communities) {
    this.communities = communities;
  }

  @GetMapping("/")
  String home(Model model) {
    model.addAttribute("communityCount", communities.count());
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
