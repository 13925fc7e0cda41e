package org.reportcycle.organization;

import org.reportcycle.shared.Role;

/** A member of a unit in a role, as lists and pickers show it. */
public record MemberView(Long userId, String username, String displayName, String email, Role role, int signOrder) {}
