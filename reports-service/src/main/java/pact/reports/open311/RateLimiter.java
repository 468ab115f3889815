package pact.reports.open311;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/** At most N calls per caller in any sliding minute; says how long to wait when over. */
public final class RateLimiter {
    private final Map<String, Deque<Long>> calls = new ConcurrentHashMap<>();
    private final LongSupplier clockMillis;

    public RateLimiter(LongSupplier clockMillis) {
        this.clockMillis = clockMillis;
    }

    /** Zero when the call may go ahead (and counts it), else the seconds to wait. */
    public long secondsToWait(String caller, int perMinute) {
        long now = clockMillis.getAsLong();
        Deque<Long> window = calls.computeIfAbsent(caller, c -> new ArrayDeque<>());
        synchronized (window) {
            while (!window.isEmpty() && window.peekFirst() <= now - 60_000) {
                window.pollFirst();
            }
            if (window.size() >= perMinute) {
                return Math.max(1, (window.peekFirst() + 60_000 - now + 999) / 1000);
            }
            window.addLast(now);
            return 0;
        }
    }
}
