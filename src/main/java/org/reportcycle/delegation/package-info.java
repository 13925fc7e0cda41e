/**
 * Delegation (委派: a person lets another act for them for a while) and copies (抄送: a report shown to
 * someone outside its path). Depends on {@code workflow}, {@code report}, {@code organization}.
 */
package org.reportcycle.delegation;
