package com.collection.core.staff;

/**
 * What an open session may do right now, read from the staff table on every request (one row by
 * its key): the role, whether the account may still sign in, and the password hash, so that a
 * session opened before a password reset can be told apart.
 */
public record StaffAccess(long staffId, String username, String displayName, Role role, boolean enabled,
    String passwordHash) {
}
