package com.collection.web.security;

import com.collection.core.shared.Viewer;
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

  /** What this user may see, for the queries that apply the building restriction. */
  public Viewer viewer() {
    long id = staffId == null ? -1 : staffId;
    return managerOrAdmin() ? Viewer.everything(id) : Viewer.ownBuildings(id);
  }

  /** The signed-in user of this request; pages behind the sign-in always have one. */
  public static CurrentUser require() {
    return signedIn().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("not signed in"));
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
