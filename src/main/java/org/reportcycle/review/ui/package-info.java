/** The workspace buttons of drafting submission and legal review. Depends on {@code review} and {@code workspace.ui}. */
package org.reportcycle.review.ui;
