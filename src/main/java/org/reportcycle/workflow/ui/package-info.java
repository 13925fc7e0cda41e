/**
 * The screens of a person's work: the inbox and the report workspace. The workspace is assembled from
 * contributions: each step feature offers its decision buttons through {@link
 * org.reportcycle.workflow.ui.StepActions} and its panels through {@link
 * org.reportcycle.workflow.ui.WorkspaceSection}, so this package depends on no step feature while they
 * depend on it, as their services depend on {@code workflow}.
 */
package org.reportcycle.workflow.ui;
