package org.reportcycle.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;
import org.reportcycle.shared.UserFacingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

/**
 * Tells the user in their language what happened. Services refuse with {@link UserFacingException} (or
 * Spring Security's refusals) after changing nothing, so a screen that catches one only has to say why
 * and leave its fields as they are, for the user to correct and try again.
 */
public final class Notices {

    private static final Logger log = LoggerFactory.getLogger(Notices.class);

    private Notices() {}

    public static void success(String key, Object... args) {
        Notification n = new Notification(I18NProvider.translate(key, args), 4000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.SUCCESS);
        n.open();
    }

    public static void error(Throwable failure) {
        Notification n = new Notification(message(failure), 8000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.ERROR);
        n.open();
    }

    /** Runs a service call; on a refusal shows why and returns false. */
    public static boolean attempt(Runnable action) {
        return attempt(() -> {
                    action.run();
                    return Boolean.TRUE;
                })
                .isPresent();
    }

    /** Runs a service call; on a refusal shows why and returns empty. */
    public static <T> Optional<T> attempt(Supplier<T> action) {
        try {
            return Optional.ofNullable(action.get());
        } catch (RuntimeException e) {
            error(e);
            return Optional.empty();
        }
    }

    /** The cause that explains itself to the user, when a framework wrapped it on the way up. */
    private static Throwable explained(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof UserFacingException
                    || t instanceof AccessDeniedException
                    || t instanceof AuthenticationException
                    || t instanceof ConcurrencyFailureException) {
                return t;
            }
        }
        return thrown;
    }

    /** Ids and years are whole numbers that MessageFormat would print with thousands separators. */
    private static Object[] plain(Object[] args) {
        return Arrays.stream(args)
                .map(a -> a instanceof Long || a instanceof Integer ? String.valueOf(a) : a)
                .toArray();
    }

    /** The user's-language text for a failure; unexpected ones are logged and shown as a generic failure. */
    public static String message(Throwable thrown) {
        Throwable failure = explained(thrown);
        if (failure instanceof UserFacingException e) {
            return I18NProvider.translate(e.messageKey(), plain(e.args()));
        }
        if (failure instanceof AccessDeniedException || failure instanceof AuthenticationException) {
            return I18NProvider.translate("error.accessDenied");
        }
        if (failure instanceof ConcurrencyFailureException) {
            return I18NProvider.translate("error.concurrentChange");
        }
        log.error("Unexpected failure shown to the user as error.unexpected", thrown);
        return I18NProvider.translate("error.unexpected");
    }
}
