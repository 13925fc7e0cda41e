/** Flow control in the report workspace: withdraw, an administrator's return, reassignment (转办). */
package org.reportcycle.intervention.ui;
