package pact.reports.open311;

import java.util.List;
import java.util.Objects;

/**
 * What a resident wrote through Open311 (a report's description, a comment), as PACT keeps it: line
 * ends as LF (a browser's CRLF and a lone CR alike), up to {@link #MAX} characters of their own, and
 * then, in paragraphs of their own, what PACT adds (a media link, the time as given). PACT's
 * additions never count against the resident's text; with the blank line before them they are cut
 * at {@link #ADDITIONS_MAX}, so the whole fits the {@code varchar(24000)} columns (V7).
 */
final class ResidentText {
    /** The longest text a resident may send (a 5,877-character report was once refused at 4,000). */
    static final int MAX = 20_000;
    static final int ADDITIONS_MAX = 4_000;

    private ResidentText() {
    }

    /** The text with CRLF and lone CR as LF; null stays null. */
    static String withLineFeeds(String text) {
        return text == null ? null : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** Why the resident's text (line ends already LF) is too long, or null when it fits. */
    static String tooLong(String text) {
        return text != null && text.length() > MAX
                ? "is " + text.length() + " characters long; PACT takes at most " + MAX : null;
    }

    /** The resident's text, then each of PACT's additions (nulls skipped) as a paragraph. */
    static String withAdditions(String text, List<String> additions) {
        String added = String.join("\n\n", additions.stream().filter(Objects::nonNull).toList());
        if (added.isEmpty()) {
            return text;
        }
        int room = ADDITIONS_MAX - 2; // the blank line before them counts too
        if (added.length() > room) {
            added = added.substring(0, room - 1) + "…";
        }
        return text + "\n\n" + added;
    }
}
