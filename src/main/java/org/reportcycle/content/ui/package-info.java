/**
 * The report's content in the workspace: importing a Word or text file with the mapping preview, Word and
 * PDF downloads, and the comparison of versions. Built on the report feature's services; lives outside
 * {@code report} because it plugs into the workflow's workspace.
 */
package org.reportcycle.content.ui;
