/** The demo dataset of the embedded default profile. Depends on the feature services it drives. */
package org.reportcycle.demo;
