package com.collection.core.staff;

import com.collection.core.shared.DomainException;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A person who signs in: customer-service staff, managers and admins. Staff see only the buildings
 * assigned to them. The password is kept only as a hash.
 */
public final class StaffMember {

  private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,50}");
  public static final int MIN_PASSWORD_LENGTH = 8;
  public static final int MAX_PASSWORD_BYTES = 72;

  private final Long id;
  /**
   * The reserved account the system acts as (the daily job, the ledger's case transitions): created
   * by a migration, disabled, with no password that can match, and a name no one can type.
   */
  public static final String SYSTEM_USERNAME = "#system";

  private final String username;
  private final String displayName;
  private final Role role;
  private final String passwordHash;
  private final boolean enabled;
  private final boolean mustChangePassword;
  private final Set<Long> buildingIds;

  private StaffMember(Long id, String username, String displayName, Role role, String passwordHash,
      boolean enabled, boolean mustChangePassword, Set<Long> buildingIds) {
    this.id = id;
    this.username = username;
    this.displayName = displayName;
    this.role = Objects.requireNonNull(role, "role");
    this.passwordHash = passwordHash;
    this.enabled = enabled;
    this.mustChangePassword = mustChangePassword;
    this.buildingIds = Set.copyOf(buildingIds);
  }

  /** A new staff member with a first password they must change at their first sign-in. */
  public static StaffMember create(String username, String displayName, Role role,
      String firstPassword, PasswordHasher hasher) {
    String cleanUsername = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
    if (cleanUsername.isEmpty()) {
      throw DomainException.onField("username", "validation.required");
    }
    if (!USERNAME.matcher(cleanUsername).matches()) {
      throw DomainException.onField("username", "staff.username.format");
    }
    checkPassword("password", firstPassword);
    return new StaffMember(null, cleanUsername, displayName(displayName), role,
        hasher.hash(firstPassword), true, true, Set.of());
  }

  /**
   * The username as typed on the sign-in form, as it is stored: lower-cased and without surrounding
   * spaces (as when the account was created); empty when it can't be a username at all (a NUL or
   * another character outside the pattern, too short or too long), so that it is refused before it
   * is counted or looked up. Control characters are refused, not stripped: Spring Security's sign-in
   * filter trims them ({@code String.trim}), so {@code staff1\0} was checked as {@code staff1} while
   * the throttle counted it as a name of its own.
   */
  public static java.util.Optional<String> signInName(String typed) {
    if (typed == null || typed.length() > 200) {
      return java.util.Optional.empty();
    }
    String name = typed.strip().toLowerCase(java.util.Locale.ROOT);
    return USERNAME.matcher(name).matches() ? java.util.Optional.of(name) : java.util.Optional.empty();
  }

  public static StaffMember load(long id, String username, String displayName, Role role,
      String passwordHash, boolean enabled, boolean mustChangePassword, Set<Long> buildingIds) {
    return new StaffMember(id, username, displayName, role, passwordHash, enabled,
        mustChangePassword, buildingIds);
  }

  public StaffMember edit(String newDisplayName, Role newRole, boolean newEnabled) {
    return new StaffMember(id, username, displayName(newDisplayName), newRole, passwordHash,
        newEnabled, mustChangePassword, buildingIds);
  }

  /** An admin sets a new one-time password; the member must change it at the next sign-in. */
  public StaffMember resetPassword(String oneTimePassword, PasswordHasher hasher) {
    checkPassword("password", oneTimePassword);
    return new StaffMember(id, username, displayName, role, hasher.hash(oneTimePassword), enabled,
        true, buildingIds);
  }

  /** The member chooses their own password, proving the current one. */
  public StaffMember changePassword(String current, String chosen, PasswordHasher hasher) {
    if (!hasher.matches(current, passwordHash)) {
      throw DomainException.onField("currentPassword", "staff.password.wrong");
    }
    checkPassword("newPassword", chosen);
    if (chosen.equals(current)) {
      throw DomainException.onField("newPassword", "staff.password.same");
    }
    return new StaffMember(id, username, displayName, role, hasher.hash(chosen), enabled, false,
        buildingIds);
  }

  public StaffMember assignBuildings(Set<Long> newBuildingIds) {
    return new StaffMember(id, username, displayName, role, passwordHash, enabled,
        mustChangePassword, newBuildingIds);
  }

  private static void checkPassword(String field, String password) {
    if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
      throw DomainException.onField(field, "staff.password.short", MIN_PASSWORD_LENGTH);
    }
    // BCrypt reads only the first 72 bytes (and Spring's encoder refuses more): counted in UTF-8,
    // where a Chinese character takes three
    if (password.length() > MAX_PASSWORD_BYTES
        || password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
      throw DomainException.onField(field, "staff.password.tooLong", MAX_PASSWORD_BYTES);
    }
  }

  private static String displayName(String value) {
    String trimmed = value == null ? "" : value.strip();
    if (trimmed.isEmpty()) {
      throw DomainException.onField("displayName", "validation.required");
    }
    if (trimmed.length() > 50) {
      throw DomainException.onField("displayName", "validation.tooLong", 50);
    }
    return trimmed;
  }

  public Long id() {
    return id;
  }

  public String username() {
    return username;
  }

  public String displayName() {
    return displayName;
  }

  public Role role() {
    return role;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public boolean enabled() {
    return enabled;
  }

  public boolean mustChangePassword() {
    return mustChangePassword;
  }

  public Set<Long> buildingIds() {
    return buildingIds;
  }
}
