package com.collection.web.security;

import com.collection.core.staff.PasswordHasher;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Core's password port, backed by BCrypt (the same encoder Spring Security checks sign-ins with). */
@Component
class BCryptPasswordHasher implements PasswordHasher {

  private final PasswordEncoder encoder;

  BCryptPasswordHasher(PasswordEncoder encoder) {
    this.encoder = encoder;
  }

  @Override
  public String hash(String rawPassword) {
    return encoder.encode(rawPassword);
  }

  @Override
  public boolean matches(String rawPassword, String hash) {
    return rawPassword != null && encoder.matches(rawPassword, hash);
  }

  static PasswordEncoder bcrypt() {
    return new BCryptPasswordEncoder();
  }
}
