/**
 * The administrator's people and units: create, edit, deactivate units, users and memberships, each change
 * audited; import from CSV and .xlsx after a validation report; export; and each user's own language.
 * Depends on {@code organization}, {@code security}, {@code spreadsheet}.
 */
package org.reportcycle.people;
