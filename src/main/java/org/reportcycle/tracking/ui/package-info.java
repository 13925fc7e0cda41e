/** The administrator's overview of every unit's report. Depends on {@code tracking} and {@code report.ui}. */
package org.reportcycle.tracking.ui;
