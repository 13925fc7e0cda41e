package org.reportcycle.security.token;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer <token>} on the API and actuator chains: a valid token authenticates the call
 * as its owner within its scopes and units; any other token is answered 401 at once (the chain's entry point:
 * JSON body, {@code WWW-Authenticate}). Requests without a bearer token pass on untouched (HTTP Basic, or
 * anonymous for the open paths).
 */
public final class BearerTokenFilter extends OncePerRequestFilter {

    private final TokenAuthenticator tokens;
    private final SecurityContextHolderStrategy contexts;
    private final AuthenticationEntryPoint entryPoint;

    BearerTokenFilter(
            TokenAuthenticator tokens, SecurityContextHolderStrategy contexts, AuthenticationEntryPoint entryPoint) {
        this.tokens = tokens;
        this.contexts = contexts;
        this.entryPoint = entryPoint;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<TokenAuthentication> auth =
                tokens.authenticate(header.substring(7).strip());
        if (auth.isEmpty()) {
            contexts.clearContext();
            entryPoint.commence(request, response, new BadCredentialsException("token refused"));
            return;
        }
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(auth.get());
        contexts.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            contexts.clearContext();
        }
    }
}
