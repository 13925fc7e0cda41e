package org.reportcycle.delegation;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who a report may be copied to (抄送), besides the active people of the report's own unit, the unit that
 * supervises it (its parent) and the supervising office's administrators: per unit code, further unit codes
 * whose people may receive its copies, e.g. {@code reportcycle.copies.allowed-units.caotan=sfj,zfb}.
 *
 * @param allowedUnits unit code → the codes of further units allowed to receive its reports' copies
 */
@ConfigurationProperties("reportcycle.copies")
public record CopyRules(Map<String, List<String>> allowedUnits) {

    public CopyRules {
        allowedUnits = allowedUnits == null ? Map.of() : Map.copyOf(allowedUnits);
    }

    public List<String> allowedFor(String unitCode) {
        return allowedUnits.getOrDefault(unitCode, List.of());
    }
}
