/**
 * Single sign-on (统一身份认证) by OpenID Connect beside the form login, on when {@code reportcycle.sso.enabled}:
 * the identity service's configuration is discovered from its issuer at the first sign-in, the person it vouches for
 * is matched to an existing, active user by a configured claim (never created), and gets what a form login gives
 * them. Refusals are audited and explained on the sign-in page. Depends on {@code security}, {@code settings} and
 * {@code shared}.
 */
package org.reportcycle.security.sso;
