package com.collection.web.security;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A staff member as Spring Security holds them in the session. */
public final class StaffPrincipal implements UserDetails {

  private final long staffId;
  private final String username;
  private final String passwordHash;
  private final String displayName;
  private final String role;
  private final boolean enabled;
  private boolean mustChangePassword;

  public StaffPrincipal(long staffId, String username, String passwordHash, String displayName,
      String role, boolean enabled, boolean mustChangePassword) {
    this.staffId = staffId;
    this.username = username;
    this.passwordHash = passwordHash;
    this.displayName = displayName;
    this.role = role;
    this.enabled = enabled;
    this.mustChangePassword = mustChangePassword;
  }

  /** Signed in with a one-time password: every page leads to the change-password form. */
  boolean mustChangePassword() {
    return mustChangePassword;
  }

  void passwordChanged() {
    mustChangePassword = false;
  }

  public long staffId() {
    return staffId;
  }

  CurrentUser toCurrentUser() {
    return new CurrentUser(staffId, username, displayName, role);
  }

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    return List.of(new SimpleGrantedAuthority("ROLE_" + role));
  }

  @Override
  public String getPassword() {
    return passwordHash;
  }

  @Override
  public String getUsername() {
    return username;
  }

  @Override
  public boolean isEnabled() {
    return enabled;
  }
}
