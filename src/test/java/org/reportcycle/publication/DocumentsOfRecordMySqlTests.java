package org.reportcycle.publication;

import org.junit.jupiter.api.Tag;
import org.springframework.test.context.ActiveProfiles;

/** Signed documents of record (V090's register with the signed file as LONGBLOB) on a real MySQL/MariaDB. */
@Tag("mysql")
@ActiveProfiles({"test", "mysql"})
class DocumentsOfRecordMySqlTests extends DocumentsOfRecordTests {}
