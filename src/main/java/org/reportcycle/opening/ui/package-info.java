/** The administrator's cycle set-up screen: deadlines per unit level, the units to open, the opening job's progress. */
package org.reportcycle.opening.ui;
