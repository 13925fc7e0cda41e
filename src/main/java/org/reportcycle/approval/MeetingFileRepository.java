package org.reportcycle.approval;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MeetingFileRepository extends JpaRepository<MeetingFile, Long> {

    /** Which of the meetings have a minutes file, without loading the files. */
    @Query("select f.meetingId from MeetingFile f where f.meetingId in :meetingIds")
    List<Long> withFile(Collection<Long> meetingIds);
}
