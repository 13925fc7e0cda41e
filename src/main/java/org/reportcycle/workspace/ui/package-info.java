/**
 * The screens of a person's work: the inbox, the reports list and the report workspace with everything shown
 * in it that is not a single step's decision — parts editor, conflict dialog, version history and comparison,
 * progress, import and export actions. The workspace is assembled from contributions: each step feature
 * offers its decision buttons through {@link org.reportcycle.workspace.ui.StepActions} and its panels
 * through {@link org.reportcycle.workspace.ui.WorkspaceSection}, so this package depends on no step feature
 * while they depend on it, as their services depend on {@code workflow}.
 */
package org.reportcycle.workspace.ui;
