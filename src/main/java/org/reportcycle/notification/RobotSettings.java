package org.reportcycle.notification;

/** One unit's group robot as administrators see it: the secret is never shown, only whether one is set. */
public record RobotSettings(Long unitId, String kind, String webhookUrl, boolean signed) {}
