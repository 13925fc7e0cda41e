package org.reportcycle.notification;

import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * 企业微信 group robot (群机器人): {@code POST https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…} with
 * {@code {"msgtype":"text","text":{"content":…}}}; the text is at most 2048 bytes in UTF-8. The key in the address
 * is the only credential (no signature).
 */
@Component
class WeComRobot implements RobotChannel {

    static final String KIND = "WECOM";

    private final RobotHttp http;

    WeComRobot(RobotHttp http) {
        this.http = http;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public int maxBytes() {
        return 2048;
    }

    @Override
    public void send(String webhookUrl, String secret, String text) {
        http.post(webhookUrl, Map.of("msgtype", "text", "text", Map.of("content", text)));
    }
}
