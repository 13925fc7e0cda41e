/** Each person's standard opinions (常用意见) for the opinion fields. Depends on {@code shared}, {@code security}. */
package org.reportcycle.opinion;
