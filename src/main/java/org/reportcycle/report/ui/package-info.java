/** The list of reports a person may see, and the report grid the administrator's screens reuse. */
package org.reportcycle.report.ui;
