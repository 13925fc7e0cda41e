/**
 * Reporting up and publication, and the public portal's reads of published reports. Depends on
 * {@code workflow}, {@code report}, {@code organization}, {@code cycle}.
 */
package org.reportcycle.publication;
