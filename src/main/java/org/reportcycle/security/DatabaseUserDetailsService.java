package org.reportcycle.security;

import java.util.ArrayList;
import java.util.List;
import org.reportcycle.organization.AppUser;
import org.reportcycle.organization.OrganizationService;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Users from our rc_user table; passwords are BCrypt hashes. */
@Service
class DatabaseUserDetailsService implements UserDetailsService {

    private final OrganizationService organization;

    DatabaseUserDetailsService(OrganizationService organization) {
        this.organization = organization;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        AppUser user = organization.user(username).orElseThrow(() -> new UsernameNotFoundException(username));
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("ROLE_" + Roles.USER));
        if (user.isAdministrator()) {
            authorities.add(new SimpleGrantedAuthority("ROLE_" + Roles.ADMIN));
        }
        return User.withUsername(user.getUsername())
                .password(user.getPasswordHash())
                .disabled(!user.isActive())
                .authorities(authorities)
                .build();
    }
}
