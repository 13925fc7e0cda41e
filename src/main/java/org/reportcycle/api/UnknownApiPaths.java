package org.reportcycle.api;

import io.swagger.v3.oas.annotations.Hidden;
import org.reportcycle.shared.NotFoundException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Any {@code /api/**} path no endpoint serves: 404 as the API's JSON error, not the application's page with
 * 200 (issue 19). Every real endpoint's mapping is more specific, so this one only catches what is left.
 */
@Hidden
@RestController
class UnknownApiPaths {

    @RequestMapping("/api/**")
    void unknown() {
        throw new NotFoundException("error.notFound");
    }
}
