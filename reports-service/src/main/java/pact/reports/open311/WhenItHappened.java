package pact.reports.open311;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import pact.support.validation.Plausible;

/**
 * The resident's answer to "When did it happen?" ({@code attribute[occurred_at]}): the time PACT
 * files the report under, and the answer as given when PACT could not use it. The answer is
 * optional, so it never costs the resident their report: a time PACT cannot read, or one it
 * cannot believe (see {@link Plausible}, and never later than now), is kept as words and the
 * report is filed under the time it came in.
 *
 * <p>FixMyStreet's date picker sends London wall-clock time with no zone ({@code 2026-12-02T10:33}).
 * In the hour the clocks go back it means the first (BST) of the two; in the hour they skip it is
 * moved on by the hour skipped (01:30 on the last Sunday of March is 02:30 BST), which is
 * {@link ZonedDateTime#ofLocal}'s rule. A time with a zone or offset is taken as it says.
 */
public record WhenItHappened(OffsetDateTime time, String asGiven) {
    /** Answers are kept as words up to this length; the rest is cut. */
    static final int AS_GIVEN_MAX = 200;

    public static WhenItHappened read(String answer, Instant now) {
        OffsetDateTime filedNow = now.atOffset(ZoneOffset.UTC);
        if (answer == null || answer.isBlank()) {
            return new WhenItHappened(filedNow, null);
        }
        String text = answer.strip();
        OffsetDateTime time = parse(text);
        if (time == null || Plausible.eventProblem(time.toInstant()) != null || time.toInstant().isAfter(now)) {
            return new WhenItHappened(filedNow, text.length() <= AS_GIVEN_MAX ? text
                    : text.substring(0, AS_GIVEN_MAX) + "…");
        }
        return new WhenItHappened(time, null);
    }

    /** The time, or null when the text is no ISO 8601 date and time. */
    static OffsetDateTime parse(String text) {
        try {
            TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(text, ZonedDateTime::from,
                    LocalDateTime::from);
            ZonedDateTime zoned = parsed instanceof LocalDateTime local
                    ? ZonedDateTime.ofLocal(local, Plausible.LONDON, null)
                    : (ZonedDateTime) parsed;
            return zoned.toOffsetDateTime();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
