package org.reportcycle.notification;

import java.util.List;

/** Notices waiting for their e-mail; the mailer sends them once the transaction that stored them commits. */
record NoticesStored(List<Long> noticeIds) {}
