package org.reportcycle.security;

import org.reportcycle.organization.AppUser;
import org.reportcycle.organization.UserRepository;
import org.reportcycle.settings.ReportCycleSettings;
import org.reportcycle.shared.AuditEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The first administrator of a fresh installation, from configuration
 * ({@code reportcycle.bootstrap.admin-username} / {@code admin-password}); there are no built-in accounts
 * outside the demo dataset. Runs at start-up: when no administrator exists yet, creates one with the
 * configured name and password, and refuses to start with a weak password. Once an administrator exists
 * the settings are ignored (remove the password from the environment after the first start). Several
 * nodes starting together create the account once (the user name is unique).
 */
@Component
@Order(0)
class BootstrapAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

    private final UserRepository users;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwords;
    private final String username;
    private final String password;
    private final boolean demo;

    BootstrapAdmin(
            UserRepository users,
            JdbcTemplate jdbc,
            PasswordEncoder passwords,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactionManager,
            ReportCycleSettings settings) {
        String username = settings.bootstrap().adminUsername();
        String password = settings.bootstrap().adminPassword();
        this.users = users;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.username = username == null ? "" : username.strip();
        this.password = password == null ? "" : password;
        this.demo = settings.demo().enabled();
    }

    @Override
    public void run(ApplicationArguments args) {
        Integer admins = jdbc.queryForObject("SELECT COUNT(*) FROM rc_user WHERE administrator = TRUE", Integer.class);
        if (admins != null && admins > 0) {
            return;
        }
        if (username.isEmpty() || password.isEmpty()) {
            if (!demo) {
                log.warn("No administrator exists. Set reportcycle.bootstrap.admin-username and "
                        + "reportcycle.bootstrap.admin-password (BOOTSTRAP_ADMIN_USERNAME / BOOTSTRAP_ADMIN_PASSWORD) "
                        + "to create the first one.");
            }
            return;
        }
        if (demo) {
            return; // the demo dataset brings its own administrator
        }
        requireStrong(username, password);
        try {
            // the account and its audit record commit together or not at all
            transactions.executeWithoutResult(tx -> {
                AppUser admin =
                        users.saveAndFlush(new AppUser(username, "管理员", passwords.encode(password), null, true));
                events.publishEvent(new AuditEvent(
                        "user.bootstrapped",
                        null,
                        null,
                        AuditEvent.details("userId", admin.getId(), "username", username, "administrator", true)));
            });
            log.info("Created the first administrator '{}' from configuration", username);
        } catch (DataIntegrityViolationException alreadyThere) {
            log.info("Administrator '{}' was created by another node", username);
        }
    }

    /**
     * Refuses a weak initial password ({@link PasswordPolicy}).
     */
    static void requireStrong(String username, String password) {
        if (PasswordPolicy.problem(username, password).isPresent()) {
            throw new IllegalStateException("reportcycle.bootstrap.admin-password is too weak: use at least 12 "
                    + "characters from at least three of upper case, lower case, digits and symbols, not containing "
                    + "the user name nor a common password. 初始管理员密码太弱。");
        }
    }
}
