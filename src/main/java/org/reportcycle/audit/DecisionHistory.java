package org.reportcycle.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reportcycle.organization.AppUser;
import org.reportcycle.organization.OrganizationService;
import org.reportcycle.shared.Step;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The decisions taken on a report so far (审批意见), oldest first, read from the audit trail: who decided (display
 * name and role), when, what, and what they wrote — the legal opinion, each leader's opinion, the committee's
 * outcome, the office's note — with the compliance exceptions the drafter recorded at submission. For the members
 * of the report's unit and administrators, as the trail itself.
 */
@Service
@Transactional(readOnly = true)
public class DecisionHistory {

    /** The trail's decisions and the step each was taken at (whose role decided). */
    private static final Map<String, Step> DECISIONS = Map.ofEntries(
            Map.entry("report.submitted", Step.DRAFT),
            Map.entry("review.passed", Step.LEGAL_REVIEW),
            Map.entry("review.returned", Step.LEGAL_REVIEW),
            Map.entry("signoff.approved", Step.LEADER_SIGNOFF),
            Map.entry("signoff.returned", Step.LEADER_SIGNOFF),
            Map.entry("signoff.returnedToPrevious", Step.LEADER_SIGNOFF),
            Map.entry("cosign.agreed", Step.CO_SIGN),
            Map.entry("cosign.returned", Step.CO_SIGN),
            Map.entry("committee.recorded", Step.COMMITTEE),
            Map.entry("committee.revisionSubmitted", Step.REVISION),
            Map.entry("committee.changesConfirmed", Step.CONFIRM_CHANGES),
            Map.entry("committee.changesRefused", Step.CONFIRM_CHANGES),
            Map.entry("report.filed", Step.REPORT_UP),
            Map.entry("office.accepted", Step.OFFICE_REVIEW),
            Map.entry("office.returned", Step.OFFICE_REVIEW),
            Map.entry("report.published", Step.PUBLISH),
            Map.entry("report.withdrawn", Step.OFFICE_REVIEW),
            Map.entry("report.returnedByAdministrator", Step.OFFICE_REVIEW),
            Map.entry("signoff.signerAdded", Step.LEADER_SIGNOFF),
            Map.entry("signoff.addedSignerSigned", Step.LEADER_SIGNOFF));

    /** Decisions that send the report back to its drafters: the drafter's workspace says who, when and why. */
    private static final Set<String> RETURNS = Set.of(
            "review.returned",
            "signoff.returned",
            "cosign.returned",
            "committee.changesRefused",
            "office.returned",
            "report.returnedByAdministrator");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AuditQueries audit;
    private final OrganizationService organization;

    public DecisionHistory(AuditQueries audit, OrganizationService organization) {
        this.audit = audit;
        this.organization = organization;
    }

    /**
     * One decision.
     *
     * @param action the trail's action, e.g. {@code review.passed} (its words: {@code audit.action.<action>})
     * @param person the display name of who decided
     * @param onBehalfOf the display name of the person they acted for (delegation), or null
     * @param roleKey the message key of the deciding role ({@code role.LEGAL}, or {@code decision.role.office} for the
     *     supervising office)
     * @param place the signing leader's place, or null
     * @param outcome the committee's outcome (its words: {@code outcome.<outcome>}), or null
     * @param written what the person wrote (opinion, reason, note; for a meeting its body, session, date and
     *     minutes), or empty
     * @param exceptions the compliance findings the drafter excepted at submission, with the reasons
     */
    public record Decision(
            long seq,
            Instant at,
            String action,
            String person,
            String onBehalfOf,
            String roleKey,
            Integer place,
            String outcome,
            String written,
            List<Excepted> exceptions) {

        /** Whether this decision sent the report back to drafting. */
        public boolean isReturn() {
            return RETURNS.contains(action);
        }
    }

    /** A finding excepted with a reason: its message in both languages (or its key, for older records). */
    public record Excepted(String findingZh, String findingEn, String reason) {}

    /** Whether the caller may see the report's decisions (as the trail: not for people copied in). */
    public boolean maySee(Long unitId) {
        return audit.maySeeTrail(unitId);
    }

    /** The report's decisions, oldest first. */
    public List<Decision> of(Long unitId, Long reportId) {
        List<Decision> decisions = new ArrayList<>();
        for (AuditRecord r : audit.forReport(unitId, reportId)) {
            Step step = DECISIONS.get(r.action());
            if (step == null) {
                continue;
            }
            Map<String, Object> details = details(r.details());
            decisions.add(new Decision(
                    r.seq(),
                    r.at(),
                    r.action(),
                    displayName(r.actor()),
                    r.onBehalfOf() == null ? null : displayName(r.onBehalfOf()),
                    roleKey(r.action(), step),
                    details.get("place") instanceof Number n ? n.intValue() : null,
                    outcome(r.action(), details),
                    written(r.action(), details),
                    exceptions(details)));
        }
        return decisions;
    }

    /** The deciding role's words; an added signer (加签) signs as such, whatever their role in the unit. */
    private static String roleKey(String action, Step step) {
        if ("signoff.addedSignerSigned".equals(action)) {
            return "decision.role.addedSigner";
        }
        return step.actor() == null ? "decision.role.office" : step.actor().messageKey();
    }

    /** The committee's outcome, or for a 加签 whether the person signs before or after the leader. */
    private static String outcome(String action, Map<String, Object> details) {
        if ("signoff.signerAdded".equals(action) && details.get("placement") != null) {
            return "signerAdded." + details.get("placement");
        }
        return details.get("outcome") == null ? null : String.valueOf(details.get("outcome"));
    }

    static String written(String action, Map<String, Object> details) {
        if ("committee.recorded".equals(action)) {
            return joined(details, "body", "session", "heldOn", "minutes");
        }
        if ("signoff.signerAdded".equals(action)) {
            return joined(details, "addedName", "reason");
        }
        if ("report.published".equals(action)) {
            return joined(details, "indexNo");
        }
        return joined(details, "opinion", "reason", "note");
    }

    private static String joined(Map<String, Object> details, String... keys) {
        List<String> values = new ArrayList<>();
        for (String key : keys) {
            Object value = details.get(key);
            if (value != null && !String.valueOf(value).isBlank()) {
                values.add(String.valueOf(value));
            }
        }
        return String.join("；", values);
    }

    /** The submission's exceptions: with the findings' words where recorded, else the override keys. */
    private static List<Excepted> exceptions(Map<String, Object> details) {
        List<Excepted> found = new ArrayList<>();
        if (details.get("exceptions") instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> m) {
                    found.add(new Excepted(
                            String.valueOf(m.get("finding")),
                            String.valueOf(m.get("findingEn")),
                            String.valueOf(m.get("reason"))));
                }
            }
        } else if (details.get("overrides") instanceof Map<?, ?> overrides) {
            overrides.forEach((key, reason) ->
                    found.add(new Excepted(String.valueOf(key), String.valueOf(key), String.valueOf(reason))));
        }
        return found;
    }

    private String displayName(String username) {
        return username == null
                ? ""
                : organization.user(username).map(AppUser::getDisplayName).orElse(username);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> details(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try {
            return JSON.readValue(json, Map.class);
        } catch (JacksonException e) {
            return Map.of();
        }
    }
}
