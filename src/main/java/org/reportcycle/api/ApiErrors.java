package org.reportcycle.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.reportcycle.report.ComplianceBlocked;
import org.reportcycle.report.PartConflictException;
import org.reportcycle.report.ReportCompliance;
import org.reportcycle.report.importing.ImportException;
import org.reportcycle.shared.ConflictException;
import org.reportcycle.shared.NotFoundException;
import org.reportcycle.shared.UserFacingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Turns refusals into JSON answers in the caller's language (Accept-Language; Chinese by default). */
@RestControllerAdvice(basePackages = "org.reportcycle.api")
class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    private final MessageSource messages;

    ApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Map<String, String>> denied(AccessDeniedException e, Locale locale) {
        return answer(HttpStatus.FORBIDDEN, "error.accessDenied", new Object[0], locale);
    }

    @ExceptionHandler(UserFacingException.class)
    ResponseEntity<Map<String, String>> refused(UserFacingException e, Locale locale, HttpServletRequest request) {
        if ("error.reportNotFound".equals(e.messageKey())
                && !request.getRequestURI().startsWith(request.getContextPath() + "/api/v1/public/")) {
            // a report one may not see and one that does not exist get the same answer (issue 19)
            return answer(HttpStatus.FORBIDDEN, "error.accessDenied", new Object[0], locale);
        }
        HttpStatus status = e instanceof NotFoundException
                ? HttpStatus.NOT_FOUND
                : e instanceof ConflictException ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
        return answer(status, e.messageKey(), e.args(), locale);
    }

    /** Two people (or two nodes) changing the same thing at the same moment: the loser is told to reload. */
    @ExceptionHandler(ConcurrencyFailureException.class)
    ResponseEntity<Map<String, String>> concurrent(Exception e, Locale locale) {
        return answer(HttpStatus.CONFLICT, "error.concurrentChange", new Object[0], locale);
    }

    /** A stale part: both texts go back, so the caller can compare and nothing is lost. */
    @ExceptionHandler(PartConflictException.class)
    ResponseEntity<Map<String, Object>> partConflict(PartConflictException e, Locale locale) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", e.messageKey());
        body.put("message", messages.getMessage(e.messageKey(), e.args(), locale));
        body.put("part", e.part().code());
        body.put("theirs", e.theirs());
        body.put("yours", e.yours());
        body.put("theirAuthor", e.theirAuthor());
        body.put("currentRowVersion", e.currentRowVersion());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(body);
    }

    /** Two saves or two completions met in the database: the later one changed nothing. */
    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<Map<String, String>> raced(Exception e, Locale locale) {
        return answer(HttpStatus.CONFLICT, "error.wrongStep", new Object[0], locale);
    }

    /** The database kept the caller waiting for someone else's change to the same report. */
    @ExceptionHandler(PessimisticLockingFailureException.class)
    ResponseEntity<Map<String, String>> busy(Exception e, Locale locale) {
        return answer(HttpStatus.CONFLICT, "error.busy", new Object[0], locale);
    }

    @ExceptionHandler(ImportException.class)
    ResponseEntity<Map<String, String>> importRefused(ImportException e, Locale locale) {
        String message = "en".equals(locale.getLanguage()) ? e.messageEn() : e.messageZh();
        return ResponseEntity.badRequest().body(Map.of("error", e.key(), "message", message));
    }

    @ExceptionHandler(ComplianceBlocked.class)
    ResponseEntity<Map<String, Object>> blocked(ComplianceBlocked e, Locale locale) {
        boolean en = "en".equals(locale.getLanguage());
        List<Map<String, String>> findings = e.findings().stream()
                .map(f -> Map.of("key", ReportCompliance.key(f), "message", en ? f.messageEn() : f.messageZh()))
                .toList();
        return ResponseEntity.unprocessableContent()
                .body(Map.of(
                        "error",
                        e.messageKey(),
                        "message",
                        messages.getMessage(e.messageKey(), e.args(), locale),
                        "findings",
                        findings));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Map<String, String>> tooLarge(Exception e, Locale locale) {
        return answer(HttpStatus.CONTENT_TOO_LARGE, "error.uploadTooLarge", new Object[0], locale);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Map<String, String>> unsupportedType(Exception e, Locale locale) {
        return answer(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "error.unsupportedMediaType", new Object[0], locale);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, String>> unreadable(Exception e, Locale locale) {
        return answer(HttpStatus.BAD_REQUEST, "error.badRequest", new Object[0], locale);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, String>> mismatch(Exception e, Locale locale) {
        return answer(HttpStatus.BAD_REQUEST, "error.badRequest", new Object[0], locale);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<Map<String, String>> noSuchPath(Exception e, Locale locale) {
        return answer(HttpStatus.NOT_FOUND, "error.notFound", new Object[0], locale);
    }

    private ResponseEntity<Map<String, String>> answer(HttpStatus status, String key, Object[] args, Locale locale) {
        String message = messages.getMessage(key, args, key, locale);
        return ResponseEntity.status(status).body(Map.of("error", key, "message", message));
    }

    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<Map<String, String>> unexpected(RuntimeException e, Locale locale) {
        log.error("unexpected API failure", e);
        return answer(HttpStatus.INTERNAL_SERVER_ERROR, "error.unexpected", new Object[0], locale);
    }
}
