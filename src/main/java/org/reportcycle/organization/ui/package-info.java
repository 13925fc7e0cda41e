/**
 * Screens' shared pieces about people: the person picker that 抄送, 转办 and delegation use. Depends on the
 * organization's read-only views of people (and Vaadin); no feature depends on it but screens.
 */
package org.reportcycle.organization.ui;
