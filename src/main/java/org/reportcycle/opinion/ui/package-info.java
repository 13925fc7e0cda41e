/** The standard opinions offered in the opinion fields, and the screen where each person edits theirs. */
package org.reportcycle.opinion.ui;
