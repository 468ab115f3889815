package pact.reports.imports;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import pact.support.text.Csv;

/**
 * Reads police.uk's two formats: the street-level CSV download and the {@code crimes-street}
 * API's JSON. Every row becomes a record or a bad row naming where it is and what is wrong;
 * nothing is silently dropped.
 */
public final class PoliceUkParser {
    static final List<String> CSV_COLUMNS = List.of("Month", "Longitude", "Latitude", "Location", "Crime type");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");
    private static final ObjectMapper JSON = new ObjectMapper();

    private PoliceUkParser() {
    }

    /** What a file held: the readable records and the bad rows. */
    public record Parsed(List<PoliceUkRecord> records, List<PoliceUkRecord.Bad> bad, int rowsRead) {
    }

    /** Parses either format; progress is told every {@code every} rows. */
    public static Parsed parse(InputStream in, boolean json, int every, Consumer<Integer> progress)
            throws IOException {
        return json ? parseJson(in, every, progress) : parseCsv(in, every, progress);
    }

    static Parsed parseCsv(InputStream in, int every, Consumer<Integer> progress) throws IOException {
        List<PoliceUkRecord> records = new ArrayList<>();
        List<PoliceUkRecord.Bad> bad = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String header = reader.readLine();
        if (header == null) {
            throw new InvalidFile("the file is empty");
        }
        List<String> names = Csv.splitLine(header.replace("\uFEFF", ""));
        Map<String, Integer> column = new java.util.HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            column.put(names.get(i).trim(), i);
        }
        for (String required : CSV_COLUMNS) {
            if (!column.containsKey(required)) {
                throw new InvalidFile("the header lacks the police.uk column '" + required + "'; expected "
                        + "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,...");
            }
        }
        int lineNumber = 1;
        int rows = 0;
        for (String line; (line = reader.readLine()) != null;) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            rows++;
            String where = "line " + lineNumber;
            List<String> fields;
            try {
                fields = Csv.splitLine(line);
            } catch (IllegalArgumentException e) {
                bad.add(new PoliceUkRecord.Bad(where, e.getMessage()));
                continue;
            }
            if (fields.size() != names.size()) {
                bad.add(new PoliceUkRecord.Bad(where, "has " + fields.size() + " fields; the header has "
                        + names.size()));
                continue;
            }
            record(fields.get(column.get("Month")), fields.get(column.get("Latitude")),
                    fields.get(column.get("Longitude")), fields.get(column.get("Location")),
                    fields.get(column.get("Crime type")), where, records, bad);
            if (rows % every == 0) {
                progress.accept(rows);
            }
        }
        return new Parsed(records, bad, rows);
    }

    static Parsed parseJson(InputStream in, int every, Consumer<Integer> progress) throws IOException {
        List<PoliceUkRecord> records = new ArrayList<>();
        List<PoliceUkRecord.Bad> bad = new ArrayList<>();
        try (JsonParser parser = new JsonFactory(JSON).createParser(in)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new InvalidFile("expected a JSON array of crimes-street objects");
            }
            int element = 0;
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                element++;
                String where = "element " + element + " (line " + parser.currentTokenLocation().getLineNr() + ")";
                JsonNode crime = parser.readValueAsTree();
                JsonNode location = crime.path("location");
                record(crime.path("month").asText(null), location.path("latitude").asText(null),
                        location.path("longitude").asText(null), location.path("street").path("name").asText(""),
                        crime.path("category").asText(null), where, records, bad);
                if (element % every == 0) {
                    progress.accept(element);
                }
            }
            if (parser.currentToken() != JsonToken.END_ARRAY) {
                throw new InvalidFile("element " + (element + 1) + " is not an object");
            }
            return new Parsed(records, bad, element);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new InvalidFile("not valid JSON at line " + e.getLocation().getLineNr() + ": "
                    + e.getOriginalMessage());
        }
    }

    private static void record(String month, String lat, String lon, String street, String category, String where,
            List<PoliceUkRecord> records, List<PoliceUkRecord.Bad> bad) {
        if (month == null || !MONTH.matcher(month.trim()).matches()) {
            bad.add(new PoliceUkRecord.Bad(where, "Month '" + month + "' is not YYYY-MM"));
            return;
        }
        if (lat == null || lat.isBlank() || lon == null || lon.isBlank()) {
            bad.add(new PoliceUkRecord.Bad(where, "has no location"));
            return;
        }
        double latitude;
        double longitude;
        try {
            latitude = Double.parseDouble(lat.trim());
            longitude = Double.parseDouble(lon.trim());
        } catch (NumberFormatException e) {
            bad.add(new PoliceUkRecord.Bad(where, "latitude '" + lat + "' or longitude '" + lon + "' is not a number"));
            return;
        }
        if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
            bad.add(new PoliceUkRecord.Bad(where, "latitude " + latitude + " or longitude " + longitude
                    + " is out of range"));
            return;
        }
        records.add(new PoliceUkRecord(month.trim(), latitude, longitude, street == null ? "" : street.trim(),
                category == null ? "" : category.trim(), where));
    }

    /** The file as a whole cannot be read as police.uk data. */
    public static class InvalidFile extends RuntimeException {
        public InvalidFile(String message) {
            super(message);
        }
    }
}
