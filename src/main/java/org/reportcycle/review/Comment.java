package org.reportcycle.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A review comment on a passage of a part, or a reply in its thread. */
@Entity
@Table(name = "rc_comment")
public class Comment {

    /** Where a thread stands. */
    public enum State {
        OPEN,
        ANSWERED,
        RESOLVED
    }

    /** How the drafter answered: changed the text, or explained why not. */
    public enum AnswerKind {
        FIXED,
        EXPLAINED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "report_id", nullable = false)
    private Long reportId;

    @Column(name = "parent_id")
    private Long parentId;

    private String part;

    private String quote;

    @Column(nullable = false)
    private String body;

    @Column(nullable = false)
    private String author;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    private State state;

    @Enumerated(EnumType.STRING)
    @Column(name = "answer_kind")
    private AnswerKind answerKind;

    @Version
    @Column(name = "row_version")
    private long rowVersion;

    protected Comment() {}

    static Comment thread(Long reportId, String part, String quote, String body, String author, Instant at) {
        Comment c = new Comment();
        c.reportId = reportId;
        c.part = part;
        c.quote = quote;
        c.body = body;
        c.author = author;
        c.createdAt = at;
        c.state = State.OPEN;
        return c;
    }

    static Comment reply(Comment thread, String body, String author, Instant at) {
        Comment c = new Comment();
        c.reportId = thread.reportId;
        c.parentId = thread.id;
        c.body = body;
        c.author = author;
        c.createdAt = at;
        return c;
    }

    void answer(AnswerKind kind) {
        this.state = State.ANSWERED;
        this.answerKind = kind;
    }

    void resolve() {
        this.state = State.RESOLVED;
    }

    void reopen() {
        this.state = State.OPEN;
        this.answerKind = null;
    }

    public boolean isThread() {
        return parentId == null;
    }

    public Long getId() {
        return id;
    }

    public Long getReportId() {
        return reportId;
    }

    public Long getParentId() {
        return parentId;
    }

    public String getPart() {
        return part;
    }

    public String getQuote() {
        return quote;
    }

    public String getBody() {
        return body;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public State getState() {
        return state;
    }

    public AnswerKind getAnswerKind() {
        return answerKind;
    }
}
