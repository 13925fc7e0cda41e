package org.reportcycle.organization;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface UserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    boolean existsByUsernameIgnoreCase(String username);

    List<AppUser> findByUsernameContainingOrDisplayNameContainingOrderByUsername(
            String username, String displayName, Pageable page);

    long countByUsernameContainingOrDisplayNameContaining(String username, String displayName);

    List<AppUser> findByUsernameIn(Collection<String> usernames);

    /** The names only, no entities: read on every step, it must not fill the persistence context with users. */
    @Query("SELECT u.username FROM AppUser u WHERE u.administrator = true AND u.active = true ORDER BY u.username")
    List<String> activeAdministratorNames();
}
