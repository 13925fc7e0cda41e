package org.reportcycle.notification;

import java.util.List;

/** Notices waiting for their robot post; sent once the transaction that stored them commits. */
record RobotNoticesStored(List<Long> noticeIds) {}
