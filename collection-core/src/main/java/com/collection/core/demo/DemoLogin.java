package com.collection.core.demo;

/** A demo sign-in, printed at start so that anyone can try the app. */
public record DemoLogin(String username, String password, String displayName, String role,
    String buildings) {
}
