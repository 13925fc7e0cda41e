/**
 * The supervising office's work on the cycle: the dashboard of every unit against its deadlines, chasing
 * late units, the office's review step (审查备案) and received-reports register, moving deadlines, the
 * overdue list, statistics and year over year. Depends on {@code workflow}, {@code report}, {@code cycle},
 * {@code organization}.
 */
package org.reportcycle.office;
