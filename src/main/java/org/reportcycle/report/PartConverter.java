package org.reportcycle.report;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.reportcycle.shared.Part;

/** Stores a part by its short code ("1" … "5", "R"). */
@Converter
class PartConverter implements AttributeConverter<Part, String> {

    @Override
    public String convertToDatabaseColumn(Part part) {
        return part == null ? null : part.code();
    }

    @Override
    public Part convertToEntityAttribute(String code) {
        return code == null ? null : Part.ofCode(code).orElseThrow();
    }
}
