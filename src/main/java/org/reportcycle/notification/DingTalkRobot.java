package org.reportcycle.notification;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * 钉钉 custom group robot (自定义机器人): {@code POST <webhook>?access_token=…&timestamp=…&sign=…} with
 * {@code {"msgtype":"text","text":{"content":…}}}. With 加签 the sign is
 * {@code urlEncode(base64(HmacSHA256(key = secret, data = timestamp + "\n" + secret)))}, UTF-8, the timestamp in
 * epoch milliseconds (钉钉 refuses one more than an hour off).
 */
@Component
class DingTalkRobot implements RobotChannel {

    static final String KIND = "DINGTALK";

    private final RobotHttp http;
    private final Clock clock;

    DingTalkRobot(RobotHttp http, Clock clock) {
        this.http = http;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return KIND;
    }

    /** Our own cap: 钉钉's documentation names no text limit we could confirm, and group messages stay short. */
    @Override
    public int maxBytes() {
        return 4000;
    }

    @Override
    public void send(String webhookUrl, String secret, String text) {
        String url = webhookUrl;
        if (secret != null && !secret.isBlank()) {
            long timestamp = clock.millis();
            url += (url.contains("?") ? "&" : "?") + "timestamp=" + timestamp + "&sign=" + sign(timestamp, secret);
        }
        http.post(url, Map.of("msgtype", "text", "text", Map.of("content", text)));
    }

    /** The URL-encoded signature of a timestamp, as 钉钉 documents it. */
    static String sign(long timestamp, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] signed = mac.doFinal((timestamp + "\n" + secret).getBytes(StandardCharsets.UTF_8));
            return URLEncoder.encode(Base64.getEncoder().encodeToString(signed), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
