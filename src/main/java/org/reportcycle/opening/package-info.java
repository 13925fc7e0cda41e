/**
 * Opening a reporting cycle for units: one report and one process per unit, run as a background job in
 * chunks of 200 units per transaction. Depends on {@code workflow}, {@code report}, {@code cycle},
 * {@code organization}.
 */
package org.reportcycle.opening;
