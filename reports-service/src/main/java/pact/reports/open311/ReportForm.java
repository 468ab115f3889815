package pact.reports.open311;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import pact.reports.domain.Qualifier;
import pact.reports.domain.ReportSource;
import pact.reports.mapping.Contact;
import pact.reports.mapping.NewReport;
import pact.support.api.GeoPoint;

/**
 * A service request as a client POSTs it (GeoReport v2's fields and PACT's attributes, as
 * FixMyStreet fills them), read into the report PACT files. Optional fields never cost the
 * resident their report: what PACT cannot use is kept in the description as given.
 */
final class ReportForm {
    /** A client's own id for a report, as PACT matches it: FixMyStreet's are numbers. */
    private static final Pattern THEIR_ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private ReportForm() {
    }

    /**
     * The report. {@code description} is the resident's text with LF line ends, already within
     * {@link ResidentText#MAX}; PACT's additions follow it.
     */
    static NewReport toNewReport(Map<String, List<String>> form, String client, Open311Services.Service service,
            GeoPoint location, String description, Instant now) {
        WhenItHappened when = WhenItHappened.read(first(form, attribute(Open311Services.OCCURRED_AT)), now);
        List<String> additions = new ArrayList<>();
        for (String media : form.getOrDefault("media_url", List.of())) {
            if (media != null && !media.isBlank()) {
                additions.add("Media: " + media.strip());
            }
        }
        if (yes(form, Open311Services.REPEAT)) {
            additions.add("The reporter says this has happened here before.");
        }
        if (when.asGiven() != null) {
            additions.add("When it happened, as given: " + when.asGiven());
        }
        String text = description == null || description.isBlank() ? description
                : ResidentText.withAdditions(description, additions);
        boolean targeted = yes(form, Open311Services.TARGETED);
        Contact reporter = new Contact(name(form), blankToNull(first(form, "email")),
                blankToNull(first(form, "phone")));
        return new NewReport(targeted ? Qualifier.PERSONAL : service.defaultQualifier(), service.category(), text,
                location, blankToNull(first(form, "address_string")), when.time(), ReportSource.PUBLIC,
                sourceReference(client, first(form, attribute(Open311Services.FIXMYSTREET_ID))), null, reporter,
                targeted ? reporter : null, Set.of());
    }

    /**
     * What marks a report as the client's report of that id, so that a re-send is known
     * ({@code open311:fixmystreet:fixmystreet:4711}); null when the client gave no usable id.
     */
    static String sourceReference(String client, String theirId) {
        if (theirId == null || !THEIR_ID.matcher(theirId.strip()).matches()) {
            return null;
        }
        return "open311:" + client + ":fixmystreet:" + theirId.strip();
    }

    /** The resident's name from first_name and last_name, or null. */
    static String name(Map<String, List<String>> form) {
        String name = Stream.of(first(form, "first_name"), first(form, "last_name"))
                .filter(part -> part != null && !part.isBlank()).map(String::strip).collect(Collectors.joining(" "));
        return name.isEmpty() ? null : name;
    }

    static String first(Map<String, List<String>> form, String name) {
        List<String> values = form.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static String attribute(String code) {
        return "attribute[" + code + "]";
    }

    private static boolean yes(Map<String, List<String>> form, String code) {
        return "yes".equalsIgnoreCase(first(form, attribute(code)));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
