package org.reportcycle.security;

/**
 * Lets a person read one report outside their units (a copy, 抄送): read only, never a role. Spring beans
 * of this type are asked by {@link AccessGuard#requireRead} when membership does not allow the read.
 */
public interface ReadGrant {

    boolean grants(String username, Long reportId);
}
