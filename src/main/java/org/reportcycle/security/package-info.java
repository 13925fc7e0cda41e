/**
 * Who is calling and what they may do: Spring Security configuration, the current user with their
 * memberships, and the {@link org.reportcycle.security.AccessGuard} that services use. Depends on
 * {@code shared} and {@code organization}.
 */
package org.reportcycle.security;
