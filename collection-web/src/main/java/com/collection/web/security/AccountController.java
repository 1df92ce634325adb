package com.collection.web.security;

import com.collection.core.shared.DomainException;
import com.collection.core.staff.ChangeOwnPassword;
import com.collection.core.staff.StaffMember;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A staff member's own account: changing the password. */
@Controller
class AccountController {

  private final ChangeOwnPassword changeOwnPassword;
  private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

  AccountController(ChangeOwnPassword changeOwnPassword) {
    this.changeOwnPassword = changeOwnPassword;
  }

  static final class PasswordForm {
    @NotBlank
    @Size(max = 100)
    private String currentPassword;
    @NotBlank
    @Size(max = 100)
    private String newPassword;
    @NotBlank
    @Size(max = 100)
    private String repeatPassword;

    public String getCurrentPassword() {
      return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
      this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
      return newPassword;
    }

    public void setNewPassword(String newPassword) {
      this.newPassword = newPassword;
    }

    public String getRepeatPassword() {
      return repeatPassword;
    }

    public void setRepeatPassword(String repeatPassword) {
      this.repeatPassword = repeatPassword;
    }
  }

  @GetMapping(SecurityConfig.CHANGE_PASSWORD)
  String form(@ModelAttribute("form") PasswordForm form) {
    return "account/password";
  }

  @PostMapping(SecurityConfig.CHANGE_PASSWORD)
  String change(@Valid @ModelAttribute("form") PasswordForm form, BindingResult errors,
      RedirectAttributes flash, HttpServletRequest request, HttpServletResponse response) {
    if (errors.hasErrors()) {
      return "account/password";
    }
    StaffPrincipal principal = (StaffPrincipal) SecurityContextHolder.getContext().getAuthentication().getPrincipal();
    StaffMember changed;
    try {
      changed = changeOwnPassword.change(principal.staffId(), form.getCurrentPassword(), form.getNewPassword(),
          form.getRepeatPassword());
    } catch (DomainException e) {
      errors.rejectValue(e.field() == null ? "newPassword" : e.field(), e.code(), e.args(), e.code());
      return "account/password";
    }
    // this session goes on with the new password (any other session of the account ends)
    StaffPrincipal updated = principal.withOwnPassword(changed.passwordHash());
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(updated, null, updated.getAuthorities()));
    SecurityContextHolder.setContext(context);
    sessions.saveContext(context, request, response);
    flash.addFlashAttribute("message", "account.password.changed");
    return "redirect:/";
  }
}
