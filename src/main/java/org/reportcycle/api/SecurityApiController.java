package org.reportcycle.api;

import java.time.Instant;
import java.util.Map;
import org.reportcycle.security.LoginThrottle;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Sign-in lock-outs, for administrators: which names are locked, and lifting a lock early. */
@RestController
@RequestMapping("/api/v1/security")
class SecurityApiController {

    private final LoginThrottle throttle;

    SecurityApiController(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @GetMapping("/locks")
    Map<String, Instant> locks() {
        return throttle.locked();
    }

    @PostMapping("/locks/{username}/unlock")
    Map<String, Object> unlock(@PathVariable String username) {
        return Map.of("username", username, "wasLocked", throttle.unlock(username));
    }
}
