/** Reporting cycles (one per year) and their milestone deadlines per unit level. Depends on {@code shared}. */
package org.reportcycle.cycle;
