package org.reportcycle.shared;

/**
 * A sign-in, failed sign-in or sign-out; recorded in the audit trail under the name that was used,
 * in a transaction of its own.
 *
 * @param action {@code auth.login}, {@code auth.loginFailed} or {@code auth.logout}
 */
public record SignInEvent(String username, String action, String reason) {}
