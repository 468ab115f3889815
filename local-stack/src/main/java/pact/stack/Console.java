package pact.stack;

import java.time.Duration;
import java.time.Instant;

/** Progress lines on the terminal, each with the seconds since start. */
final class Console {
    private static final Instant START = Instant.now();

    private Console() {
    }

    static void step(String message) {
        long seconds = Duration.between(START, Instant.now()).toSeconds();
        System.out.printf("[pact %3ds] %s%n", seconds, message);
        System.out.flush();
    }
}
