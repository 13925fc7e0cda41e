package org.reportcycle.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Login CSRF: a sign-in form posted from another web site would sign the victim into the attacker's account.
 * Browsers say where a POST comes from ({@code Sec-Fetch-Site}, {@code Origin}); a {@code POST /login} that a
 * browser marks as cross-site, or whose {@code Origin} names neither this server's host nor the configured public
 * address's host, is refused with 403 before any password is checked. Clients that send neither header (not a browser) are
 * let through; they cannot be driven by another site.
 */
class LoginOriginFilter extends OncePerRequestFilter {

    private final MessageSource messages;
    private final String publicHost;

    LoginOriginFilter(MessageSource messages, String publicBaseUrl) {
        this.messages = messages;
        this.publicHost = origin(publicBaseUrl);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod())
                && (request.getContextPath() + "/login").equals(request.getRequestURI()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (crossSite(request)) {
            Locale locale = request.getHeader("Accept-Language") == null ? Locale.CHINESE : request.getLocale();
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("text/plain;charset=UTF-8");
            response.getOutputStream()
                    .write(messages.getMessage("auth.crossSiteLogin", null, "auth.crossSiteLogin", locale)
                            .getBytes(StandardCharsets.UTF_8));
            return;
        }
        chain.doFilter(request, response);
    }

    boolean crossSite(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && site.equalsIgnoreCase("cross-site")) {
            return true;
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return false;
        }
        // compared by host name: behind a proxy the port the browser used is often not the one the server sees
        String host = origin(origin);
        return host.isEmpty()
                || !(host.equals(request.getServerName().toLowerCase(Locale.ROOT)) || host.equals(publicHost));
    }

    /** The host name of an origin or URL, lower case; empty when it has none (e.g. {@code Origin: null}). */
    static String origin(String url) {
        try {
            URI u = URI.create(url.strip());
            return u.getScheme() == null || u.getHost() == null
                    ? ""
                    : u.getHost().toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
