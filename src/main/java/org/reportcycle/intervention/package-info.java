/**
 * Flow control outside the normal path: withdrawal, an administrator's return to an earlier step,
 * reassignment of a task (转办). Its only Flowable side is {@code workflow.FlowControl}. Depends on
 * {@code workflow}, {@code review}, {@code report}, {@code organization}.
 */
package org.reportcycle.intervention;
