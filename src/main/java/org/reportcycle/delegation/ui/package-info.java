/** The delegations screen and the workspace's copies section. */
package org.reportcycle.delegation.ui;
