package pact.support.validation;

/** Which characters PACT refuses in text, and how it says so. */
public final class TextRules {
    private TextRules() {
    }

    /** Why the text holds a refused character (naming the first one and where), or null when it is clean. */
    public static String problem(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (joinsScript(text, i)) {
                continue;
            }
            String kind = kindOf(c);
            if (kind != null) {
                return "must not contain " + kind + " (U+%04X at position %d)".formatted((int) c, i + 1);
            }
        }
        return null;
    }

    /**
     * A zero-width (non-)joiner after a letter of a script that needs one (Persian, Indic scripts) or
     * inside an emoji sequence is part of the writing; after a Latin letter it only hides a difference.
     */
    static boolean joinsScript(CharSequence text, int i) {
        char c = text.charAt(i);
        return (c == '\u200c' || c == '\u200d') && i > 0 && text.charAt(i - 1) > '\u024f';
    }

    /** What sort of refused character this is, or null when it is allowed. */
    static String kindOf(char c) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return null;
        }
        if (c == '\u0000') {
            return "a NUL character";
        }
        if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
            return "a control character";
        }
        if ((c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069')) {
            return "a bidirectional override";
        }
        if ((c >= '\u200b' && c <= '\u200d') || c == '\u2060' || c == '\ufeff') {
            return "a zero-width character";
        }
        return null;
    }

    /** Whether the text holds a NUL character, which no PACT field accepts and PostgreSQL cannot store. */
    public static boolean hasNul(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\u0000') {
                return true;
            }
        }
        return false;
    }
}
