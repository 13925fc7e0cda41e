/** The notification bell in the navigation bar, the list of notices and each person's notification settings. */
package org.reportcycle.notification.ui;
