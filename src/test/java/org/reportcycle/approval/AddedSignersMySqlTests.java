package org.reportcycle.approval;

import org.junit.jupiter.api.Tag;
import org.springframework.test.context.ActiveProfiles;

/** 加签 before and after, the refusals and the timeline on a real MySQL/MariaDB (the same tests as on H2). */
@Tag("mysql")
@ActiveProfiles({"test", "mysql"})
class AddedSignersMySqlTests extends AddedSignersTests {

    /** The year given to these tests in the MySQL suite's shared database (each test has a unit of its own). */
    @Override
    protected int year() {
        return 2043;
    }
}
