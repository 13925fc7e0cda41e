/** The supervising office's screens: dashboard, chasing, the office review decision, overdue reports, year over year. */
package org.reportcycle.office.ui;
