/**
 * The workspace buttons and panels of leader sign-off and committee deliberation. Depends on
 * {@code approval}, {@code organization} and {@code workspace.ui}.
 */
package org.reportcycle.approval.ui;
