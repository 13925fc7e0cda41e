/** The report's audit timeline in the workspace. Depends on {@code audit} and {@code workspace.ui}. */
package org.reportcycle.audit.ui;
