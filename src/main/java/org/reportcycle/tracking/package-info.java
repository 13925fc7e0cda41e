/**
 * The administrator's work: opening cycles for units and tracking every unit's progress. Depends on
 * {@code workflow}, {@code report}, {@code cycle}, {@code organization}.
 */
package org.reportcycle.tracking;
