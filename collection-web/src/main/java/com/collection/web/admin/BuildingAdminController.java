package com.collection.web.admin;

import com.collection.web.system.FormErrors;
import com.collection.core.estate.AddUnit;
import com.collection.core.estate.Area;
import com.collection.core.estate.Building;
import com.collection.core.estate.BuildingSummary;
import com.collection.core.estate.Community;
import com.collection.core.estate.Occupancy;
import com.collection.core.estate.SaveBuilding;
import com.collection.core.estate.SaveCommunity;
import com.collection.core.estate.UnitSearch;
import com.collection.core.estate.UnitUse;
import com.collection.core.estate.ViewEstate;
import com.collection.core.shared.DomainException;
import com.collection.core.shared.Page;
import com.collection.core.shared.PageRequest;
import com.collection.core.staff.ManageStaff;
import com.collection.core.staff.StaffMember;
import com.collection.web.security.CurrentUser;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A community's buildings (list and new building), a building's details and its units (list and
 * new unit).
 */
@Controller
class BuildingAdminController {

  static final int PAGE_SIZE = 50;
  static final String BUILDINGS = "admin/community-buildings";
  static final String BUILDING = "admin/building";

  private final SaveCommunity saveCommunity;
  private final SaveBuilding saveBuilding;
  private final AddUnit addUnit;
  private final ManageStaff manageStaff;
  private final ViewEstate viewEstate;

  BuildingAdminController(SaveCommunity saveCommunity, SaveBuilding saveBuilding, AddUnit addUnit,
      ManageStaff manageStaff, ViewEstate viewEstate) {
    this.saveCommunity = saveCommunity;
    this.saveBuilding = saveBuilding;
    this.addUnit = addUnit;
    this.manageStaff = manageStaff;
    this.viewEstate = viewEstate;
  }

  @GetMapping("/admin/communities/{communityId}/buildings")
  String buildings(@PathVariable long communityId,
      @RequestParam(name = "page", required = false) Integer page, Model model) {
    model.addAttribute("buildingForm", new BuildingForm());
    return showBuildings(saveCommunity.byId(communityId), page, model);
  }

  @PostMapping("/admin/communities/{communityId}/buildings")
  String createBuilding(@PathVariable long communityId,
      @Valid @ModelAttribute("buildingForm") BuildingForm form, BindingResult errors, Model model,
      RedirectAttributes flash) {
    Community community = saveCommunity.byId(communityId);
    if (errors.hasErrors()) {
      return showBuildings(community, null, model);
    }
    Building created;
    try {
      created = saveBuilding.create(communityId, form.getName(), form.getResponsibleStaffId());
    } catch (DomainException e) {
      FormErrors.reject(errors, e);
      return showBuildings(community, null, model);
    }
    flash.addFlashAttribute("message", "admin.building.created");
    return "redirect:/admin/buildings/" + created.id();
  }

  @GetMapping("/admin/buildings/{buildingId}")
  String building(@PathVariable long buildingId,
      @RequestParam(name = "page", required = false) Integer page, Model model) {
    return showBuilding(saveBuilding.byId(buildingId), page, model);
  }

  @PostMapping("/admin/buildings/{buildingId}")
  String saveBuilding(@PathVariable long buildingId,
      @Valid @ModelAttribute("buildingForm") BuildingForm form, BindingResult errors, Model model,
      RedirectAttributes flash) {
    Building building = saveBuilding.byId(buildingId);
    if (errors.hasErrors()) {
      return showBuilding(building, null, model);
    }
    try {
      saveBuilding.edit(buildingId, form.getName(), form.getResponsibleStaffId());
    } catch (DomainException e) {
      FormErrors.reject(errors, e);
      return showBuilding(building, null, model);
    }
    flash.addFlashAttribute("message", "admin.building.saved");
    return "redirect:/admin/buildings/" + buildingId;
  }

  /** The units list's pager links point here after a failed POST: back to the building's page. */
  @GetMapping("/admin/buildings/{buildingId}/units")
  String units(@PathVariable long buildingId,
      @RequestParam(name = "page", required = false) Integer page) {
    return "redirect:/admin/buildings/" + buildingId + (page == null ? "" : "?page=" + Math.max(0, page));
  }

  @PostMapping("/admin/buildings/{buildingId}/units")
  String addUnit(@PathVariable long buildingId, @Valid @ModelAttribute("unitForm") UnitForm form,
      BindingResult errors, Model model, RedirectAttributes flash) {
    Building building = saveBuilding.byId(buildingId);
    if (errors.hasErrors()) {
      return showBuilding(building, null, model);
    }
    try {
      addUnit.add(buildingId, form.getNumber(), form.getFloor(), new Area(form.getArea()),
          form.getUse(), form.getOccupancy());
    } catch (DomainException e) {
      FormErrors.reject(errors, e);
      return showBuilding(building, null, model);
    }
    flash.addFlashAttribute("message", "admin.unit.added");
    return "redirect:/admin/buildings/" + buildingId;
  }

  private String showBuildings(Community community, Integer page, Model model) {
    List<BuildingSummary> all = viewEstate.buildings(CurrentUser.require().viewer()).stream()
        .filter(b -> b.communityId() == community.id())
        .toList();
    model.addAttribute("community", community);
    model.addAttribute("buildings", Page.slice(all, PageRequest.of(page, PAGE_SIZE)));
    model.addAttribute("staffOptions", staffOptions(null));
    return BUILDINGS;
  }

  private String showBuilding(Building building, Integer page, Model model) {
    if (!model.containsAttribute("buildingForm")) {
      model.addAttribute("buildingForm", BuildingForm.of(building));
    }
    if (!model.containsAttribute("unitForm")) {
      model.addAttribute("unitForm", new UnitForm());
    }
    model.addAttribute("building", building);
    model.addAttribute("community", saveCommunity.byId(building.communityId()));
    model.addAttribute("units", viewEstate.searchUnits(
        new UnitSearch(null, building.id(), null, null, null), CurrentUser.require().viewer(),
        PageRequest.of(page, PAGE_SIZE)));
    model.addAttribute("staffOptions", staffOptions(building.responsibleStaffId()));
    model.addAttribute("uses", UnitUse.values());
    model.addAttribute("occupancies", Occupancy.values());
    return BUILDING;
  }

  /** Enabled staff members (and the current responsible one even if disabled), id to label. */
  private Map<Long, String> staffOptions(Long current) {
    Map<Long, String> options = new LinkedHashMap<>();
    for (StaffMember member : manageStaff.all()) {
      if (member.enabled() || Objects.equals(member.id(), current)) {
        options.put(member.id(), member.displayName() + " (" + member.username() + ")");
      }
    }
    return options;
  }
}
