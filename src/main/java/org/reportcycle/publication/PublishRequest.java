package org.reportcycle.publication;

import java.time.LocalDate;

/** The publication metadata: 索引号, 发布机构, 成文日期 (blank fields take defaults). */
public record PublishRequest(String indexNo, String issuer, LocalDate writtenOn) {

    public static PublishRequest defaults() {
        return new PublishRequest(null, null, null);
    }
}
