/**
 * The REST API under {@code /api/v1} (JSON; bearer tokens or HTTP Basic; {@code /api/v1/public} needs no login). Thin
 * adapters over the feature services, which do all authorization.
 */
package org.reportcycle.api;
