package org.reportcycle.organization;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    List<AppUser> findByUsernameContainingOrDisplayNameContainingOrderByUsername(String username, String displayName,
            Pageable page);

    long countByUsernameContainingOrDisplayNameContaining(String username, String displayName);

    List<AppUser> findByUsernameIn(java.util.Collection<String> usernames);
}
