package com.collection.web.admin;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The administration start page: links to staff accounts and communities. */
@Controller
class AdminController {

  @GetMapping("/admin")
  String index() {
    return "admin/index";
  }
}
