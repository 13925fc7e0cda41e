package org.reportcycle.security.token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.reportcycle.security.Roles;
import org.reportcycle.security.UnitRestricted;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A call authenticated by an API token: it acts as the token's owner (so the services authorize it as that
 * person), limited to the token's scopes and units. Holds no secret.
 */
public final class TokenAuthentication extends AbstractAuthenticationToken implements UnitRestricted {

    private final Long tokenId;
    private final String owner;
    private final Set<TokenScope> scopes;
    private final Set<Long> unitIds;

    TokenAuthentication(Long tokenId, String owner, boolean administrator, Set<TokenScope> scopes, Set<Long> unitIds) {
        super(authorities(administrator && unitIds.isEmpty(), scopes));
        this.tokenId = tokenId;
        this.owner = owner;
        this.scopes = Set.copyOf(scopes);
        this.unitIds = Set.copyOf(unitIds);
        setAuthenticated(true);
    }

    private static List<GrantedAuthority> authorities(boolean administrator, Set<TokenScope> scopes) {
        List<GrantedAuthority> list = new ArrayList<>();
        list.add(new SimpleGrantedAuthority("ROLE_" + Roles.USER));
        if (administrator) {
            list.add(new SimpleGrantedAuthority("ROLE_" + Roles.ADMIN));
        }
        scopes.forEach(s -> list.add(new SimpleGrantedAuthority("SCOPE_" + s.code())));
        return list;
    }

    public Long tokenId() {
        return tokenId;
    }

    public boolean has(TokenScope scope) {
        return scopes.contains(scope);
    }

    @Override
    public Set<Long> unitIds() {
        return unitIds;
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return owner;
    }

    @Override
    public String getName() {
        return owner;
    }
}
