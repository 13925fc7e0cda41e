/**
 * What several application nodes on one database need to coordinate: named locks in the database, so that
 * start-up and scheduled work runs once however many nodes run it. Depends on nothing of ours.
 */
package org.reportcycle.cluster;
