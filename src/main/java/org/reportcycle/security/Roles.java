package org.reportcycle.security;

/** Spring Security role names; unit roles are checked against memberships, not authorities. */
public final class Roles {

    public static final String USER = "USER";
    public static final String ADMIN = "ADMIN";

    private Roles() {}
}
