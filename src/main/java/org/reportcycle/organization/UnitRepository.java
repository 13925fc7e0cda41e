package org.reportcycle.organization;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UnitRepository extends JpaRepository<Unit, Long> {

    Optional<Unit> findByCode(String code);

    List<Unit> findByParentId(Long parentId);

    List<Unit> findByParentIdIsNull();

    List<Unit> findByNameContainingOrCodeContainingOrderByName(String name, String code, Pageable page);

    long countByNameContainingOrCodeContaining(String name, String code);
}
