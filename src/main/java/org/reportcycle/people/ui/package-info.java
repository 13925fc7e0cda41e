/** The administrator's screen for units, people and memberships, with import and export. */
package org.reportcycle.people.ui;
