package com.collection.web.admin;

import com.collection.web.system.FormErrors;
import com.collection.core.estate.BuildingSummary;
import com.collection.core.estate.Community;
import com.collection.core.estate.SaveCommunity;
import com.collection.core.estate.ViewEstate;
import com.collection.core.shared.DomainException;
import com.collection.web.security.CurrentUser;
import jakarta.validation.Valid;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Communities: the list, a new community and a community's details. */
@Controller
@RequestMapping("/admin/communities")
class CommunityAdminController {

  static final String LIST = "admin/communities";
  static final String FORM = "admin/community-form";

  private final SaveCommunity saveCommunity;
  private final ViewEstate viewEstate;

  CommunityAdminController(SaveCommunity saveCommunity, ViewEstate viewEstate) {
    this.saveCommunity = saveCommunity;
    this.viewEstate = viewEstate;
  }

  /** A row of the list: the community with its number of buildings and units. */
  record CommunityRow(Community community, long buildings, long units) {
  }

  @GetMapping
  String list(Model model) {
    Map<Long, long[]> counts = new HashMap<>();
    for (BuildingSummary building : viewEstate.buildings(CurrentUser.require().viewer())) {
      long[] count = counts.computeIfAbsent(building.communityId(), id -> new long[2]);
      count[0]++;
      count[1] += building.unitCount();
    }
    List<CommunityRow> rows = viewEstate.communities().stream()
        .map(c -> {
          long[] count = counts.getOrDefault(c.id(), new long[2]);
          return new CommunityRow(c, count[0], count[1]);
        })
        .toList();
    model.addAttribute("communities", rows);
    return LIST;
  }

  @GetMapping("/new")
  String newForm(@ModelAttribute("communityForm") CommunityForm form) {
    return FORM;
  }

  @PostMapping("/new")
  String create(@Valid @ModelAttribute("communityForm") CommunityForm form, BindingResult errors,
      RedirectAttributes flash) {
    if (errors.hasErrors()) {
      return FORM;
    }
    Community created;
    try {
      created = saveCommunity.create(form.toDetails());
    } catch (DomainException e) {
      FormErrors.reject(errors, e);
      return FORM;
    }
    flash.addFlashAttribute("message", "admin.community.created");
    return "redirect:/admin/communities/" + created.id() + "/buildings";
  }

  @GetMapping("/{communityId}")
  String edit(@PathVariable long communityId, Model model) {
    Community community = saveCommunity.byId(communityId);
    model.addAttribute("community", community);
    model.addAttribute("communityForm", CommunityForm.of(community));
    return FORM;
  }

  @PostMapping("/{communityId}")
  String save(@PathVariable long communityId,
      @Valid @ModelAttribute("communityForm") CommunityForm form, BindingResult errors, Model model,
      RedirectAttributes flash) {
    model.addAttribute("community", saveCommunity.byId(communityId));
    if (errors.hasErrors()) {
      return FORM;
    }
    try {
      saveCommunity.edit(communityId, form.toDetails());
    } catch (DomainException e) {
      FormErrors.reject(errors, e);
      return FORM;
    }
    flash.addFlashAttribute("message", "admin.community.saved");
    return "redirect:/admin/communities";
  }
}
