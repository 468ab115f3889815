package pact.testsupport;

import java.util.List;
import java.util.Random;

/**
 * Values a hostile or careless client sends: wrong types, extremes, unicode that hides or reverses
 * text, control characters and out-of-range dates. Each value is a piece of JSON text, so that
 * it can also carry what a JSON library would not write (a lone surrogate, a number too large
 * for any Java type).
 */
final class HostileValues {
    static final List<String> TEXT = List.of(
            "\"\"", "\" \"", "\"\\u0000\"", "\"a\\u0000b\"", "\"\\u202Eevil\"", "\"zero\\u200Bwidth\"",
            "\"\\uD800\"", "\"\\uDFFF lone\"", "\"😀🏴‍☠️\"", "\"e\\u0301\\u0301\\u0301\"", "\"line\\r\\nbreak\"",
            "\"<script>alert(1)</script>\"", "\"'; drop table report; --\"", "\"../../etc/passwd\"", "\"%00\"",
            "\"null\"", "\"\\u0007\\u001b[31m\"", "\"ﷺ𒐫\"", "\"\\uFEFFbom\"", repeated('x', 10_000), repeated('é', 5_000));
    static final List<String> NUMBERS = List.of(
            "0", "-1", "2147483648", "-2147483649", "9223372036854775808", "-9223372036854775809", "1e308",
            "-1e308", "1e-320", "1.5", "123456789012345678901234567890", "0.0000000001", "4.9E-324");
    static final List<String> DATES = List.of(
            "\"+300000-01-01T00:00:00Z\"", "\"-999999999-01-01T00:00:00Z\"", "\"0001-01-01T00:00:00Z\"",
            "\"1850-01-01T00:00:00Z\"", "\"9999-12-31T23:59:59Z\"", "\"2026-02-30T00:00:00Z\"", "\"2026-13-01\"",
            "\"2026-06-01T25:61:00Z\"", "\"2026-06-01\"", "\"1800-01-01\"", "\"yesterday\"", "\"2026-06-01T10:00\"",
            "\"2026-06-01T10:00:00+25:00\"", "\"\"");
    static final List<String> WRONG_TYPES = List.of("true", "false", "{}", "[]", "[1,2]", "{\"a\":1}", "\"text\"",
            "42", "null");

    private HostileValues() {
    }

    static String pick(Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** Any hostile JSON value, of any kind. */
    static String any(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> pick(random, TEXT);
            case 1 -> pick(random, NUMBERS);
            case 2 -> pick(random, DATES);
            default -> pick(random, WRONG_TYPES);
        };
    }

    /** A hostile value as raw text (a JSON string's quotes dropped and its escapes applied). */
    static String raw(Random random) {
        String json = any(random);
        return json.startsWith("\"") && json.length() >= 2 ? unescape(json.substring(1, json.length() - 1)) : json;
    }

    /**
     * A hostile value for a URL path or query: long enough to pass any field limit, short enough
     * that the request line reaches the application (percent-encode it before use).
     */
    static String forUrl(Random random) {
        String text = raw(random);
        return text.length() > 1_000 ? text.substring(0, 1_000) : text;
    }

    /** {@link #forUrl} percent-encoded. */
    static String inUrl(Random random) {
        return Uris.encode(forUrl(random));
    }

    private static String repeated(char c, int n) {
        return "\"" + String.valueOf(c).repeat(n) + "\"";
    }

    /** The few JSON escapes used above, as the characters they stand for (a lone surrogate stays lone). */
    static String unescape(String escaped) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            if (c == '\\' && i + 1 < escaped.length()) {
                char next = escaped.charAt(++i);
                switch (next) {
                    case 'u' -> {
                        out.append((char) Integer.parseInt(escaped.substring(i + 1, i + 5), 16));
                        i += 4;
                    }
                    case 'r' -> out.append('\r');
                    case 'n' -> out.append('\n');
                    default -> out.append(next);
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Percent-encoding that keeps nothing but unreserved characters; a lone surrogate goes as the bytes of '?'. */
    static final class Uris {
        private Uris() {
        }

        static String encode(String text) {
            return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
        }
    }
}
