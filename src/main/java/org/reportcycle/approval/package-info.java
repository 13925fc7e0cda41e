/** Leader sign-off and committee deliberation. Depends on {@code workflow}, {@code report}, {@code security}. */
package org.reportcycle.approval;
