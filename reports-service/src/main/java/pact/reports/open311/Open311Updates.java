package pact.reports.open311;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import pact.reports.domain.PublicFeed;
import pact.reports.domain.Report;
import pact.reports.domain.ReportUpdate;
import pact.reports.domain.ReportUpdateKind;
import pact.reports.service.ReportUpdates;
import pact.support.problem.ProblemException;

/**
 * Open311's service request updates (mySociety's extension, which FixMyStreet polls and posts to):
 * out, the lifecycle entries a resident may read; in, residents' comments, which go to staff. A
 * comment never changes a report's status: a person decides that.
 */
@ApplicationScoped
public class Open311Updates {
    static final int MAX_RESULTS = 1000;
    /** Without dates, the last day; FixMyStreet always sends both (by default, the last two hours). */
    static final Duration DEFAULT_WINDOW = Duration.ofHours(24);
    /** A client's own id for a comment, as PACT keeps it for re-sends. */
    static final int THEIR_ID_MAX = 100;

    @Inject
    ReportUpdates updates;

    /** Entries made from {@code start} to {@code end}; {@code client} is the known caller, or null. */
    public record Query(String client, Instant start, Instant end) {
    }

    /** A resident's comment as a client sends it; {@code text} has LF line ends and is within bounds. */
    public record Comment(UUID reportId, String theirId, String text, String theirStatus, String name,
            String email, String phone, List<String> mediaUrls, String writtenAt) {
    }

    /** The entry a comment made, and whether this call made it (false: a re-send). */
    public record Taken(long updateId, boolean isNew) {
    }

    /**
     * Entries with words for residents, oldest first, at most {@link #MAX_RESULTS}: of reports the
     * public feed shows and, for a known client, of the reports it sent.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Map<String, Object>> find(Query query) {
        Instant end = query.end() != null ? query.end() : Instant.now();
        Instant start = query.start() != null ? query.start() : end.minus(DEFAULT_WINDOW);
        String sentBy = query.client() == null ? null : sender(query.client());
        Parameters params = Open311Requests.publicFeedParameters().and("start", start).and("end", end);
        String reports = "select r.id from Report r where (" + Open311Requests.PUBLIC_FEED + ")";
        if (sentBy != null) {
            reports += " or r.createdBy = :sentBy";
            params.and("sentBy", sentBy);
        }
        List<ReportUpdate> entries = ReportUpdate.<ReportUpdate>find("from ReportUpdate u where u.publicText is not"
                + " null and u.at >= :start and u.at <= :end and u.reportId in (" + reports + ")"
                + " order by u.at, u.id", params).page(0, MAX_RESULTS).list();
        if (entries.isEmpty()) {
            return List.of();
        }
        Map<UUID, Report> byId = Report.<Report>list("id in ?1", entries.stream().map(u -> u.reportId).distinct()
                .toList()).stream().collect(Collectors.toMap(r -> r.id, Function.identity()));
        List<Map<String, Object>> answer = new ArrayList<>();
        for (ReportUpdate entry : entries) {
            Report report = byId.get(entry.reportId);
            if (report != null && (report.createdBy != null && report.createdBy.equals(sentBy)
                    || PublicFeed.shows(report))) {
                answer.add(requestUpdate(entry));
            }
        }
        return answer;
    }

    static Map<String, Object> requestUpdate(ReportUpdate entry) {
        Map<String, Object> update = new LinkedHashMap<>();
        update.put("update_id", entry.id);
        update.put("service_request_id", entry.reportId.toString());
        update.put("status", Open311Status.ofUpdate(entry.status));
        update.put("updated_datetime", Open311Requests.dateTime(entry.at));
        update.put("description", entry.publicText);
        update.put("media_url", null);
        return update;
    }

    /**
     * Keeps a comment on a report the client sent, for staff only, once: a re-send of the client's
     * update id answers the first entry's id. Refuses a report that does not exist or that another
     * client sent (404), and an update id the client already used on another report (409).
     */
    public Taken take(String client, Comment comment) {
        String origin = comment.theirId() == null ? null : sender(client) + ":update:" + comment.theirId();
        Optional<Taken> resent = resent(origin, comment);
        if (resent.isPresent()) {
            return resent.get();
        }
        try {
            return QuarkusTransaction.requiringNew().call(() -> record(client, comment, origin));
        } catch (RuntimeException e) {
            // a re-send that raced the first: the unique origin let only one through
            return resent(origin, comment).orElseThrow(() -> e);
        }
    }

    private Taken record(String client, Comment comment, String origin) {
        Report report = Report.findById(comment.reportId());
        if (report == null || !sender(client).equals(report.createdBy)) {
            throw ProblemException.notFound("A request " + comment.reportId() + " sent by " + client);
        }
        ReportUpdate entry = updates.record(report, ReportUpdateKind.RESIDENT_COMMENT,
                new ReportUpdates.Wording(null, note(comment)), sender(client), Instant.now(), origin);
        return new Taken(entry.id, true);
    }

    private Optional<Taken> resent(String origin, Comment comment) {
        if (origin == null) {
            return Optional.empty();
        }
        return updates.byOrigin(origin).map(earlier -> {
            if (!earlier.reportId.equals(comment.reportId())) {
                throw ProblemException.conflict("update_id " + comment.theirId() + " was already sent for request "
                        + earlier.reportId);
            }
            return new Taken(earlier.id, false);
        });
    }

    /** The staff note: the resident's words, then who wrote them and what their app shows. */
    static String note(Comment comment) {
        List<String> additions = new ArrayList<>();
        if (comment.theirStatus() != null && !comment.theirStatus().isBlank()) {
            additions.add("The resident's app now shows the report as: " + Open311Status.asWords(comment.theirStatus())
                    + ". PACT's status is unchanged; a person decides it.");
        }
        List<String> from = new ArrayList<>();
        for (String part : new String[] {comment.name(), comment.email(), comment.phone()}) {
            if (part != null && !part.isBlank()) {
                from.add(part.strip());
            }
        }
        if (!from.isEmpty()) {
            additions.add("From: " + String.join(", ", from));
        }
        for (String media : comment.mediaUrls()) {
            if (media != null && !media.isBlank()) {
                additions.add("Media: " + media.strip());
            }
        }
        if (comment.writtenAt() != null && !comment.writtenAt().isBlank()) {
            additions.add("Written (as the app gives it): " + comment.writtenAt().strip());
        }
        String text = comment.text() == null || comment.text().isBlank() ? "(no text)" : comment.text().strip();
        return ResidentText.withAdditions(text, additions);
    }

    private static String sender(String client) {
        return "open311:" + client;
    }
}
