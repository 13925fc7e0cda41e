/** Ids and value types used everywhere (parts, steps, roles, milestones, events). Depends on nothing. */
package org.reportcycle.shared;
