package com.collection.web.security;

import com.collection.core.staff.StaffAccess;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A staff member as Spring Security holds them. The one in the session is the account as it was at
 * sign-in; every request works with a fresh copy made from the staff table by
 * {@link FreshAccountFilter}. The password hash itself is dropped after sign-in (only a digest of it
 * is kept, to notice a password changed since), so the session never holds it.
 */
public final class StaffPrincipal implements UserDetails, CredentialsContainer {

  private static final long serialVersionUID = 1L;

  private final long staffId;
  private final String username;
  private String passwordHash;
  private final String passwordStamp;
  private final String displayName;
  private final String role;
  private final boolean enabled;
  private final boolean mustChangePassword;

  public StaffPrincipal(long staffId, String username, String passwordHash, String displayName,
      String role, boolean enabled, boolean mustChangePassword) {
    this(staffId, username, passwordHash, stamp(passwordHash), displayName, role, enabled, mustChangePassword);
  }

  private StaffPrincipal(long staffId, String username, String passwordHash, String passwordStamp,
      String displayName, String role, boolean enabled, boolean mustChangePassword) {
    this.staffId = staffId;
    this.username = username;
    this.passwordHash = passwordHash;
    this.passwordStamp = passwordStamp;
    this.displayName = displayName;
    this.role = role;
    this.enabled = enabled;
    this.mustChangePassword = mustChangePassword;
  }

  /**
   * This signed-in member as the staff table has them now: role, name and enabled flag from the
   * table; whether they must still choose their own password stays as it was at sign-in (only a new
   * password, which ends the session, can set it again).
   */
  StaffPrincipal refreshedFrom(StaffAccess now) {
    return new StaffPrincipal(staffId, username, null, passwordStamp, now.displayName(), now.role().name(),
        now.enabled(), mustChangePassword);
  }

  /** After the member chose their own password: the new hash's stamp, no more one-time password. */
  StaffPrincipal withOwnPassword(String newPasswordHash) {
    return new StaffPrincipal(staffId, username, null, stamp(newPasswordHash), displayName, role, enabled, false);
  }

  /** Whether the account's password is still the one this session signed in with. */
  boolean signedInWith(String currentPasswordHash) {
    return MessageDigest.isEqual(passwordStamp.getBytes(StandardCharsets.US_ASCII),
        stamp(currentPasswordHash).getBytes(StandardCharsets.US_ASCII));
  }

  /** Signed in with a one-time password: every page leads to the change-password form. */
  boolean mustChangePassword() {
    return mustChangePassword;
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

  @Override
  public void eraseCredentials() {
    passwordHash = null;
  }

  private static String stamp(String passwordHash) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(String.valueOf(passwordHash).getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
