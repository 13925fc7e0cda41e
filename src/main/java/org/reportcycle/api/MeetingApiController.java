package org.reportcycle.api;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.reportcycle.approval.CommitteeService;
import org.reportcycle.approval.MeetingRecord;
import org.reportcycle.shared.ExportedFile;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The committee meetings of a report and their minutes files, for whoever may read the report. */
@RestController
class MeetingApiController {

    private final CommitteeService committee;

    MeetingApiController(CommitteeService committee) {
        this.committee = committee;
    }

    record MeetingDto(Long id, MeetingRecord record, String recordedBy, boolean minutesFile) {}

    @GetMapping("/api/v1/reports/{id}/meetings")
    List<MeetingDto> meetings(@PathVariable Long id) {
        return committee.meetings(id).stream()
                .map(m -> new MeetingDto(m.id(), m.record(), m.recordedBy(), m.minutesFile()))
                .toList();
    }

    @GetMapping("/api/v1/meetings/{meetingId}/minutes-file")
    ResponseEntity<byte[]> minutesFile(@PathVariable Long meetingId) {
        ExportedFile file = committee.minutesFile(meetingId);
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .contentType(MediaType.parseMediaType(file.contentType()))
                .body(file.content());
    }
}
