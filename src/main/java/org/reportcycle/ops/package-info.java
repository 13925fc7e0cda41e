/**
 * Running ReportCycle in production: business metrics for Prometheus, a request id per HTTP request in the
 * logs and the response, the first administrator from configuration. Depends on the features it observes.
 */
package org.reportcycle.ops;
