package org.reportcycle.security.token;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.stereotype.Component;

/** Makes the bearer-token filter for a filter chain, with that chain's 401 answer. */
@Component
public class BearerTokens {

    private final TokenAuthenticator tokens;
    private final SecurityContextHolderStrategy contexts;

    BearerTokens(TokenAuthenticator tokens, ObjectProvider<SecurityContextHolderStrategy> contexts) {
        this.tokens = tokens;
        this.contexts = contexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    public BearerTokenFilter filter(AuthenticationEntryPoint entryPoint) {
        return new BearerTokenFilter(tokens, contexts, entryPoint);
    }
}
