package org.reportcycle.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.reportcycle.approval.CommitteeService;
import org.reportcycle.approval.MeetingOutcome;
import org.reportcycle.approval.MeetingRecord;
import org.reportcycle.approval.MinutesFile;
import org.reportcycle.approval.SignoffService;
import org.reportcycle.office.OfficeReviewService;
import org.reportcycle.organization.AppUser;
import org.reportcycle.organization.UserRepository;
import org.reportcycle.publication.PublicationService;
import org.reportcycle.publication.PublishRequest;
import org.reportcycle.review.CommentService;
import org.reportcycle.review.ReviewService;
import org.reportcycle.security.token.ApiTokens;
import org.reportcycle.security.token.TokenRequest;
import org.reportcycle.shared.Part;
import org.reportcycle.shared.Step;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.TestData.TestUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every REST endpoint, taken from the OpenAPI description, against a rule table: for each role of the
 * report's own unit, the same roles of another unit, a person with no unit, an administrator and an
 * anonymous caller, at the right step and at a wrong one, the call is allowed (2xx) or refused (401/403,
 * or 409/404 at a wrong step). Refusals leave the report where it was and are audited. An endpoint
 * without a rule, or a rule without an endpoint, fails the test.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AuthorizationMatrixTests {

    /** Who calls, relative to the report's unit. */
    enum Actor {
        DRAFTER,
        LEGAL,
        LEADER1,
        LEADER2,
        SECRETARY,
        OTHER_DRAFTER,
        OTHER_LEGAL,
        OTHER_LEADER1,
        OTHER_LEADER2,
        OTHER_SECRETARY,
        NO_UNIT,
        ADMIN,
        ANONYMOUS
    }

    /** What the path's variable points at. */
    enum Target {
        NONE,
        REPORT,
        THREAD,
        MEETING,
        NOTICE,
        DELEGATION,
        TOKEN
    }

    static final Set<Actor> OWN_UNIT =
            EnumSet.of(Actor.DRAFTER, Actor.LEGAL, Actor.LEADER1, Actor.LEADER2, Actor.SECRETARY);
    static final Set<Actor> READERS = union(OWN_UNIT, EnumSet.of(Actor.ADMIN));
    static final Set<Actor> SIGNED_IN = EnumSet.complementOf(EnumSet.of(Actor.ANONYMOUS));
    static final Set<Actor> EVERYONE = EnumSet.allOf(Actor.class);

    /**
     * One endpoint's rule. {@code step} null: the step does not matter (the report stays in drafting);
     * otherwise the allowed callers succeed only at {@code step} and are refused with {@code wrongStatus}
     * at {@code wrongStep}. {@code leaks}: the answer lists reports, and must not list the report to
     * callers outside {@code READERS}.
     */
    record Rule(
            Set<Actor> allowed, Step step, Step wrongStep, int wrongStatus, Target target, String body, boolean leaks) {
        static Rule read(Target target) {
            return new Rule(READERS, null, null, 0, target, null, false);
        }

        static Rule at(Step step, Step wrongStep, Actor who, String body) {
            return new Rule(EnumSet.of(who), step, wrongStep, 409, Target.REPORT, body, false);
        }

        /** Editing outside drafting: refused as "not editable" (400). */
        static Rule edit(Actor who, String body) {
            return new Rule(EnumSet.of(who), Step.DRAFT, Step.LEGAL_REVIEW, 400, Target.REPORT, body, false);
        }
    }

    static final Map<String, Rule> RULES = new LinkedHashMap<>();

    /** Callers outside a rule's allowed set who are told something other than 403: a refusal by validation. */
    static final Map<String, Map<Actor, Integer>> SPECIAL = new LinkedHashMap<>();

    static {
        String meeting = "{\"body\":\"党工委会议\",\"heldOn\":\"2026-02-18\",\"sessionNo\":\"第2次\",\"attendance\":\"9/9\","
                + "\"outcome\":\"APPROVED\"}";
        // reports, tasks, history
        RULES.put("GET /api/v1/reports", new Rule(SIGNED_IN, null, null, 0, Target.NONE, null, true));
        RULES.put("GET /api/v1/tasks", new Rule(SIGNED_IN, null, null, 0, Target.NONE, null, true));
        RULES.put("GET /api/v1/reports/{id}", Rule.read(Target.REPORT));
        RULES.put("GET /api/v1/reports/{id}/versions", Rule.read(Target.REPORT));
        RULES.put("GET /api/v1/reports/{id}/audit", Rule.read(Target.REPORT));
        RULES.put("GET /api/v1/reports/{id}/progress", Rule.read(Target.REPORT));
        RULES.put("GET /api/v1/reports/{id}/diagram.svg", Rule.read(Target.REPORT));
        RULES.put("GET /api/v1/reports/{id}/return-targets", Rule.read(Target.REPORT));
        RULES.put("GET /api/v1/reports/{id}/comments", Rule.read(Target.REPORT));
        RULES.put("GET /api/v1/reports/{id}/compliance", Rule.read(Target.REPORT));
        RULES.put("GET /api/v1/reports/{id}/export.docx", Rule.read(Target.REPORT));
        RULES.put("GET /api/v1/reports/{id}/export.pdf", Rule.read(Target.REPORT));
        RULES.put("GET /api/v1/reports/{id}/export.ofd", Rule.read(Target.REPORT));
        // verification tells anyone signed in what a file they hold is (the portal's 文件核验 tells the public)
        RULES.put("POST /api/v1/documents/verify", new Rule(SIGNED_IN, null, null, 0, Target.NONE, "UPLOAD", false));
        RULES.put(
                "GET /api/v1/documents/verify?sha256=" + "0".repeat(64),
                new Rule(SIGNED_IN, null, null, 0, Target.NONE, null, false));
        RULES.put("GET /api/v1/reports/{id}/compare?from=1&to=1", Rule.read(Target.REPORT));
        RULES.put("GET /api/v1/reports/{id}/changes", Rule.read(Target.REPORT));
        RULES.put("POST /api/v1/reports/{id}/seen", Rule.read(Target.REPORT));
        RULES.put("GET /api/v1/reports/{id}/approval-sheet.pdf", Rule.read(Target.REPORT));
        RULES.put("GET /api/v1/reports/{id}/meetings", Rule.read(Target.REPORT));
        RULES.put("GET /api/v1/meetings/{meetingId}/minutes-file", Rule.read(Target.MEETING));
        RULES.put(
                "PUT /api/v1/reports/{id}/parts", Rule.edit(Actor.DRAFTER, "{\"parts\":{\"2\":{\"text\":\"矩阵测试\"}}}"));
        RULES.put("POST /api/v1/reports/{id}/import", Rule.edit(Actor.DRAFTER, "UPLOAD"));
        RULES.put("POST /api/v1/import/preview", new Rule(SIGNED_IN, null, null, 0, Target.NONE, "UPLOAD", false));
        // steps
        RULES.put("POST /api/v1/reports/{id}/submit", Rule.at(Step.DRAFT, Step.LEGAL_REVIEW, Actor.DRAFTER, "{}"));
        RULES.put(
                "POST /api/v1/reports/{id}/review/pass",
                Rule.at(Step.LEGAL_REVIEW, Step.DRAFT, Actor.LEGAL, "{\"text\":\"同意\"}"));
        RULES.put(
                "POST /api/v1/reports/{id}/review/return",
                Rule.at(Step.LEGAL_REVIEW, Step.DRAFT, Actor.LEGAL, "{\"text\":\"请修改\"}"));
        RULES.put(
                "POST /api/v1/reports/{id}/signoff/approve",
                Rule.at(
                        Step.LEADER_SIGNOFF,
                        Step.LEGAL_REVIEW,
                        Actor.LEADER1,
                        "{\"opinion\":\"同意\",\"confidentialityAttested\":false}"));
        RULES.put(
                "POST /api/v1/reports/{id}/signoff/return",
                Rule.at(
                        Step.LEADER_SIGNOFF,
                        Step.LEGAL_REVIEW,
                        Actor.LEADER1,
                        "{\"reason\":\"请修改\",\"toPreviousSigner\":false}"));
        // 会签: the fixture marks both leaders of the unit as co-signers (fixture(…, Step.CO_SIGN, …))
        RULES.put(
                "POST /api/v1/reports/{id}/signoff/co-sign/approve",
                new Rule(
                        EnumSet.of(Actor.LEADER1, Actor.LEADER2),
                        Step.CO_SIGN,
                        Step.LEGAL_REVIEW,
                        409,
                        Target.REPORT,
                        "{\"opinion\":\"同意\",\"confidentialityAttested\":true}",
                        false));
        RULES.put(
                "POST /api/v1/reports/{id}/signoff/co-sign/return",
                new Rule(
                        EnumSet.of(Actor.LEADER1, Actor.LEADER2),
                        Step.CO_SIGN,
                        Step.LEGAL_REVIEW,
                        409,
                        Target.REPORT,
                        "{\"text\":\"请修改\"}",
                        false));
        RULES.put("GET /api/v1/reports/{id}/co-signers", Rule.read(Target.REPORT));
        RULES.put(
                "POST /api/v1/reports/{id}/committee/meeting",
                Rule.at(Step.COMMITTEE, Step.LEGAL_REVIEW, Actor.SECRETARY, meeting));
        RULES.put(
                "POST /api/v1/reports/{id}/revision/submit",
                Rule.at(Step.REVISION, Step.LEGAL_REVIEW, Actor.DRAFTER, "{\"text\":\"已修改\"}"));
        RULES.put(
                "POST /api/v1/reports/{id}/committee/confirm",
                Rule.at(
                        Step.CONFIRM_CHANGES,
                        Step.LEGAL_REVIEW,
                        Actor.SECRETARY,
                        "{\"confirmed\":true,\"note\":\"确认\"}"));
        RULES.put(
                "POST /api/v1/reports/{id}/report-up",
                Rule.at(Step.REPORT_UP, Step.LEGAL_REVIEW, Actor.DRAFTER, "{\"text\":\"报送\"}"));
        RULES.put(
                "POST /api/v1/reports/{id}/office/accept",
                Rule.at(Step.OFFICE_REVIEW, Step.LEGAL_REVIEW, Actor.ADMIN, "{}"));
        RULES.put(
                "POST /api/v1/reports/{id}/office/return",
                Rule.at(Step.OFFICE_REVIEW, Step.LEGAL_REVIEW, Actor.ADMIN, "{\"text\":\"请更正\"}"));
        RULES.put("POST /api/v1/reports/{id}/publish", Rule.at(Step.PUBLISH, Step.LEGAL_REVIEW, Actor.DRAFTER, "{}"));
        // review comments and flow control
        RULES.put(
                "POST /api/v1/reports/{id}/comments",
                Rule.at(Step.LEGAL_REVIEW, Step.DRAFT, Actor.LEGAL, "{\"part\":\"1\",\"body\":\"请补充数据\"}"));
        RULES.put(
                "POST /api/v1/comments/{threadId}/replies",
                new Rule(READERS, null, null, 0, Target.THREAD, "{\"body\":\"收到\"}", false));
        RULES.put(
                "POST /api/v1/comments/{threadId}/answer",
                new Rule(
                        EnumSet.of(Actor.DRAFTER),
                        Step.DRAFT,
                        Step.LEGAL_REVIEW,
                        409,
                        Target.THREAD,
                        "{\"kind\":\"EXPLAINED\",\"body\":\"已说明\"}",
                        false));
        RULES.put(
                "POST /api/v1/comments/{threadId}/settle",
                new Rule(
                        EnumSet.of(Actor.LEGAL),
                        Step.LEGAL_REVIEW,
                        Step.DRAFT,
                        409,
                        Target.THREAD,
                        "{\"resolved\":true}",
                        false));
        RULES.put(
                "POST /api/v1/reports/{id}/withdraw",
                Rule.at(Step.LEGAL_REVIEW, Step.DRAFT, Actor.DRAFTER, "{\"text\":\"撤回\"}"));
        RULES.put(
                "POST /api/v1/reports/{id}/return",
                new Rule(
                        EnumSet.of(Actor.ADMIN),
                        Step.LEGAL_REVIEW,
                        Step.DRAFT,
                        400,
                        Target.REPORT,
                        "{\"step\":\"DRAFT\",\"reason\":\"退回\"}",
                        false));
        // the decider's return (issue 20): the leader whose turn it is; anyone else, and the leader at a step
        // that is not theirs to decide, is refused (403)
        RULES.put(
                "POST /api/v1/reports/{id}/return-to",
                new Rule(
                        EnumSet.of(Actor.LEADER1),
                        Step.LEADER_SIGNOFF,
                        Step.DRAFT,
                        403,
                        Target.REPORT,
                        "{\"step\":\"LEGAL_REVIEW\",\"reason\":\"请复核\"}",
                        false));
        // 加签 (issue 20): the leader whose turn it is adds a person of the unit; the list is for the unit's members
        // and administrators; signing needs an addition waiting for the caller, which none of the matrix's reports
        // has, so the unit's members are told it is not at that step (409) and everyone else is refused
        RULES.put("GET /api/v1/reports/{id}/signoff/added-signers", Rule.read(Target.REPORT));
        RULES.put(
                "POST /api/v1/reports/{id}/signoff/added-signers",
                Rule.at(
                        Step.LEADER_SIGNOFF,
                        Step.LEGAL_REVIEW,
                        Actor.LEADER1,
                        "{\"username\":\"{legal}\",\"placement\":\"BEFORE\",\"reason\":\"请把关\"}"));
        RULES.put(
                "POST /api/v1/reports/{id}/signoff/added-signers/sign",
                new Rule(EnumSet.noneOf(Actor.class), null, null, 0, Target.REPORT, "{\"opinion\":\"同意\"}", false));
        SPECIAL.put(
                "POST /api/v1/reports/{id}/signoff/added-signers/sign",
                Map.of(
                        Actor.DRAFTER, 409,
                        Actor.LEGAL, 409,
                        Actor.LEADER1, 409,
                        Actor.LEADER2, 409,
                        Actor.SECRETARY, 409,
                        Actor.ADMIN, 409));
        RULES.put(
                "POST /api/v1/reports/{id}/reassign",
                new Rule(EnumSet.of(Actor.DRAFTER, Actor.ADMIN), null, null, 0, Target.REPORT, "REASSIGN", false));
        // administrators
        RULES.put(
                "GET /api/v1/audit/verify", new Rule(EnumSet.of(Actor.ADMIN), null, null, 0, Target.NONE, null, false));
        RULES.put("GET /api/v1/audit", new Rule(EnumSet.of(Actor.ADMIN), null, null, 0, Target.NONE, null, false));
        RULES.put(
                "GET /api/v1/audit/export.csv",
                new Rule(EnumSet.of(Actor.ADMIN), null, null, 0, Target.NONE, null, false));
        RULES.put(
                "GET /api/v1/office/register?year=2031",
                new Rule(EnumSet.of(Actor.ADMIN), null, null, 0, Target.NONE, null, false));
        RULES.put(
                "POST /api/v1/office/accept-batch",
                new Rule(EnumSet.of(Actor.ADMIN), null, null, 0, Target.NONE, "{\"reportIds\":[]}", false));
        RULES.put(
                "GET /api/v1/security/locks",
                new Rule(EnumSet.of(Actor.ADMIN), null, null, 0, Target.NONE, null, false));
        RULES.put(
                "POST /api/v1/security/locks/{username}/unlock",
                new Rule(EnumSet.of(Actor.ADMIN), null, null, 0, Target.NONE, null, false));
        // notifications, preferences, deadlines, delegation (委派), copies (抄送), corrections
        RULES.put("GET /api/v1/notices", new Rule(SIGNED_IN, null, null, 0, Target.NONE, null, false));
        RULES.put("GET /api/v1/notices/unread-count", new Rule(SIGNED_IN, null, null, 0, Target.NONE, null, false));
        RULES.put("POST /api/v1/notices/read-all", new Rule(SIGNED_IN, null, null, 0, Target.NONE, null, false));
        RULES.put(
                "POST /api/v1/notices/{id}/read",
                new Rule(EnumSet.of(Actor.DRAFTER), null, null, 0, Target.NOTICE, null, false));
        RULES.put("GET /api/v1/notification-preferences", new Rule(SIGNED_IN, null, null, 0, Target.NONE, null, false));
        RULES.put(
                "PUT /api/v1/notification-preferences/{kind}",
                new Rule(SIGNED_IN, null, null, 0, Target.NONE, "{\"inApp\":true,\"byMail\":false}", false));
        RULES.put(
                "PUT /api/v1/cycles/{cycleId}/deadline",
                new Rule(
                        EnumSet.of(Actor.ADMIN),
                        null,
                        null,
                        0,
                        Target.REPORT,
                        "{\"level\":\"STREET\",\"milestone\":\"SIGNOFF\",\"dueDate\":\"2099-02-10\"}",
                        false));
        RULES.put("GET /api/v1/overdue", new Rule(EnumSet.of(Actor.ADMIN), null, null, 0, Target.NONE, null, false));
        // 钉钉 / 企业微信 group robots of the units (notification channels)
        RULES.put("GET /api/v1/robots", new Rule(EnumSet.of(Actor.ADMIN), null, null, 0, Target.NONE, null, false));
        RULES.put(
                "PUT /api/v1/robots",
                new Rule(
                        EnumSet.of(Actor.ADMIN),
                        null,
                        null,
                        0,
                        Target.NONE,
                        "{\"unitId\":{unitId},\"kind\":\"WECOM\","
                                + "\"webhookUrl\":\"https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k\"}",
                        false));
        RULES.put(
                "POST /api/v1/delegations",
                new Rule(
                        EnumSet.of(Actor.DRAFTER, Actor.LEADER1, Actor.LEADER2, Actor.SECRETARY),
                        null,
                        null,
                        0,
                        Target.NONE,
                        "{\"unitId\":{unitId},\"delegate\":\"{legal}\","
                                + "\"from\":\"2026-01-01\",\"until\":\"2099-12-31\",\"reason\":\"出差\"}",
                        false));
        SPECIAL.put("POST /api/v1/delegations", Map.of(Actor.LEGAL, 400)); // delegating to oneself
        // API tokens: personal ones for everyone signed in, system ones for administrators
        String tokenBody = "{\"name\":\"矩阵\",\"scopes\":[\"read:reports\"],\"expiresOn\":\""
                + LocalDate.now().plusDays(10) + "\"}";
        RULES.put("GET /api/v1/tokens", new Rule(SIGNED_IN, null, null, 0, Target.NONE, null, false));
        RULES.put("POST /api/v1/tokens", new Rule(SIGNED_IN, null, null, 0, Target.NONE, tokenBody, false));
        RULES.put(
                "DELETE /api/v1/tokens/{id}",
                new Rule(EnumSet.of(Actor.DRAFTER, Actor.ADMIN), null, null, 0, Target.TOKEN, null, false));
        RULES.put(
                "GET /api/v1/admin/tokens", new Rule(EnumSet.of(Actor.ADMIN), null, null, 0, Target.NONE, null, false));
        RULES.put(
                "POST /api/v1/admin/tokens",
                new Rule(EnumSet.of(Actor.ADMIN), null, null, 0, Target.NONE, tokenBody, false));
        RULES.put("GET /api/v1/delegations", new Rule(SIGNED_IN, null, null, 0, Target.NONE, null, false));
        RULES.put(
                "DELETE /api/v1/delegations/{id}",
                new Rule(EnumSet.of(Actor.DRAFTER, Actor.ADMIN), null, null, 0, Target.DELEGATION, null, false));
        RULES.put(
                "POST /api/v1/reports/{id}/copies",
                new Rule(READERS, null, null, 0, Target.REPORT, "{\"to\":\"{ccUser}\",\"note\":\"请阅\"}", false));
        RULES.put("GET /api/v1/reports/{id}/copies", Rule.read(Target.REPORT));
        RULES.put(
                "POST /api/v1/reports/{id}/copies/read",
                new Rule(SIGNED_IN, null, null, 0, Target.REPORT, null, false));
        RULES.put("GET /api/v1/copies", new Rule(SIGNED_IN, null, null, 0, Target.NONE, null, false));
        RULES.put(
                "POST /api/v1/reports/{id}/corrections",
                new Rule(
                        EnumSet.of(Actor.DRAFTER),
                        Step.PUBLISHED,
                        Step.PUBLISH,
                        400,
                        Target.REPORT,
                        "{\"parts\":{\"1\":\"更正后的第一部分：全年开展普法活动13场。\"},\"note\":\"更正活动场次\"}",
                        false));
        // the public portal's API: published reports only, to anyone
        RULES.put("GET /api/v1/public/reports", new Rule(EVERYONE, null, null, 0, Target.NONE, null, true));
        RULES.put(
                "GET /api/v1/public/reports/{id}",
                new Rule(EVERYONE, Step.PUBLISHED, Step.PUBLISH, 404, Target.REPORT, null, false));
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserRepository users;

    @Autowired
    ApiTokens apiTokens;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    ReviewService review;

    @Autowired
    SignoffService signoff;

    @Autowired
    CommitteeService committee;

    @Autowired
    PublicationService publication;

    @Autowired
    OfficeReviewService office;

    @Autowired
    CommentService comments;

    @Autowired
    org.reportcycle.delegation.DelegationService delegations;

    @Autowired
    org.reportcycle.approval.CoSignSetup coSignSetup;

    final JsonMapper json = JsonMapper.builder().build();
    int tried;
    int refused;
    int year = 2040;

    @Test
    void every_endpoint_has_a_rule_and_every_rule_holds() throws Exception {
        Set<String> documented = documentedEndpoints();
        Set<String> ruled = new TreeSet<>();
        RULES.keySet().forEach(k -> ruled.add(k.replaceAll("\\?.*", "")));
        assertThat(documented)
                .as("endpoints in /v3/api-docs without a rule in AuthorizationMatrixTests.RULES")
                .isSubsetOf(ruled);
        assertThat(ruled).as("rules for endpoints that no longer exist").isSubsetOf(documented);

        TestUnit other = data.unit("他单位");
        data.openReport(year, other);
        String noUnit = "nounit" + System.nanoTime() % 100000;
        users.save(new AppUser(noUnit, noUnit, passwords.encode("demo"), null, false));
        String admin = data.admin();

        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, Rule> e : RULES.entrySet()) {
            check(e.getKey(), e.getValue(), other, noUnit, admin, failures);
        }
        System.out.printf(
                "AUTHORIZATION MATRIX: %d endpoints, %d calls tried, %d refused, %d allowed%n",
                RULES.size(), tried, refused, tried - refused);
        assertThat(failures).isEmpty();
    }

    private void check(String endpoint, Rule rule, TestUnit other, String noUnit, String admin, List<String> failures)
            throws Exception {
        TestUnit unit = data.unit("矩阵街道");
        Function<Actor, String> login = a -> switch (a) {
            case DRAFTER -> unit.drafter();
            case LEGAL -> unit.legal();
            case LEADER1 -> unit.leader(1);
            case LEADER2 -> unit.leader(2);
            case SECRETARY -> unit.secretary();
            case OTHER_DRAFTER -> other.drafter();
            case OTHER_LEGAL -> other.legal();
            case OTHER_LEADER1 -> other.leader(1);
            case OTHER_LEADER2 -> other.leader(2);
            case OTHER_SECRETARY -> other.secretary();
            case NO_UNIT -> noUnit;
            case ADMIN -> admin;
            case ANONYMOUS -> null;
        };
        Step at = rule.step() == null ? Step.DRAFT : rule.step();
        Fixture right = fixture(unit, at, rule.target());
        String stepBefore = step(right.reportId);
        String lockedName = unit.code() + "-locked";
        for (Actor actor : Actor.values()) {
            if (rule.allowed().contains(actor)) {
                continue;
            }
            int auditBefore = refusals(login.apply(actor));
            MvcResult r = call(endpoint, rule, right, login.apply(actor), lockedName, unit);
            int status = r.getResponse().getStatus();
            Integer special = SPECIAL.getOrDefault(endpoint, Map.of()).get(actor);
            int expected = special != null ? special : actor == Actor.ANONYMOUS ? 401 : 403;
            if (rule.leaks()) {
                if (status / 100 != 2 && status != expected || mentions(r, right.reportId)) {
                    failures.add(endpoint + " " + actor + ": " + status + " lists the report");
                }
                count(status != 2 || actor == Actor.ANONYMOUS);
                continue;
            }
            count(true);
            if (status != expected) {
                failures.add(endpoint + " " + actor + " at " + at + ": expected " + expected + " but got " + status
                        + " " + r.getResponse().getContentAsString());
            } else if (actor != Actor.ANONYMOUS && special == null && refusals(login.apply(actor)) != auditBefore + 1) {
                failures.add(endpoint + " " + actor + ": refusal not audited as access.refused");
            }
            if (!step(right.reportId).equals(stepBefore)) {
                failures.add(endpoint + " " + actor + ": a refused call moved the report to " + step(right.reportId));
            }
        }
        if (rule.step() != null) {
            Fixture wrong = fixture(unit, rule.wrongStep(), rule.target());
            for (Actor actor : rule.allowed()) {
                MvcResult r = call(endpoint, rule, wrong, login.apply(actor), lockedName, unit);
                count(true);
                if (r.getResponse().getStatus() != rule.wrongStatus()) {
                    failures.add(endpoint + " " + actor + " at wrong step " + rule.wrongStep() + ": expected "
                            + rule.wrongStatus() + " but got " + r.getResponse().getStatus() + " "
                            + r.getResponse().getContentAsString());
                }
            }
        }
        Iterator<Actor> allowed = rule.allowed().iterator();
        while (allowed.hasNext()) {
            Actor actor = allowed.next();
            if (rule.step() != null && rule.allowed().size() > 1 && allowed.hasNext()) {
                continue; // a step is taken once; the last allowed caller takes it
            }
            MvcResult r = call(endpoint, rule, right, login.apply(actor), lockedName, unit);
            count(false);
            if (r.getResponse().getStatus() / 100 != 2) {
                failures.add(endpoint + " " + actor + " at " + at + ": expected 2xx but got "
                        + r.getResponse().getStatus() + " " + r.getResponse().getContentAsString());
            } else if (rule.leaks()
                    && rule.allowed() != EVERYONE
                    && READERS.contains(actor)
                    && !endpoint.contains("tasks")
                    && !mentions(r, right.reportId)) {
                failures.add(endpoint + " " + actor + ": does not list the unit's own report");
            }
        }
    }

    private void count(boolean wasRefused) {
        tried++;
        if (wasRefused) {
            refused++;
        }
    }

    record Fixture(Long reportId, Long threadId) {}

    /** A report past the committee whose meeting record carries a minutes file; the fixture's second id is the meeting. */
    private Fixture withMinutes(TestUnit unit) {
        Long id = data.openReport(year++, unit);
        advance(unit, id, Step.COMMITTEE);
        TestData.run(
                unit.secretary(),
                () -> committee.recordMeeting(
                        id,
                        new MeetingRecord(
                                "党工委会议", LocalDate.of(2026, 2, 18), "第1次", "9/9", MeetingOutcome.APPROVED, null),
                        new MinutesFile(
                                "会议纪要.pdf", "%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF".getBytes(StandardCharsets.US_ASCII))));
        return new Fixture(
                id, jdbc.queryForObject("SELECT MAX(id) FROM rc_meeting WHERE report_id = ?", Long.class, id));
    }

    /** A fresh report of the unit at the step (and a review comment on it when the path needs one). */
    private Fixture fixture(TestUnit unit, Step step, Target target) {
        if (target == Target.MEETING) {
            return withMinutes(unit);
        }
        if (target == Target.NOTICE) {
            Long id = data.openReport(year++, unit);
            return new Fixture(
                    id,
                    jdbc.queryForObject(
                            "SELECT MAX(id) FROM rc_notice WHERE recipient = ?", Long.class, unit.drafter()));
        }
        if (target == Target.TOKEN) {
            Long id = data.openReport(year++, unit);
            return new Fixture(
                    id,
                    TestData.as(
                                    unit.drafter(),
                                    () -> apiTokens.issuePersonal(new TokenRequest(
                                            "矩阵",
                                            Set.of("read:reports"),
                                            Set.of(),
                                            LocalDate.now().plusDays(5))))
                            .info()
                            .id());
        }
        if (target == Target.DELEGATION) {
            Long id = data.openReport(year++, unit);
            return new Fixture(
                    id,
                    TestData.as(
                            unit.drafter(),
                            () -> delegations
                                    .delegate(
                                            unit.id(),
                                            unit.legal(),
                                            LocalDate.of(2026, 1, 1),
                                            LocalDate.of(2099, 12, 31),
                                            "出差")
                                    .id()));
        }
        Long id = data.openReport(year++, unit);
        Long thread = null;
        if (target == Target.THREAD) {
            TestData.run(unit.drafter(), () -> review.submit(id, null));
            thread = TestData.as(
                    unit.legal(),
                    () -> comments.comment(id, Part.MEASURES, null, "请补充数据").id());
            if (step == Step.DRAFT) {
                TestData.run(unit.legal(), () -> review.returnToDrafting(id, "请修改"));
            }
            return new Fixture(id, thread);
        }
        if (step == Step.CO_SIGN) {
            coSignSetup.markCoSigners(unit, 1, 2);
        }
        advance(unit, id, step);
        return new Fixture(id, thread);
    }

    private void advance(TestUnit unit, Long id, Step target) {
        List<Runnable> path = List.of(
                () -> TestData.run(unit.drafter(), () -> review.submit(id, null)),
                () -> TestData.run(unit.legal(), () -> review.pass(id, "同意")),
                () -> {
                    TestData.run(unit.leader(1), () -> signoff.approve(id, "同意", false));
                    TestData.run(unit.leader(2), () -> signoff.approve(id, "同意", true));
                },
                () -> TestData.run(
                        unit.secretary(),
                        () -> committee.recordMeeting(
                                id,
                                new MeetingRecord(
                                        "党工委会议",
                                        LocalDate.of(2026, 2, 18),
                                        "第1次",
                                        "9/9",
                                        revision(target) ? MeetingOutcome.CHANGES : MeetingOutcome.APPROVED,
                                        revision(target) ? "请修改第二部分" : null))),
                () -> TestData.run(unit.drafter(), () -> committee.submitRevision(id, "已修改")),
                () -> TestData.run(unit.secretary(), () -> committee.confirmChanges(id, true, "确认")),
                () -> TestData.run(unit.drafter(), () -> publication.reportUp(id, null)),
                () -> TestData.run(data.admin(), () -> office.accept(id, null)),
                () -> TestData.run(unit.drafter(), () -> publication.publish(id, PublishRequest.defaults())));
        int i = 0;
        while (!step(id).equals(target.name())) {
            if (i >= path.size()) {
                throw new IllegalStateException("cannot reach " + target + ", stuck at " + step(id));
            }
            String before = step(id);
            Runnable move = path.get(i++);
            if (!revision(target) && (i == 5 || i == 6)) {
                continue;
            }
            move.run();
            assertThat(step(id)).as("advancing from " + before).isNotEqualTo(before);
        }
    }

    private static boolean revision(Step target) {
        return target == Step.REVISION || target == Step.CONFIRM_CHANGES;
    }

    private MvcResult call(String endpoint, Rule rule, Fixture f, String user, String lockedName, TestUnit unit)
            throws Exception {
        String[] parts = endpoint.split(" ", 2);
        boolean byOwnId =
                rule.target() == Target.NOTICE || rule.target() == Target.DELEGATION || rule.target() == Target.TOKEN;
        String path = parts[1].replace("{id}", String.valueOf(byOwnId ? f.threadId() : f.reportId()))
                .replace("{kind}", "task")
                .replace(
                        "{cycleId}",
                        String.valueOf(jdbc.queryForObject(
                                "SELECT cycle_id FROM rc_report WHERE id = ?", Long.class, f.reportId())))
                .replace("{threadId}", String.valueOf(f.threadId()))
                .replace("{meetingId}", String.valueOf(f.threadId()))
                .replace("{username}", lockedName);
        AbstractMockHttpServletRequestBuilder<?> req;
        if ("UPLOAD".equals(rule.body())) {
            req = multipart(path)
                    .file(new MockMultipartFile(
                            "file",
                            "报告.txt",
                            "text/plain",
                            "一、主要举措和成效\n全年开展普法活动。\n二、存在的不足\n人员不足。".getBytes(StandardCharsets.UTF_8)));
        } else {
            req = request(HttpMethod.valueOf(parts[0]), path);
            String body = "REASSIGN".equals(rule.body())
                    ? "{\"username\":\"" + unit.drafter() + "\",\"reason\":\"转办\"}"
                    : rule.body();
            if (body != null) {
                body = body.replace("{unitId}", String.valueOf(unit.id()))
                        .replace("{legal}", unit.legal())
                        .replace("{ccUser}", ccUser());
                req.contentType(MediaType.APPLICATION_JSON).content(body);
            }
        }
        if (user != null) {
            req.with(httpBasic(user, "demo"));
        }
        return mvc.perform(req).andReturn();
    }

    private String ccUser;

    /** Someone of the supervising office to copy reports to (copies stay inside the circle, issue 19). */
    private String ccUser() {
        if (ccUser == null) {
            ccUser = "cc" + System.nanoTime() % 100000;
            users.save(new AppUser(ccUser, ccUser, passwords.encode("demo"), null, true));
        }
        return ccUser;
    }

    private Set<String> documentedEndpoints() throws Exception {
        JsonNode paths = json.readTree(mvc.perform(get("/v3/api-docs"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .get("paths");
        Set<String> found = new TreeSet<>();
        for (Map.Entry<String, JsonNode> p : paths.properties()) {
            for (Map.Entry<String, JsonNode> op : p.getValue().properties()) {
                found.add(op.getKey().toUpperCase() + " " + p.getKey());
            }
        }
        return found;
    }

    private String step(Long reportId) {
        return jdbc.queryForObject("SELECT step FROM rc_report WHERE id = ?", String.class, reportId);
    }

    private int refusals(String actor) {
        return actor == null
                ? 0
                : jdbc.queryForObject(
                        "SELECT COUNT(*) FROM rc_audit WHERE actor = ? AND action = 'access.refused'",
                        Integer.class,
                        actor);
    }

    private static boolean mentions(MvcResult r, Long reportId) throws Exception {
        String body = r.getResponse().getContentAsString();
        return body.matches("(?s).*\"(id|reportId)\":" + reportId + "[,}].*");
    }

    @SafeVarargs
    private static Set<Actor> union(Set<Actor>... sets) {
        Set<Actor> all = EnumSet.noneOf(Actor.class);
        for (Set<Actor> s : sets) {
            all.addAll(s);
        }
        return all;
    }
}
