package com.collection.web.admin;

import com.collection.web.system.FormErrors;
import com.collection.core.estate.BuildingSummary;
import com.collection.core.estate.ViewEstate;
import com.collection.core.shared.DomainException;
import com.collection.core.staff.ManageStaff;
import com.collection.core.staff.Role;
import com.collection.core.staff.StaffMember;
import com.collection.web.security.CurrentUser;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff accounts: the list, a new account, and an account's details, password and buildings. */
@Controller
@RequestMapping("/admin/staff")
class StaffAdminController {

  static final String LIST = "admin/staff-list";
  static final String NEW = "admin/staff-new";
  static final String EDIT = "admin/staff-edit";

  private final ManageStaff manageStaff;
  private final ViewEstate viewEstate;

  StaffAdminController(ManageStaff manageStaff, ViewEstate viewEstate) {
    this.manageStaff = manageStaff;
    this.viewEstate = viewEstate;
  }

  /** The buildings of one community, for the assignment checkboxes. */
  record CommunityBuildings(long communityId, String communityName, List<BuildingSummary> buildings) {
  }

  @ModelAttribute("roles")
  Role[] roles() {
    return Role.values();
  }

  @GetMapping
  String list(Model model) {
    model.addAttribute("staff", manageStaff.all());
    return LIST;
  }

  @GetMapping("/new")
  String newForm(@ModelAttribute("staffForm") NewStaffForm form) {
    return NEW;
  }

  @PostMapping("/new")
  String create(@Valid @ModelAttribute("staffForm") NewStaffForm form, BindingResult errors,
      RedirectAttributes flash) {
    if (errors.hasErrors()) {
      return NEW;
    }
    StaffMember created;
    try {
      created = manageStaff.create(form.getUsername(), form.getDisplayName(), form.getRole(),
          form.getPassword());
    } catch (DomainException e) {
      FormErrors.reject(errors, e);
      return NEW;
    }
    flash.addFlashAttribute("message", "admin.staff.created");
    return "redirect:/admin/staff/" + created.id();
  }

  @GetMapping("/{staffId}")
  String edit(@PathVariable long staffId, Model model) {
    return showEdit(manageStaff.byId(staffId), model);
  }

  @PostMapping("/{staffId}")
  String save(@PathVariable long staffId, @Valid @ModelAttribute("staffForm") StaffForm form,
      BindingResult errors, Model model, RedirectAttributes flash) {
    StaffMember member = manageStaff.byId(staffId);
    if (errors.hasErrors()) {
      return showEdit(member, model);
    }
    try {
      manageStaff.edit(actingAdminId(), staffId, form.getDisplayName(), form.getRole(),
          form.isEnabled());
    } catch (DomainException e) {
      FormErrors.reject(errors, e);
      return showEdit(member, model);
    }
    flash.addFlashAttribute("message", "admin.staff.saved");
    return "redirect:/admin/staff/" + staffId;
  }

  @PostMapping("/{staffId}/password")
  String resetPassword(@PathVariable long staffId,
      @Valid @ModelAttribute("passwordForm") PasswordResetForm form, BindingResult errors,
      Model model, RedirectAttributes flash) {
    StaffMember member = manageStaff.byId(staffId);
    if (errors.hasErrors()) {
      return showEdit(member, model);
    }
    try {
      manageStaff.resetPassword(staffId, form.getPassword());
    } catch (DomainException e) {
      FormErrors.reject(errors, e);
      return showEdit(member, model);
    }
    flash.addFlashAttribute("message", "admin.staff.passwordReset");
    return "redirect:/admin/staff/" + staffId;
  }

  @PostMapping("/{staffId}/buildings")
  String assignBuildings(@PathVariable long staffId,
      @ModelAttribute("assignmentForm") AssignmentForm form, BindingResult errors, Model model,
      RedirectAttributes flash) {
    StaffMember member = manageStaff.byId(staffId);
    if (errors.hasErrors()) {
      return showEdit(member, model);
    }
    // Only buildings that exist: a forged id must not reach the database as a broken reference.
    Set<Long> known = new HashSet<>();
    for (BuildingSummary building : allBuildings()) {
      known.add(building.buildingId());
    }
    Set<Long> chosen = new HashSet<>(form.getBuildingIds());
    chosen.retainAll(known);
    try {
      manageStaff.assignBuildings(staffId, chosen);
    } catch (DomainException e) {
      FormErrors.reject(errors, e);
      return showEdit(member, model);
    }
    flash.addFlashAttribute("message", "admin.staff.buildingsSaved");
    return "redirect:/admin/staff/" + staffId;
  }

  /** The edit page with its three forms; a form that failed keeps what was typed and its errors. */
  private String showEdit(StaffMember member, Model model) {
    model.addAttribute("member", member);
    if (!model.containsAttribute("staffForm")) {
      model.addAttribute("staffForm", StaffForm.of(member));
    }
    if (!model.containsAttribute("passwordForm")) {
      model.addAttribute("passwordForm", new PasswordResetForm());
    }
    if (!model.containsAttribute("assignmentForm")) {
      model.addAttribute("assignmentForm", AssignmentForm.of(member.buildingIds()));
    }
    model.addAttribute("communities", byCommunity(allBuildings()));
    return EDIT;
  }

  private List<BuildingSummary> allBuildings() {
    return viewEstate.buildings(CurrentUser.require().viewer());
  }

  private static List<CommunityBuildings> byCommunity(List<BuildingSummary> buildings) {
    Map<Long, List<BuildingSummary>> grouped = new LinkedHashMap<>();
    Map<Long, String> names = new LinkedHashMap<>();
    for (BuildingSummary building : buildings) {
      grouped.computeIfAbsent(building.communityId(), id -> new ArrayList<>()).add(building);
      names.putIfAbsent(building.communityId(), building.communityName());
    }
    List<CommunityBuildings> result = new ArrayList<>();
    grouped.forEach((id, list) -> result.add(new CommunityBuildings(id, names.get(id), list)));
    return result;
  }

  /** The signed-in admin; -1 when the principal carries no staff id (never one of the accounts). */
  private static long actingAdminId() {
    Long id = CurrentUser.require().staffId();
    return id == null ? -1 : id;
  }
}
