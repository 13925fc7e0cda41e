package org.reportcycle.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reportcycle.testdata.TestData.as;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reportcycle.organization.AppUser;
import org.reportcycle.organization.UserRepository;
import org.reportcycle.review.ReviewService;
import org.reportcycle.shared.ConflictException;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.TestData.TestUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** E-mail over SMTP, received by GreenMail, a real SMTP server in this JVM. */
@SpringBootTest(
        properties = {
            "reportcycle.mail.enabled=true",
            "reportcycle.notify.base-url=https://rc.example.org/",
            "reportcycle.mail.from=reportcycle@example.org"
        })
@ActiveProfiles("test")
class NoticeMailTests {

    static final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    static {
        smtp.start();
    }

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
    }

    @AfterAll
    static void stop() {
        smtp.stop();
    }

    @Autowired
    TestData data;

    @Autowired
    ReviewService review;

    @Autowired
    NotificationService notices;

    @Autowired
    UserRepository users;

    @Autowired
    JdbcTemplate jdbc;

    TestUnit unit;
    Long id;

    @BeforeEach
    void report() {
        unit = data.unit("邮件街道");
        id = data.openReport(2025, unit);
    }

    @Test
    void the_next_person_gets_an_email_with_the_deep_link() throws Exception {
        as(unit.drafter(), () -> review.submit(id, null));

        List<MimeMessage> mails = mailsTo(unit.legal() + "@example.org");
        assertThat(mails).hasSize(1);
        MimeMessage mail = mails.get(0);
        assertThat(mail.getSubject()).contains("邮件街道").contains("合法性审查");
        String body = GreenMailUtil.getBody(mail);
        assertThat(decoded(mail))
                .contains("https://rc.example.org/reports/" + id)
                .contains("待您办理");
        assertThat(body).isNotBlank();
        assertThat(jdbc.queryForObject(
                        "SELECT mail_state FROM rc_notice WHERE recipient = ? AND report_id = ?",
                        String.class,
                        unit.legal(),
                        id))
                .isEqualTo("SENT");
    }

    @Test
    void nobody_is_mailed_about_a_step_that_did_not_happen() {
        assertThatThrownBy(() -> as(unit.legal(), () -> review.pass(id, null))).isInstanceOf(ConflictException.class);
        assertThat(mailsTo(unit.leader(1) + "@example.org")).isEmpty();
    }

    @Test
    void people_who_turned_mail_off_get_the_notice_in_the_application_only() {
        as(unit.legal(), () -> notices.setPreference("task", true, false));
        as(unit.drafter(), () -> review.submit(id, null));
        assertThat(mailsTo(unit.legal() + "@example.org")).isEmpty();
        assertThat(as(unit.legal(), () -> notices.unreadCount())).isEqualTo(1);
    }

    @Test
    void a_mail_that_cannot_be_sent_is_recorded_as_failed_and_the_notice_stays() {
        AppUser legal = users.findByUsername(unit.legal()).orElseThrow();
        jdbc.update("UPDATE rc_user SET email = ? WHERE id = ?", "not an address@@", legal.getId());
        as(unit.drafter(), () -> review.submit(id, null));
        assertThat(jdbc.queryForMap(
                        "SELECT mail_state, mail_error FROM rc_notice WHERE recipient = ? AND report_id = ?",
                        unit.legal(),
                        id))
                .containsEntry("MAIL_STATE", "FAILED")
                .extractingByKey("MAIL_ERROR")
                .isNotNull();
        assertThat(as(unit.legal(), () -> notices.unreadCount())).isEqualTo(1);
    }

    private static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getAllRecipients())
                                .anyMatch(a -> a.toString().equals(address));
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    private static String decoded(MimeMessage mail) throws Exception {
        return String.valueOf(mail.getContent());
    }
}
