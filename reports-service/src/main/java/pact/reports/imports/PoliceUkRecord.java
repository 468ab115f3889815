package pact.reports.imports;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One police.uk street-level record, whichever format it came in. Its identity is its content
 * (month, snapped point, street, category), so the same record from the CSV and from the API
 * JSON is the same record, and a second import of either adds nothing.
 *
 * @param where a human pointer into the source, such as "line 42" or "element 17"
 */
public record PoliceUkRecord(String month, double latitude, double longitude, String street, String category,
        String where) {

    public static final String ASB_CSV = "Anti-social behaviour";
    public static final String ASB_API = "anti-social-behaviour";

    public boolean isAntiSocialBehaviour() {
        return ASB_CSV.equalsIgnoreCase(category) || ASB_API.equalsIgnoreCase(category);
    }

    /** The content key; identical records in one month are told apart by their occurrence number. */
    public String contentKey() {
        String text = month + "|" + String.format("%.6f|%.6f", latitude, longitude) + "|" + street + "|asb";
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "police.uk:" + month + ":" + HexFormat.of().formatHex(digest, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A row that could not be read, with where it is and why. */
    public record Bad(String where, String reason) {
    }
}
