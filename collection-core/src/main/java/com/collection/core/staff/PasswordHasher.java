package com.collection.core.staff;

/** Port: one-way password hashing (BCrypt in the application). */
public interface PasswordHasher {

  String hash(String rawPassword);

  boolean matches(String rawPassword, String hash);
}
