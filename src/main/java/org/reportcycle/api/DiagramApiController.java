package org.reportcycle.api;

import java.util.Locale;
import org.reportcycle.workflow.ProcessDiagram;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A report's progress drawn on the process diagram, as SVG (for anyone who may read the report). */
@RestController
@RequestMapping("/api/v1")
class DiagramApiController {

    static final String SVG = "image/svg+xml";

    private final ProcessDiagram diagram;

    DiagramApiController(ProcessDiagram diagram) {
        this.diagram = diagram;
    }

    @GetMapping(value = "/reports/{id}/diagram.svg", produces = SVG)
    ResponseEntity<String> diagram(@PathVariable Long id, Locale locale) {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .contentType(MediaType.parseMediaType(SVG + ";charset=UTF-8"))
                .body(diagram.svg(id, locale));
    }
}
