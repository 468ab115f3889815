package pact.reports.feeds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import pact.reports.domain.WorkOnReport;
import pact.reports.service.WorkFromFeeds;

/**
 * Follows tasking-service's and enforcement-service's ordered change feeds, so that each report
 * records the tasks and notices that name it. Polls every {@code pact.feeds.every}; each page is
 * applied together with the move of its cursor ({@link WorkFromFeeds}), so a service that is down
 * only delays the entries, and a page read twice is recorded once.
 */
@ApplicationScoped
public class WorkFeeds {
    static final Logger LOG = Logger.getLogger(WorkFeeds.class);
    /** Pages read from one feed in one poll at most, so that one poll stays short. */
    static final int MAX_PAGES = 20;
    static final String ACCESS_REASON = "report lifecycle: the work done on reports";

    @ConfigProperty(name = "pact.feeds.tasking-url")
    Optional<String> taskingUrl;

    @ConfigProperty(name = "pact.feeds.enforcement-url")
    Optional<String> enforcementUrl;

    @ConfigProperty(name = "pact.feeds.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    ServiceToken token;

    @Inject
    WorkFromFeeds work;

    @Inject
    ObjectMapper json;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Scheduled(every = "${pact.feeds.every:10s}", delayed = "${pact.feeds.first-after:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        if (enabled) {
            followAll();
        }
    }

    /** Reads every configured feed up to now; answers the entries recorded per feed (-1: it could not be read). */
    public Map<String, Integer> followAll() {
        Map<String, Integer> recorded = new LinkedHashMap<>();
        taskingUrl.ifPresent(url -> recorded.put(WorkFeed.TASKING.name(), followLogged(WorkFeed.TASKING, url)));
        enforcementUrl.ifPresent(url -> recorded.put(WorkFeed.ENFORCEMENT.name(),
                followLogged(WorkFeed.ENFORCEMENT, url)));
        return recorded;
    }

    private int followLogged(WorkFeed feed, String baseUrl) {
        try {
            return follow(feed, baseUrl);
        } catch (FeedUnavailable e) {
            LOG.warnf("The %s feed could not be read (%s); its entries are applied when it can", feed.name(),
                    e.getMessage());
            return -1;
        }
    }

    int follow(WorkFeed feed, String baseUrl) {
        int recorded = 0;
        for (int page = 0; page < MAX_PAGES; page++) {
            String from = work.position(feed.name());
            JsonNode read = read(URI.create(baseUrl.replaceAll("/+$", "") + feed.page(from)));
            List<WorkOnReport.Work> entries = feed.work(read);
            String next = read.path("nextCursor").asText(from);
            if (next.equals(from)) {
                return recorded;
            }
            int applied = work.apply(feed.name(), from, entries, next);
            if (applied < 0) {
                return recorded; // another replica is reading this feed
            }
            recorded += applied;
            if (read.path("items").size() < WorkFeed.PAGE) {
                return recorded;
            }
        }
        return recorded;
    }

    private JsonNode read(URI page) {
        HttpRequest request = HttpRequest.newBuilder(page).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + bearer())
                .header("X-Access-Reason", ACCESS_REASON)
                .header("Accept", "application/json").GET().build();
        try {
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new FeedUnavailable(page.getPath() + " answered " + answer.statusCode());
            }
            return json.readTree(answer.body());
        } catch (IOException e) {
            throw new FeedUnavailable(page.getPath() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FeedUnavailable("interrupted");
        }
    }

    private String bearer() {
        try {
            return token.bearer();
        } catch (RuntimeException e) {
            throw new FeedUnavailable("no service token: " + e.getMessage());
        }
    }

    /** A feed that cannot be read now: down, refusing, or no token to read it with. */
    static final class FeedUnavailable extends RuntimeException {
        FeedUnavailable(String message) {
            super(message);
        }
    }
}
