package org.reportcycle.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.reportcycle.notification.NoticeView;
import org.reportcycle.notification.NotificationService;
import org.reportcycle.notification.Preference;
import org.reportcycle.office.DeadlineService;
import org.reportcycle.shared.Milestone;
import org.reportcycle.shared.UnitLevel;
import org.reportcycle.workflow.DeadlineTimers.Escalation;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's notices and notification settings; the administrators' deadline moves and overdue reports. */
@RestController
class NotificationApiController {

    private final NotificationService notices;
    private final DeadlineService deadlines;

    NotificationApiController(NotificationService notices, DeadlineService deadlines) {
        this.notices = notices;
        this.deadlines = deadlines;
    }

    /** The caller's notices, newest first, in the Accept-Language language. */
    @GetMapping("/api/v1/notices")
    ResponseEntity<List<NoticeView>> notices(
            @RequestParam(name = "page", defaultValue = "0") int page,
            @RequestParam(name = "size", required = false) Integer size,
            @RequestParam(name = "max", required = false) Integer max,
            Locale locale) {
        int p = Paging.page(page);
        int s = Paging.size(size != null ? size : max != null ? max : 50);
        return Paging.answer(notices.myNotices(p * s, s, locale), notices.myNoticeCount(), p, s);
    }

    @GetMapping("/api/v1/notices/unread-count")
    Map<String, Integer> unread() {
        return Map.of("unread", notices.unreadCount());
    }

    @PostMapping("/api/v1/notices/{id}/read")
    Map<String, Integer> markRead(@PathVariable Long id) {
        notices.markRead(id);
        return Map.of("unread", notices.unreadCount());
    }

    @PostMapping("/api/v1/notices/read-all")
    Map<String, Integer> markAllRead() {
        return Map.of("marked", notices.markAllRead());
    }

    @GetMapping("/api/v1/notification-preferences")
    List<Preference> preferences() {
        return notices.myPreferences();
    }

    /** {@code byRobot} (to the unit's 钉钉/企业微信 group robots) left out: unchanged. */
    record PreferenceRequest(boolean inApp, boolean byMail, Boolean byRobot) {}

    @PutMapping("/api/v1/notification-preferences/{kind}")
    Preference setPreference(@PathVariable String kind, @RequestBody PreferenceRequest request) {
        return request.byRobot() == null
                ? notices.setPreference(kind, request.inApp(), request.byMail())
                : notices.setPreference(kind, request.inApp(), request.byMail(), request.byRobot());
    }

    record DeadlineRequest(UnitLevel level, Milestone milestone, LocalDate dueDate) {}

    /** Moves a milestone's deadline for a level's units; the running tasks' due dates (and reminders) move with it. Administrators. */
    @PutMapping("/api/v1/cycles/{cycleId}/deadline")
    Map<String, Object> moveDeadline(@PathVariable Long cycleId, @RequestBody DeadlineRequest request) {
        int moved = deadlines.move(cycleId, request.level(), request.milestone(), request.dueDate());
        return Map.of(
                "cycleId",
                cycleId,
                "level",
                request.level(),
                "milestone",
                request.milestone(),
                "dueDate",
                request.dueDate(),
                "reportsRescheduled",
                moved);
    }

    /** The reports flagged overdue (escalated). Administrators. */
    @GetMapping("/api/v1/overdue")
    List<Escalation> overdue() {
        return deadlines.overdue();
    }
}
