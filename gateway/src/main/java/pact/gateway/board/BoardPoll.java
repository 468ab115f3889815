package pact.gateway.board;

import jakarta.ws.rs.WebApplicationException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import pact.gateway.client.BackendFailure;
import pact.gateway.client.Pages;

/**
 * One subscriber's view of the board: what it has already seen, so that each poll yields only
 * what is new. The first poll only takes stock, so the feed shows what happens from then on.
 */
final class BoardPoll {
    static final int NEWEST = 50;

    private final BoardClients.Tasking tasking;
    private final BoardClients.Enforcement enforcement;
    private final String authorization;
    private final boolean followsNotices;
    private final Set<String> seenTasks = new HashSet<>();
    private final Set<String> seenNotices = new HashSet<>();
    private String checkInCursor;
    private boolean started;

    BoardPoll(BoardClients.Tasking tasking, BoardClients.Enforcement enforcement, String token,
            boolean followsNotices) {
        this.tasking = tasking;
        this.enforcement = enforcement;
        this.authorization = "Bearer " + token;
        this.followsNotices = followsNotices;
    }

    /** What is new since the last poll; a service that fails is reported and tried again next time. */
    List<BoardEvent> next() {
        List<BoardEvent> events = new ArrayList<>();
        try {
            for (Pages.Task task : tasking.newestTasks(authorization, "createdAt,desc", NEWEST).items()) {
                if (seenTasks.add(task.id()) && started) {
                    events.add(BoardEvent.task(task));
                }
            }
            BoardClients.CheckInFeed feed = tasking.checkIns(authorization, checkInCursor);
            if (checkInCursor != null) {
                feed.items().forEach(c -> events.add(BoardEvent.checkIn(c)));
            }
            checkInCursor = feed.nextCursor();
        } catch (RuntimeException e) {
            events.add(unavailable("tasking-service", e));
        }
        if (followsNotices) {
            try {
                for (Pages.Notice notice : enforcement.newestNotices(authorization, NEWEST).items()) {
                    if (seenNotices.add(notice.id()) && started) {
                        events.add(BoardEvent.notice(notice));
                    }
                }
            } catch (RuntimeException e) {
                events.add(unavailable("enforcement-service", e));
            }
        }
        started = true;
        return events;
    }

    private static BoardEvent unavailable(String service, RuntimeException e) {
        if (e instanceof WebApplicationException web && web.getResponse().getStatus() == 401) {
            // the subscriber's token has expired: the feed ends and the client subscribes again
            throw new BackendFailure(service + " refused the token: it has expired; subscribe again", e);
        }
        return BoardEvent.unavailable(BackendFailure.of(service, e).getMessage());
    }
}
