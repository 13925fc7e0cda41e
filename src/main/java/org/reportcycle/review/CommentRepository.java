package org.reportcycle.review;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CommentRepository extends JpaRepository<Comment, Long> {

    List<Comment> findByReportIdOrderByIdAsc(Long reportId);

    long countByReportIdAndParentIdIsNullAndState(Long reportId, Comment.State state);

    long countByReportIdAndCreatedAtAfter(Long reportId, Instant after);
}
