/**
 * Tables in and out of .xlsx (Apache POI) and CSV, for the office's exports and the people import.
 * Depends on nothing of ours.
 */
package org.reportcycle.spreadsheet;
