package org.reportcycle.audit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** How audit records read on screen: translated action names and "label: value" details. */
final class AuditLabels {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private AuditLabels() {}

    static String action(Component c, String action) {
        return labelOr(c, "audit.action." + action, action);
    }

    /** The details as "label: value" pairs; labels are translated where known, values shown as recorded. */
    static String details(Component c, String detailsJson) {
        if (detailsJson == null || detailsJson.isBlank()) {
            return "";
        }
        boolean chinese = "zh".equals(UI.getCurrent().getLocale().getLanguage());
        try {
            Map<?, ?> values = JSON.readValue(detailsJson, Map.class);
            return values.entrySet().stream()
                    // the exceptions say in words what the overrides' keys say in codes
                    .filter(e -> !("overrides".equals(e.getKey()) && values.containsKey("exceptions")))
                    .map(e -> labelOr(c, "audit.detail." + e.getKey(), String.valueOf(e.getKey()))
                            + (chinese ? "：" : ": ")
                            + value(c, String.valueOf(e.getKey()), e.getValue()))
                    .collect(Collectors.joining(chinese ? "；" : "; "));
        } catch (JacksonException e) {
            return detailsJson;
        }
    }

    /** Steps, milestones, levels, roles and yes/no are shown as words; other values as recorded. */
    static String value(Component c, String key, Object value) {
        String v = String.valueOf(value);
        String prefix = switch (key) {
            case "step", "from", "to" -> "step.";
            case "milestone" -> "milestone.";
            case "level" -> "level.";
            case "role" -> "role.";
            default -> null;
        };
        if (value instanceof Boolean b) {
            return c.getTranslation(b ? "audit.value.yes" : "audit.value.no");
        }
        if ("merge".equals(key) && value instanceof Map<?, ?> merged) {
            // per part what an import did: 第一部分：以文件内容替换
            return merged.entrySet().stream()
                    .map(e -> labelOr(c, "part." + e.getKey(), String.valueOf(e.getKey()))
                            + (UI.getCurrent().getLocale().getLanguage().equals("zh") ? "：" : ": ")
                            + labelOr(c, "import.merge." + e.getValue(), String.valueOf(e.getValue())))
                    .collect(Collectors.joining(
                            "zh".equals(UI.getCurrent().getLocale().getLanguage()) ? "；" : "; "));
        }
        if ("exceptions".equals(key) && value instanceof List<?> list) {
            // each excepted finding in the reader's language, with the drafter's reason
            boolean english = "en".equals(UI.getCurrent().getLocale().getLanguage());
            return list.stream()
                    .map(item -> item instanceof Map<?, ?> m
                            ? c.getTranslation(
                                    "audit.exception", m.get(english ? "findingEn" : "finding"), m.get("reason"))
                            : String.valueOf(item))
                    .collect(Collectors.joining(english ? "; " : "；"));
        }
        return prefix == null || !v.matches("[A-Z_]+") ? v : labelOr(c, prefix + v, v);
    }

    /** New actions and detail keys appear before their labels do; show them as recorded meanwhile. */
    static String labelOr(Component c, String key, String fallback) {
        String label = c.getTranslation(key);
        return label.startsWith("!{") ? fallback : label;
    }
}
