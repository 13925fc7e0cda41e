package org.reportcycle.notification;

/**
 * A group robot that notices are posted to: 钉钉 ({@link DingTalkRobot}) or 企业微信 ({@link WeComRobot}). An SMS
 * gateway or another chat robot would be one more implementation.
 */
interface RobotChannel {

    /** The kind stored in {@code rc_robot_channel.kind}: {@code DINGTALK}, {@code WECOM}. */
    String kind();

    /**
     * Posts one text message; returns normally only when the robot accepted it (HTTP 200 and {@code errcode} 0).
     * Failures throw {@link RobotException} with the reason kept on the notice.
     */
    void send(String webhookUrl, String secret, String text);

    /** The robot's text limit in UTF-8 bytes (the message is cut to it, keeping the link). */
    int maxBytes();

    /** A robot refused or could not be reached. */
    final class RobotException extends RuntimeException {
        RobotException(String message) {
            super(message);
        }

        RobotException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
