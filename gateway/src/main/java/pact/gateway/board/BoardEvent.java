package pact.gateway.board;

import java.time.Instant;
import pact.gateway.client.Pages;

/**
 * One thing that happened, for the tasking board: a new task, a check-in or a notice; or a
 * note that a service could not be polled (the feed goes on without it).
 *
 * @param kind TASK, CHECK_IN, NOTICE or UNAVAILABLE
 */
public record BoardEvent(String kind, Instant seenAt, Pages.Task task, BoardClients.CheckIn checkIn,
        Pages.Notice notice, String message) {

    static BoardEvent task(Pages.Task task) {
        return new BoardEvent("TASK", Instant.now(), task, null, null, null);
    }

    static BoardEvent checkIn(BoardClients.CheckIn checkIn) {
        return new BoardEvent("CHECK_IN", Instant.now(), null, checkIn, null, null);
    }

    static BoardEvent notice(Pages.Notice notice) {
        return new BoardEvent("NOTICE", Instant.now(), null, null, notice, null);
    }

    static BoardEvent unavailable(String message) {
        return new BoardEvent("UNAVAILABLE", Instant.now(), null, null, null, message);
    }
}
