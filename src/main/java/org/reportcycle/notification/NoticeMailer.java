package org.reportcycle.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.reportcycle.organization.AppUser;
import org.reportcycle.organization.OrganizationService;
import org.reportcycle.settings.ReportCycleSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mails the notices of a transaction once it has committed, so nobody is told of a change that rolled
 * back. A failure is logged and kept on the notice (state FAILED with the error), never dropped silently;
 * the notice stays in the application either way. SMTP host, port and credentials are Spring Mail's
 * {@code spring.mail.*} settings.
 */
@Component
class NoticeMailer {

    private static final Logger log = LoggerFactory.getLogger(NoticeMailer.class);

    private final JdbcTemplate jdbc;
    private final NotificationService notices;
    private final OrganizationService organization;
    private final ObjectProvider<JavaMailSender> senders;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final String from;
    private final String baseUrl;

    NoticeMailer(
            JdbcTemplate jdbc,
            NotificationService notices,
            OrganizationService organization,
            ObjectProvider<JavaMailSender> senders,
            PlatformTransactionManager transactions,
            Clock clock,
            ReportCycleSettings settings) {
        this.jdbc = jdbc;
        this.notices = notices;
        this.organization = organization;
        this.senders = senders;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.from = settings.mail().from();
        String baseUrl = settings.noticeBaseUrl();
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void afterCommit(NoticesStored stored) {
        stored.noticeIds().forEach(this::send);
    }

    /** Sends one pending notice and records the outcome. */
    void send(Long noticeId) {
        List<Map<String, Object>> rows = jdbc.queryForList(
                "SELECT recipient, message_key, args, link FROM rc_notice " + "WHERE id = ? AND mail_state = ?",
                noticeId,
                NotificationService.PENDING);
        if (rows.isEmpty()) {
            return;
        }
        Map<String, Object> row = rows.get(0);
        String recipient = (String) row.get("recipient");
        try {
            JavaMailSender sender = senders.getIfAvailable();
            if (sender == null) {
                throw new IllegalStateException("no SMTP server configured (spring.mail.host)");
            }
            AppUser user = organization
                    .user(recipient)
                    .orElseThrow(() -> new IllegalStateException("no such user " + recipient));
            Locale locale = Locale.forLanguageTag(user.getLocale());
            String text =
                    notices.render((String) row.get("message_key"), notices.args((String) row.get("args")), locale);
            String link = row.get("link") == null ? baseUrl + "/" : baseUrl + "/" + row.get("link");
            SimpleMailMessage mail = new SimpleMailMessage();
            mail.setFrom(from);
            mail.setTo(user.getEmail());
            mail.setSubject(notices.render("notify.mail.subject", List.of(text), locale));
            mail.setText(notices.render("notify.mail.body", List.of(user.getDisplayName(), text, link), locale));
            sender.send(mail);
            record(noticeId, NotificationService.SENT, null);
        } catch (RuntimeException e) {
            log.warn("Mail for notice {} to {} failed: {}", noticeId, recipient, e.toString());
            String error = String.valueOf(e.getMessage());
            record(noticeId, NotificationService.FAILED, error.length() > 1000 ? error.substring(0, 1000) : error);
        }
    }

    private void record(Long noticeId, String state, String error) {
        ownTransaction.executeWithoutResult(s -> jdbc.update(
                "UPDATE rc_notice SET mail_state = ?, mail_error = ?, mailed_at = ? WHERE id = ?",
                state,
                error,
                Timestamp.from(Instant.now(clock)),
                noticeId));
    }
}
