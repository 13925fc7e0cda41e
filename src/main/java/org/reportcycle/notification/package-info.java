/**
 * Notifications: stores an in-app notice per recipient of each {@code shared.NotifyEvent} in the
 * publisher's transaction, mails it after the commit where the recipient wants it and mail is on, and
 * keeps each person's choices per kind. Depends on {@code shared}, {@code organization}, {@code security}.
 */
package org.reportcycle.notification;
