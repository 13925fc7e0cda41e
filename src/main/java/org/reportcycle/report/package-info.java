/**
 * The report: its parts, versions, import, compliance check and export. Depends on {@code shared},
 * {@code security}, {@code organization} and {@code cycle}; never on the workflow.
 */
package org.reportcycle.report;
