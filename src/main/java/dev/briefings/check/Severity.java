package dev.briefings.check;

/** How bad a finding is: an error stops every run; a warning fails only {@code check --strict}. */
public enum Severity { ERROR, WARNING }
