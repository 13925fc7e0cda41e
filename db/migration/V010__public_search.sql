-- Public full-text search over published reports (portal). Chinese has no word spaces, so the index holds
-- character n-grams: every single letter/digit (unigram) and every pair of adjacent letters/digits (bigram),
-- each encoded as a number (bigram = (first char << 16) | second char; unigram = the char), which avoids
-- collation differences between databases. A query looks up its grams by primary key, intersects the
-- postings starting from the rarest gram, then verifies the phrase on the stored body.
CREATE TABLE rc_search_doc (
    report_id    BIGINT      NOT NULL PRIMARY KEY,
    unit_id      BIGINT      NOT NULL,
    unit_level   VARCHAR(32) NOT NULL,
    report_year  INT         NOT NULL,
    title        VARCHAR(300) NOT NULL,
    index_no     VARCHAR(100),
    published_at ${ts}       NOT NULL,
    body         ${clob}     NOT NULL
);
CREATE INDEX ix_search_doc_published ON rc_search_doc (published_at, report_id);
CREATE INDEX ix_search_doc_year ON rc_search_doc (report_year, published_at);
CREATE INDEX ix_search_doc_unit ON rc_search_doc (unit_id, published_at);
CREATE INDEX ix_search_doc_level ON rc_search_doc (unit_level, published_at);

CREATE TABLE rc_search_gram (
    gram      BIGINT NOT NULL,
    report_id BIGINT NOT NULL,
    PRIMARY KEY (gram, report_id)
);
CREATE INDEX ix_search_gram_report ON rc_search_gram (report_id);
