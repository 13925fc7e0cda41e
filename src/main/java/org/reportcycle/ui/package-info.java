/**
 * The application shell and the pieces every screen shares: {@link org.reportcycle.ui.MainLayout}, the
 * translation provider over Spring's message source, the language choice, notifications for service
 * refusals, date formats and a reason dialog. Imports no feature package except {@code security}; the
 * features' screens live in their own {@code ui} sub-packages and use these.
 */
package org.reportcycle.ui;
