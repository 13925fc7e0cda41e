package org.reportcycle.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.reportcycle.shared.Part;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Turns a report's text into the JSON stored with each version, and hashes it. */
@Component
class ReportContentCodec {

    private final JsonMapper json = JsonMapper.builder().build();

    String encode(ReportText text) {
        Map<String, String> parts = new LinkedHashMap<>();
        for (Part part : Part.values()) {
            if (text.parts().containsKey(part)) {
                parts.put(part.code(), text.part(part));
            }
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("title", text.title());
        doc.put("parts", parts);
        return json.writeValueAsString(doc);
    }

    ReportText decode(String content) {
        Map<String, Object> doc = json.readValue(content, new TypeReference<Map<String, Object>>() {});
        Map<Part, String> parts = new EnumMap<>(Part.class);
        if (doc.get("parts") instanceof Map<?, ?> stored) {
            stored.forEach((code, text) ->
                    Part.ofCode(String.valueOf(code)).ifPresent(p -> parts.put(p, String.valueOf(text))));
        }
        return new ReportText(String.valueOf(doc.getOrDefault("title", "")), parts);
    }

    String hash(String content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
