package org.reportcycle.approval;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The stored minutes file of a meeting; read only when someone downloads it. */
@Entity
@Table(name = "rc_meeting_file")
public class MeetingFile {

    @Id
    @Column(name = "meeting_id")
    private Long meetingId;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false)
    private String sha256;

    // no @Lob: bound as bytes, which fits BLOB (H2), LONGBLOB (MySQL) and BYTEA (PostgreSQL, where @Lob means oid)
    @Column(nullable = false)
    private byte[] content;

    protected MeetingFile() {}

    MeetingFile(Long meetingId, String fileName, String contentType, byte[] content, String sha256) {
        this.meetingId = meetingId;
        this.fileName = MinutesFile.downloadName(fileName, contentType);
        this.contentType = contentType;
        this.sizeBytes = content.length;
        this.sha256 = sha256;
        this.content = content;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public byte[] getContent() {
        return content;
    }
}
