/** The list of reports a person may see, the report grid the administrator's screens reuse, and download links. */
package org.reportcycle.report.ui;
