package pact.reports.trigger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A stable key for "the same person" across reports, from normalised contact details, so
 * that repeats can be counted without comparing or exposing the details themselves.
 */
public final class PersonKey {
    private PersonKey() {
    }

    /** The key of the first usable detail (email, then phone digits, then name), or null. */
    public static String of(String name, String email, String phone) {
        String basis = null;
        if (email != null && !email.isBlank()) {
            basis = "email:" + email.trim().toLowerCase(Locale.ROOT);
        } else if (phone != null && phone.replaceAll("\\D", "").length() >= 6) {
            basis = "phone:" + phone.replaceAll("\\D", "");
        } else if (name != null && !name.isBlank()) {
            basis = "name:" + name.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        }
        if (basis == null) {
            return null;
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(basis.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
