/** The workspace button that reports up and publishes. Depends on {@code publication} and {@code workspace.ui}. */
package org.reportcycle.publication.ui;
