package org.reportcycle.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reportcycle.testdata.TestData.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reportcycle.report.ReportService;
import org.reportcycle.review.ReviewService;
import org.reportcycle.shared.ExportedFile;
import org.reportcycle.shared.Step;
import org.reportcycle.shared.UserFacingException;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.TestData.TestUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** The committee secretary attaches the minutes file (会议纪要) to the meeting record. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class MinutesFileTests {

    private static final byte[] PDF =
            "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    TestData data;

    @Autowired
    CommitteeService committee;

    @Autowired
    ReviewService review;

    @Autowired
    org.reportcycle.approval.SignoffService signoff;

    @Autowired
    ReportService reports;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    TestUnit unit;
    Long id;

    @BeforeEach
    void atCommittee() {
        unit = data.unit("纪要街道");
        id = data.openReport(2026, unit);
        as(unit.drafter(), () -> review.submit(id, "初稿"));
        as(unit.legal(), () -> review.pass(id, "同意"));
        as(unit.leader(1), () -> signoff.approve(id, "同意", false));
        as(unit.leader(2), () -> signoff.approve(id, "同意", true));
    }

    private static MeetingRecord approved() {
        return new MeetingRecord(
                "党工委会议", LocalDate.now().minusDays(1), "第5次", "应到7人，实到7人", MeetingOutcome.APPROVED, null);
    }

    @Test
    void the_minutes_file_is_stored_with_the_meeting_and_readers_of_the_unit_download_it() throws Exception {
        as(unit.secretary(), () -> committee.recordMeeting(id, approved(), new MinutesFile("第5次会议纪要.pdf", PDF)));

        MeetingEntry meeting = as(unit.drafter(), () -> committee.meetings(id)).get(0);
        assertThat(meeting.minutesFile()).isTrue();
        ExportedFile file = as(unit.leader(1), () -> committee.minutesFile(meeting.id()));
        assertThat(file.content()).isEqualTo(PDF);
        assertThat(file.contentType()).isEqualTo("application/pdf");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM rc_audit WHERE report_id = ? AND action = ?",
                        Integer.class,
                        id,
                        "committee.minutesDownloaded"))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT details FROM rc_audit WHERE report_id = ? AND action = ?",
                        String.class,
                        id,
                        "committee.recorded"))
                .contains("第5次会议纪要.pdf")
                .contains(java.util.HexFormat.of()
                        .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                                .digest(PDF)));

        mvc.perform(get("/api/v1/reports/" + id + "/meetings").with(httpBasic(unit.legal(), "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].minutesFile").value(true));
        mvc.perform(get("/api/v1/meetings/" + meeting.id() + "/minutes-file").with(httpBasic(unit.legal(), "demo")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(content().bytes(PDF));
    }

    @Test
    void another_units_people_cannot_download_the_minutes() throws Exception {
        TestUnit other = data.unit("邻近街道");
        as(unit.secretary(), () -> committee.recordMeeting(id, approved(), new MinutesFile("纪要.pdf", PDF)));
        Long meetingId = as(unit.drafter(), () -> committee.meetings(id)).get(0).id();

        assertThatThrownBy(() -> as(other.drafter(), () -> committee.minutesFile(meetingId)))
                .isInstanceOf(AccessDeniedException.class);
        mvc.perform(get("/api/v1/meetings/" + meetingId + "/minutes-file").with(httpBasic(other.secretary(), "demo")))
                .andExpect(status().isForbidden());
    }

    @Test
    void a_file_that_is_not_a_document_or_is_too_large_is_refused_and_nothing_is_recorded() {
        byte[] exe = "MZ\u0090\u0000 not a document".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> as(
                        unit.secretary(),
                        () -> committee.recordMeeting(id, approved(), new MinutesFile("纪要.pdf", exe))))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("error.minutesType");
        byte[] huge = Arrays.copyOf(PDF, MinutesFile.MAX_BYTES + 1);
        assertThatThrownBy(() -> as(
                        unit.secretary(),
                        () -> committee.recordMeeting(id, approved(), new MinutesFile("纪要.pdf", huge))))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("error.minutesTooLarge");

        assertThat(as(unit.drafter(), () -> committee.meetings(id))).isEmpty();
        assertThat(as(unit.drafter(), () -> reports.view(id)).step()).isEqualTo(Step.COMMITTEE);
    }
}
