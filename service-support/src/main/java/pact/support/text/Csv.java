package pact.support.text;

import java.util.ArrayList;
import java.util.List;

/** Splits one CSV line by RFC 4180 (quoted fields may hold commas and doubled quotes, not line breaks). */
public final class Csv {
    private Csv() {
    }

    /** The fields of one line; an unclosed quote is an IllegalArgumentException saying so. */
    public static List<String> splitLine(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("has an unclosed quote");
        }
        fields.add(field.toString());
        return fields;
    }
}
