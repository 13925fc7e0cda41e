package org.reportcycle.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reportcycle.testdata.TestData.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.reportcycle.approval.CommitteeService;
import org.reportcycle.approval.MeetingOutcome;
import org.reportcycle.approval.MeetingRecord;
import org.reportcycle.approval.SignoffService;
import org.reportcycle.audit.AuditCsv;
import org.reportcycle.audit.AuditQueries;
import org.reportcycle.delegation.CopyService;
import org.reportcycle.delegation.DelegationService;
import org.reportcycle.office.DeadlineService;
import org.reportcycle.office.OfficeReviewService;
import org.reportcycle.organization.AppUser;
import org.reportcycle.organization.UserRepository;
import org.reportcycle.people.PeopleExport;
import org.reportcycle.people.PeopleImport;
import org.reportcycle.people.PeopleService;
import org.reportcycle.publication.PublicationService;
import org.reportcycle.publication.PublishRequest;
import org.reportcycle.review.ReviewService;
import org.reportcycle.shared.Milestone;
import org.reportcycle.shared.UnitLevel;
import org.reportcycle.shared.UserFacingException;
import org.reportcycle.spreadsheet.Sheets;
import org.reportcycle.testdata.TestData;
import org.reportcycle.testdata.TestData.TestUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Replays the reproductions of issue 19 (security, second round), point by point; each probe is one attack
 * that must now be refused or neutralised. Prints {@code SECURITY PROBES: N tried, N held}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SecurityProbesTests {

    private static final List<String> tried = new ArrayList<>();
    private static final List<String> broken = new ArrayList<>();

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CopyService copies;

    @Autowired
    AuditQueries audit;

    @Autowired
    PeopleService people;

    @Autowired
    PeopleImport importer;

    @Autowired
    PeopleExport export;

    @Autowired
    PasswordService passwords;

    @Autowired
    UserRepository users;

    @Autowired
    ReviewService review;

    @Autowired
    SignoffService signoff;

    @Autowired
    CommitteeService committee;

    @Autowired
    OfficeReviewService office;

    @Autowired
    PublicationService publication;

    @Autowired
    DelegationService delegation;

    @Autowired
    DeadlineService deadlines;

    @LocalServerPort
    int port;

    @AfterAll
    static void summary() {
        System.out.println("SECURITY PROBES: " + tried.size() + " tried, " + (tried.size() - broken.size()) + " held"
                + (broken.isEmpty() ? "" : " — broken: " + broken));
    }

    @Test
    void point_1_copies_stay_inside_the_unit_and_its_supervising_office() {
        TestUnit unit = data.unit("抄送圈内街道");
        TestUnit office = data.unit("抄送上级办");
        TestUnit stranger = data.unit("抄送圈外街道");
        jdbc.update("UPDATE rc_unit SET parent_id = ? WHERE id = ?", office.id(), unit.id());
        Long id = data.openReport(2031, unit);

        probe(
                "copy to another unit refused",
                refusedWith(
                        () -> as(unit.leader(1), () -> copies.copy(id, stranger.drafter(), null)),
                        "error.copyNotAllowed"));
        probe(
                "copy to a name nobody has: the same answer",
                refusedWith(
                        () -> as(unit.leader(1), () -> copies.copy(id, "nobody-" + System.nanoTime(), null)),
                        "error.copyNotAllowed"));
        as(unit.leader(1), () -> copies.copy(id, office.legal(), "请阅"));
        probe(
                "a copied person reads the report",
                as(office.legal(), () -> copies.copies(id)).size() == 1);
        probe(
                "a copied person cannot copy on",
                denied(() -> as(office.legal(), () -> copies.copy(id, office.drafter(), null))));
        probe(
                "a copied person does not see the audit trail",
                denied(() -> as(office.legal(), () -> audit.forReport(unit.id(), id))));
        probe(
                "members see no client addresses",
                as(unit.drafter(), () -> audit.forReport(unit.id(), id)).stream()
                        .allMatch(r -> r.clientAddr() == null));
    }

    @Test
    void point_2_one_password_policy_for_screens_import_and_forced_change() {
        String admin = data.admin();
        String name = "pw" + System.nanoTime() % 100000;
        probe(
                "a screen refuses 123",
                refusedWith(
                        () -> as(admin, () -> people.createUser(name, "弱", null, false, "123")),
                        "error.password.short"));
        probe(
                "a common password is refused",
                refusedWith(
                        () -> as(admin, () -> people.createUser(name, "弱", null, false, "Password@123")),
                        "error.password.common"));
        String csv = "username,display_name,email,administrator,password\r\n" + name + "a,甲,,否,123\r\n" + name
                + "b,乙,,是,123\r\n";
        byte[] file = csv.getBytes(StandardCharsets.UTF_8);
        PeopleImport.Report report = as(admin, () -> importer.check("users.csv", file));
        probe(
                "the import reports the weak rows",
                report.problems().stream()
                                .filter(p -> p.key().equals("import.weakPassword"))
                                .count()
                        == 2);
        probe(
                "the import stores nothing",
                refusedWith(() -> as(admin, () -> importer.apply("users.csv", file)), "error.importHasProblems")
                        && users.findByUsername(name + "a").isEmpty());
        AppUser user = as(admin, () -> people.createUser(name, "强", null, false, "Strong-Pass-2031"));
        TestData.run(admin, () -> people.resetPassword(user.getId(), "Temporary-Pass-2031"));
        probe("a reset forces a change", as(name, passwords::mustChange));
        TestData.run(name, () -> passwords.changeOwn("Temporary-Pass-2031", "My-Own-Pass-2031!"));
        probe("the change clears the demand", !as(name, passwords::mustChange));
        probe(
                "the own change follows the policy",
                refusedWith(
                        () -> TestData.run(name, () -> passwords.changeOwn("My-Own-Pass-2031!", "short")),
                        "error.password.short"));
    }

    @Test
    void point_3_an_attacker_elsewhere_cannot_lock_the_real_user_out() throws Exception {
        data.admin();
        TestUnit unit = data.unit("防锁街道");
        for (int i = 0; i < 12; i++) {
            mvc.perform(get("/api/v1/tasks")
                    .with(httpBasic(unit.drafter(), "guess" + i))
                    .with(from("203.0.113.66")));
        }
        probe(
                "the attacker's address is blocked",
                status(get("/api/v1/tasks")
                                .with(httpBasic(unit.drafter(), "demo"))
                                .with(from("203.0.113.66")))
                        == 401);
        probe(
                "the real user still signs in from their address",
                status(get("/api/v1/tasks").with(httpBasic(unit.drafter(), "demo"))) == 200);
        probe(
                "administrators are told",
                jdbc.queryForObject(
                                "SELECT COUNT(*) FROM rc_notice WHERE kind = 'security' AND args LIKE ?",
                                Integer.class,
                                "%" + unit.drafter() + "%")
                        > 0);
    }

    @Test
    void point_4_failures_are_cheap_and_aggregated() throws Exception {
        String ghost = "ghost-" + System.nanoTime();
        for (int i = 0; i < 9; i++) {
            mvc.perform(get("/api/v1/tasks").with(httpBasic(ghost, "x")).with(from("198.51.100.4")));
        }
        Integer records = jdbc.queryForObject(
                "SELECT COUNT(*) FROM rc_audit WHERE actor = ? AND action = 'auth.loginFailed'", Integer.class, ghost);
        probe(
                "nine failures in a minute make at most two audit records",
                records != null && records >= 1 && records <= 2);
        for (int i = 0; i < 3; i++) {
            mvc.perform(get("/api/v1/tasks").with(httpBasic(ghost, "x")).with(from("198.51.100.4")));
        }
        long auditBefore = count("rc_audit");
        long locksBefore = count("rc_login_lock");
        for (int i = 0; i < 30; i++) {
            mvc.perform(get("/api/v1/tasks").with(httpBasic(ghost, "x")).with(from("198.51.100.4")));
        }
        probe(
                "a blocked attempt writes nothing",
                count("rc_audit") == auditBefore && count("rc_login_lock") == locksBefore);
    }

    @Test
    void point_5_exports_neutralise_formulas() throws Exception {
        String admin = data.admin();
        String name = "csv" + System.nanoTime() % 100000;
        as(
                admin,
                () -> people.createUser(
                        name, "=HYPERLINK(\"http://evil.example\",\"点我\")", null, false, "Strong-Pass-2031"));
        String csv = new String(as(admin, () -> export.csv(PeopleExport.Kind.USERS)), StandardCharsets.UTF_8);
        probe("the people CSV prefixes the formula", csv.contains("\"'=HYPERLINK(") && !csv.contains(",=HYPERLINK("));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(as(admin, () -> export.xlsx())))) {
            Sheet sheet = book.getSheet("users");
            boolean quoted = false;
            for (var row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                            && cell.getStringCellValue().startsWith("=HYPERLINK")) {
                        quoted = cell.getCellStyle().getQuotePrefixed();
                    }
                }
            }
            probe("the people .xlsx marks the cell as text", quoted);
        }
        for (String bad : List.of("\t=1+1", "\r=1+1", "a\n=1+1", "-2+3", "@SUM(A1)", "+1")) {
            probe(
                    "the audit CSV neutralises " + bad.replace("\n", "\\n"),
                    AuditCsv.write(List.of(record(bad)), java.time.ZoneOffset.UTC)
                            .contains("\"'" + bad));
        }
        probe(
                "a neutralised CSV reads back as typed",
                Sheets.readCsv("t.csv", csv.getBytes(StandardCharsets.UTF_8)).rows().stream()
                        .anyMatch(r -> r.contains("=HYPERLINK(\"http://evil.example\",\"点我\")")));
    }

    @Test
    void point_6_publication_details_are_checked() {
        TestUnit unit = data.unit("公开核验街道");
        TestUnit other = data.unit("公开他处街道");
        Long otherId = data.openReport(2032, other);
        data.publish(other, otherId);
        String takenIndex = jdbc.queryForObject("SELECT index_no FROM rc_report WHERE id = ?", String.class, otherId);
        Long reportId = openToPublish(unit, 2032);
        probe(
                "another unit's 索引号 refused",
                refusedWith(() -> publishAs(unit, reportId, takenIndex, null, null), "error.indexNoForm"));
        jdbc.update("UPDATE rc_report SET index_no = ? WHERE id = ?", unit.code() + "-2032-77777", otherId);
        probe(
                "a duplicate 索引号 refused",
                refusedWith(
                        () -> publishAs(unit, reportId, unit.code() + "-2032-77777", null, null),
                        "error.indexNoTaken"));
        probe(
                "another unit's name as 发布机构 refused",
                refusedWith(() -> publishAs(unit, reportId, null, other.name(), null), "error.issuerNotUnit"));
        probe(
                "a 成文日期 before the committee refused",
                refusedWith(
                        () -> publishAs(unit, reportId, null, null, LocalDate.of(2020, 1, 1)),
                        "error.writtenOnBeforeApproval"));
        probe(
                "a 成文日期 in the future refused",
                refusedWith(
                        () -> publishAs(
                                unit, reportId, null, null, LocalDate.now().plusYears(3)),
                        "error.writtenOnFuture"));
        String formal = unit.name() + "办事处";
        as(data.admin(), () -> people.updateUnit(unit.id(), unit.name(), UnitLevel.STREET, null, formal));
        probe(
                "the short name is not the formal name",
                refusedWith(() -> publishAs(unit, reportId, null, unit.name(), null), "error.issuerNotUnit"));
        publishAs(unit, reportId, unit.code() + "-2032-00001", formal, LocalDate.of(2025, 3, 1));
        probe(
                "right details publish",
                "PUBLISHED"
                        .equals(jdbc.queryForObject(
                                "SELECT step FROM rc_report WHERE id = ?", String.class, reportId)));
    }

    @Test
    void point_7_a_sign_in_posted_from_another_site_is_refused() throws Exception {
        TestUnit unit = data.unit("登录来源街道");
        probe(
                "Origin of another site refused",
                status(post("/login")
                                .param("username", unit.drafter())
                                .param("password", "demo")
                                .with(csrf())
                                .header("Origin", "https://evil.example"))
                        == 403);
        probe(
                "Sec-Fetch-Site cross-site refused",
                status(post("/login")
                                .param("username", unit.drafter())
                                .param("password", "demo")
                                .with(csrf())
                                .header("Sec-Fetch-Site", "cross-site"))
                        == 403);
        MvcResult own = mvc.perform(post("/login")
                        .param("username", unit.drafter())
                        .param("password", "demo")
                        .with(csrf())
                        .header("Origin", "http://localhost")
                        .header("Sec-Fetch-Site", "same-origin"))
                .andReturn();
        probe(
                "the own page still signs in",
                own.getResponse().getStatus() == 302
                        && !String.valueOf(own.getResponse().getRedirectedUrl()).contains("error"));
    }

    @Test
    void point_8_over_long_input_is_refused_or_bounded() throws Exception {
        String longName = "n".repeat(101);
        probe(
                "a 101-character name fails cleanly",
                status(get("/api/v1/tasks").with(httpBasic(longName, "x")).with(from("192.0.2.8"))) == 401);
        String huge = "x".repeat(5000);
        probe(
                "a 5,000-character name fails cleanly",
                status(get("/api/v1/tasks").with(httpBasic(huge, "x")).with(from("192.0.2.8"))) == 401);
        probe(
                "the long names are audited, cut with a marker",
                jdbc.queryForObject(
                                "SELECT COUNT(*) FROM rc_audit WHERE action = 'auth.loginFailed' AND actor LIKE 'nnnn%…[+%'",
                                Integer.class)
                        > 0);
        TestUnit unit = data.unit("超长输入街道");
        Long id = data.openReport(2033, unit);
        String body = "{\"to\":\"" + unit.legal() + "\",\"note\":\"" + "长".repeat(1_000_000) + "\"}";
        probe(
                "a 1,000,000-character copy note gives 400",
                status(post("/api/v1/reports/" + id + "/copies")
                                .with(httpBasic(unit.drafter(), "demo"))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(body))
                        == 400);
        probe(
                "a 1,000,000-character delegation reason refused",
                refusedWith(
                        () -> as(
                                unit.legal(),
                                () -> delegation.delegate(
                                        unit.id(),
                                        unit.drafter(),
                                        LocalDate.now(),
                                        LocalDate.now().plusDays(1),
                                        "长".repeat(1_000_000))),
                        "error.tooLong.reason"));
        Long cycleId = jdbc.queryForObject("SELECT cycle_id FROM rc_report WHERE id = ?", Long.class, id);
        probe(
                "a deadline 99,999 years ahead refused",
                refusedWith(
                        () -> as(
                                data.admin(),
                                () -> deadlines.move(
                                        cycleId,
                                        UnitLevel.STREET,
                                        Milestone.DRAFT,
                                        LocalDate.now().plusYears(99_999))),
                        "error.deadlineOutOfRange"));
        probe(
                "a deadline at year +999999999 gives 400",
                status(
                                put("/api/v1/cycles/" + cycleId + "/deadline")
                                        .with(httpBasic(data.admin(), "demo"))
                                        .contentType(MediaType.APPLICATION_JSON)
                                        .content(
                                                "{\"level\":\"STREET\",\"milestone\":\"DRAFT\",\"dueDate\":\"+999999999-12-31\"}"))
                        == 400);
    }

    @Test
    void point_9_the_embedded_database_opens_no_port_and_keeps_its_files_private() throws Exception {
        Properties props = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            props.load(in);
        }
        probe(
                "no AUTO_SERVER",
                !props.getProperty("spring.datasource.url").toUpperCase().contains("AUTO_SERVER"));
        Path dir = Files.createTempDirectory("rc-data");
        Path file = Files.writeString(dir.resolve("reportcycle.mv.db"), "x");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        org.reportcycle.ops.DataFilePermissions.restrict(dir);
        probe(
                "data files 0600",
                PosixFilePermissions.toString(Files.getPosixFilePermissions(file))
                        .equals("rw-------"));
        probe(
                "data directory 0700",
                PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))
                        .equals("rwx------"));
    }

    @Test
    void point_10_look_alike_names_are_refused() {
        String admin = data.admin();
        TestUnit unit = data.unit("同形街道");
        for (String hidden : List.of("\u200B", "\u202E", "\u0007", "\u2066", "\uFEFF")) {
            probe(
                    "a user name with U+" + Integer.toHexString(hidden.charAt(0)),
                    refusedWith(
                            () -> as(
                                    admin,
                                    () -> people.createUser(
                                            unit.drafter() + hidden, "起草人", null, false, "Strong-Pass-2031")),
                            "error.nameCharacters"));
        }
        probe(
                "a unit name with a direction override",
                refusedWith(
                        () -> as(
                                admin,
                                () -> people.createUnit(
                                        "rlo" + System.nanoTime() % 100000, "草滩\u202E街道", UnitLevel.STREET, null)),
                        "error.nameCharacters"));
        probe(
                "full-width letters fold onto the existing name",
                refusedWith(
                        () -> as(
                                admin,
                                () -> people.createUser(
                                        toFullWidth(unit.drafter()), "起草人", null, false, "Strong-Pass-2031")),
                        "error.usernameTaken"));
        byte[] file = ("username,display_name,email,administrator,password\r\n" + unit.drafter()
                        + "\u200B,起草人,,否,Strong-Pass-2031\r\n")
                .getBytes(StandardCharsets.UTF_8);
        probe(
                "the import reports the invisible character",
                as(admin, () -> importer.check("users.csv", file)).problems().stream()
                        .anyMatch(p -> p.key().equals("import.hiddenCharacters")));
    }

    @Test
    void point_11_smaller_leaks_are_closed() throws Exception {
        TestUnit unit = data.unit("小漏洞街道");
        TestUnit other = data.unit("小漏洞他街道");
        Long id = data.openReport(2034, unit);
        MvcResult forbidden = mvc.perform(get("/api/v1/reports/" + id).with(httpBasic(other.drafter(), "demo")))
                .andReturn();
        MvcResult missing = mvc.perform(get("/api/v1/reports/987654321").with(httpBasic(other.drafter(), "demo")))
                .andReturn();
        probe(
                "a missing report answers like a forbidden one",
                forbidden.getResponse().getStatus() == missing.getResponse().getStatus()
                        && forbidden
                                .getResponse()
                                .getContentAsString()
                                .equals(missing.getResponse().getContentAsString()));
        MvcResult exists = mvc.perform(post("/api/v1/reports/" + id + "/copies")
                        .with(httpBasic(unit.drafter(), "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"to\":\"" + other.drafter() + "\"}"))
                .andReturn();
        MvcResult nobody = mvc.perform(post("/api/v1/reports/" + id + "/copies")
                        .with(httpBasic(unit.drafter(), "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"to\":\"nobody-at-all\"}"))
                .andReturn();
        probe(
                "the copy endpoint tells nothing about who exists",
                exists.getResponse().getStatus() == nobody.getResponse().getStatus()
                        && exists.getResponse()
                                .getContentAsString()
                                .replace(other.drafter(), "X")
                                .equals(nobody.getResponse()
                                        .getContentAsString()
                                        .replace("nobody-at-all", "X")));
        MvcResult unknown = mvc.perform(get("/api/v1/no-such-thing").with(httpBasic(unit.drafter(), "demo")))
                .andReturn();
        probe(
                "an unknown API path is a JSON 404",
                unknown.getResponse().getStatus() == 404
                        && unknown.getResponse().getContentAsString().contains("\"error\""));
        MvcResult wild = mvc.perform(get("/api/v1/audit")
                        .param("action", "%")
                        .param("limit", "99999999")
                        .with(httpBasic(data.admin(), "demo")))
                .andReturn();
        probe(
                "action=% is no wildcard",
                wild.getResponse().getStatus() == 200
                        && wild.getResponse().getContentAsString().equals("[]"));
        probe(
                "{\"parts\":null} saves nothing",
                status(put("/api/v1/reports/" + id + "/parts")
                                .with(httpBasic(unit.drafter(), "demo"))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"parts\":null}"))
                        == 400);
        probe(
                "a non-JSON body gives 415",
                status(put("/api/v1/reports/" + id + "/parts")
                                .with(httpBasic(unit.drafter(), "demo"))
                                .contentType(MediaType.TEXT_PLAIN)
                                .content("parts"))
                        == 415);
        String head = rawRequest(
                "POST /api/v1/import/preview HTTP/1.1\r\nHost: localhost\r\nContent-Type: multipart/form-data; boundary=x\r\n"
                        + "Content-Length: 31457280\r\nConnection: close\r\n\r\n");
        probe("a 30 MB upload gets a JSON 413", head.startsWith("HTTP/1.1 413") && head.contains("application/json"));
        HttpResponse<String> login = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                                .header("X-Forwarded-Proto", "https")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        List<String> cookies = login.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID"))
                .toList();
        probe(
                "the cookie is Secure behind HTTPS",
                !cookies.isEmpty() && cookies.stream().allMatch(c -> c.contains("Secure")));
    }

    // ---- helpers

    private Long openToPublish(TestUnit unit, int year) {
        Long reportId = data.openReport(year, unit);
        as(unit.drafter(), () -> review.submit(reportId, null));
        as(unit.legal(), () -> review.pass(reportId, "同意"));
        as(unit.leader(1), () -> signoff.approve(reportId, "同意", false));
        as(unit.leader(2), () -> signoff.approve(reportId, "同意", true));
        as(
                unit.secretary(),
                () -> committee.recordMeeting(
                        reportId,
                        new MeetingRecord(
                                "党工委会议", LocalDate.of(2025, 2, 18), "第1次", "9/9", MeetingOutcome.APPROVED, null)));
        as(unit.drafter(), () -> publication.reportUp(reportId, null));
        as(data.admin(), () -> office.accept(reportId, null));
        return reportId;
    }

    private void publishAs(TestUnit unit, Long reportId, String indexNo, String issuer, LocalDate writtenOn) {
        as(unit.drafter(), () -> publication.publish(reportId, new PublishRequest(indexNo, issuer, writtenOn)));
    }

    private static org.reportcycle.audit.AuditRecord record(String actor) {
        return new org.reportcycle.audit.AuditRecord(
                1, java.time.Instant.EPOCH, actor, null, null, null, "auth.loginFailed", "{}", null, "0", "0");
    }

    private String rawRequest(String request) throws Exception {
        // the server answers without reading the declared body, then waits for it: read what came until quiet
        java.io.ByteArrayOutputStream answer = new java.io.ByteArrayOutputStream();
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(3_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                answer.write(buffer, 0, n);
            }
        } catch (java.net.SocketTimeoutException quiet) {
            // everything the server had to say has arrived
        }
        return answer.toString(StandardCharsets.ISO_8859_1);
    }

    private static String toFullWidth(String ascii) {
        StringBuilder out = new StringBuilder();
        ascii.chars().forEach(c -> out.append(c >= '!' && c <= '~' ? (char) (c - '!' + '\uFF01') : (char) c));
        return out.toString();
    }

    private long count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }

    private int status(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static boolean refusedWith(Runnable action, String key) {
        try {
            action.run();
            return false;
        } catch (UserFacingException e) {
            return e.messageKey().equals(key);
        }
    }

    private static boolean denied(Runnable action) {
        try {
            action.run();
            return false;
        } catch (AccessDeniedException e) {
            return true;
        }
    }

    private static synchronized void probe(String what, boolean held) {
        tried.add(what);
        if (!held) {
            broken.add(what);
        }
        assertThat(held).as(what).isTrue();
    }
}
