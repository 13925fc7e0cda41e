package org.reportcycle.api;

import java.util.List;
import org.reportcycle.notification.RobotChannelService;
import org.reportcycle.notification.RobotSettings;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The units' 钉钉 and 企业微信 group robots (administrators; the service checks). */
@RestController
class RobotApiController {

    private final RobotChannelService robots;

    RobotApiController(RobotChannelService robots) {
        this.robots = robots;
    }

    /** Every unit's robots; secrets are never returned, only whether one is set. */
    @GetMapping("/api/v1/robots")
    List<RobotSettings> robots() {
        return robots.all();
    }

    /** {@code kind}: DINGTALK or WECOM; {@code secret}: 钉钉's signing secret (SEC…). An empty address removes it. */
    record RobotRequest(Long unitId, String kind, String webhookUrl, String secret) {}

    @PutMapping("/api/v1/robots")
    List<RobotSettings> configure(@RequestBody RobotRequest request) {
        if (request.webhookUrl() == null || request.webhookUrl().isBlank()) {
            robots.remove(request.unitId(), request.kind());
        } else {
            robots.configure(request.unitId(), request.kind(), request.webhookUrl(), request.secret());
        }
        return robots.of(request.unitId());
    }
}
