package com.collection.web.arrears;

import com.collection.core.arrears.CaseCategory;
import com.collection.core.arrears.ViewWorklist;
import com.collection.core.arrears.WorklistFilter;
import com.collection.core.arrears.WorklistRow;
import com.collection.core.estate.ViewEstate;
import com.collection.core.shared.DomainException;
import com.collection.core.shared.PageRequest;
import com.collection.core.staff.StaffMember;
import com.collection.web.security.CurrentUser;
import com.collection.web.system.FormErrors;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 今日待办: the staff home page is the signed-in member's worklist (their buildings below it);
 * managers' home is the day's completion, with a link to each staff member's list. Filters by
 * building and category are typed as text: a bad one gets a message next to it and no list.
 */
@Controller
class WorklistController {

  private final ViewWorklist viewWorklist;
  private final ViewEstate viewEstate;

  WorklistController(ViewWorklist viewWorklist, ViewEstate viewEstate) {
    this.viewWorklist = viewWorklist;
    this.viewEstate = viewEstate;
  }

  @GetMapping("/")
  String home(@RequestParam(name = "building", required = false) String building,
      @RequestParam(name = "category", required = false) String category,
      @RequestParam(name = "page", required = false) Integer page, Model model) {
    CurrentUser user = CurrentUser.require();
    model.addAttribute("buildings", viewEstate.buildings(user.viewer()));
    if (user.managerOrAdmin()) {
      model.addAttribute("completion", viewWorklist.completion(user.viewer()));
    } else {
      worklist(user, user.viewer().staffId(), building, category, page, "/", model);
    }
    return "home";
  }

  @GetMapping("/worklist")
  String list(@RequestParam(name = "staff", required = false) Long staff,
      @RequestParam(name = "building", required = false) String building,
      @RequestParam(name = "category", required = false) String category,
      @RequestParam(name = "page", required = false) Integer page, Model model) {
    CurrentUser user = CurrentUser.require();
    long me = user.viewer().staffId();
    long staffId = staff == null ? me : staff;
    if (!user.managerOrAdmin() && staffId != me) {
      throw new AccessDeniedException("staff see their own worklist");
    }
    if (user.managerOrAdmin()) {
      List<StaffMember> withBuildings = viewWorklist.staffWithBuildings();
      if (staff == null && withBuildings.stream().noneMatch(m -> m.id() == me)) {
        // a manager without buildings has no list of their own: pick one from the day's completion
        return "redirect:/worklist/completion";
      }
      model.addAttribute("staffList", withBuildings);
    }
    worklist(user, staffId, building, category, page, "/worklist", model);
    return "arrears/worklist";
  }

  @GetMapping("/worklist/completion")
  String completion(Model model) {
    model.addAttribute("completion", viewWorklist.completion(CurrentUser.require().viewer()));
    return "arrears/completion";
  }

  /** The list with its filters; a filter that names nothing of this member's shows its message instead. */
  private void worklist(CurrentUser user, long staffId, String building, String category, Integer page,
      String path, Model model) {
    Map<String, String> problems = new LinkedHashMap<>();
    Long buildingId = parseId(building, "building", problems);
    CaseCategory categoryValue = parseCategory(category, problems);
    ViewWorklist.Worklist worklist = null;
    if (problems.isEmpty()) {
      try {
        worklist = viewWorklist.of(staffId, user.viewer(), new WorklistFilter(buildingId, categoryValue),
            PageRequest.of(page, ViewWorklist.PAGE_SIZE));
      } catch (DomainException e) {
        FormErrors.rethrowIfNotARule(e);
        problems.put("building", e.code());
      }
    }
    if (worklist == null) {
      // the list is not shown, but the filters still offer this member's buildings
      model.addAttribute("shown", false);
      worklist = viewWorklist.of(staffId, user.viewer(), WorklistFilter.ALL, new PageRequest(0, 1));
    } else {
      model.addAttribute("shown", true);
    }
    model.addAttribute("worklist", worklist);
    model.addAttribute("problems", problems);
    model.addAttribute("building", building == null ? "" : building.strip());
    model.addAttribute("category", category == null ? "" : category.strip());
    model.addAttribute("categories", CaseCategory.values());
    model.addAttribute("listPath", path);
    model.addAttribute("ownList", staffId == user.viewer().staffId());
    model.addAttribute("windows", windows(worklist));
    model.addAttribute("back", backLink(path, staffId, user, buildingId, categoryValue, worklist));
  }

  /** Whether now is inside the contact windows of each community on the page, by name. */
  private static Map<String, Boolean> windows(ViewWorklist.Worklist worklist) {
    Map<String, Boolean> windows = new LinkedHashMap<>();
    for (WorklistRow row : worklist.rows().items()) {
      windows.putIfAbsent(row.communityName(), worklist.inside(row.communityId()));
    }
    return windows;
  }

  /** This list as it is now (filters, page), for the attempt form to come back to. */
  private static String backLink(String path, long staffId, CurrentUser user, Long buildingId, CaseCategory category,
      ViewWorklist.Worklist worklist) {
    List<String> parts = new java.util.ArrayList<>();
    if (staffId != user.viewer().staffId()) {
      parts.add("staff=" + staffId);
    }
    if (buildingId != null) {
      parts.add("building=" + buildingId);
    }
    if (category != null) {
      parts.add("category=" + category.name());
    }
    if (worklist.rows().page() > 0) {
      parts.add("page=" + worklist.rows().page());
    }
    return parts.isEmpty() ? path : path + "?" + String.join("&", parts);
  }

  private static Long parseId(String text, String field, Map<String, String> problems) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String clean = text.strip();
    if (clean.length() > 18 || !clean.chars().allMatch(c -> c >= '0' && c <= '9')) {
      problems.put(field, "arrears.worklist.building.unknown");
      return null;
    }
    return Long.parseLong(clean);
  }

  private static CaseCategory parseCategory(String text, Map<String, String> problems) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return CaseCategory.valueOf(text.strip());
    } catch (IllegalArgumentException e) {
      problems.put("category", "arrears.worklist.category.unknown");
      return null;
    }
  }
}
