/**
 * Units (a tree with levels and supervising parents), people and their memberships (a role per unit;
 * leaders in sign-off order). Depends on {@code shared} only.
 */
package org.reportcycle.organization;
