/** Drafting submission and legal review decisions. Depends on {@code workflow}, {@code report}, {@code organization}. */
package org.reportcycle.review;
