package com.collection.core.staff;

import java.security.SecureRandom;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * On an empty database, creates the first admin with a one-time password: the given one, or a
 * generated one that the caller prints once. Does nothing when anyone can already sign in.
 */
@Service
public class CreateFirstAdmin {

  public static final String USERNAME = "admin";
  private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

  private final StaffMembers staff;
  private final PasswordHasher hasher;

  public CreateFirstAdmin(StaffMembers staff, PasswordHasher hasher) {
    this.staff = staff;
    this.hasher = hasher;
  }

  /** The password to print, when this call created the admin with a generated one. */
  public record Created(String username, String generatedPassword) {
  }

  @Transactional
  public Optional<Created> createIfNoStaff(String givenPassword) {
    if (staff.count() > 0) {
      return Optional.empty();
    }
    boolean generate = givenPassword == null || givenPassword.isBlank();
    String password = generate ? generate() : givenPassword;
    staff.save(StaffMember.create(USERNAME, "系统管理员", Role.ADMIN, password, hasher));
    return Optional.of(new Created(USERNAME, generate ? password : null));
  }

  private static String generate() {
    SecureRandom random = new SecureRandom();
    StringBuilder password = new StringBuilder();
    for (int i = 0; i < 16; i++) {
      password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return password.toString();
  }
}
