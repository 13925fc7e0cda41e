package org.reportcycle.cycle;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DeadlineRepository extends JpaRepository<Deadline, Long> {

    List<Deadline> findByCycleId(Long cycleId);
}
