package com.collection.web.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in staff member as the pages see them. */
public record CurrentUser(Long staffId, String username, String displayName, String role) {

  public boolean admin() {
    return "ADMIN".equals(role);
  }

  /** Managers and admins see every building; staff only their own. */
  public boolean managerOrAdmin() {
    return "ADMIN".equals(role) || "MANAGER".equals(role);
  }

  public static Optional<CurrentUser> signedIn() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null || !authentication.isAuthenticated()
        || "anonymousUser".equals(authentication.getPrincipal())) {
      return Optional.empty();
    }
    if (authentication.getPrincipal() instanceof StaffPrincipal staff) {
      return Optional.of(staff.toCurrentUser());
    }
    String role = authentication.getAuthorities().stream()
        .map(GrantedAuthority::getAuthority)
        .filter(a -> a.startsWith("ROLE_"))
        .map(a -> a.substring(5))
        .findFirst().orElse("STAFF");
    return Optional.of(new CurrentUser(null, authentication.getName(), authentication.getName(), role));
  }
}
