package pact.reports.service;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Answers that cost seconds to work out (a back-test, a tuned forecast), kept for a while by key.
 * At most {@link #MAX_KEYS} keys: past that the whole store is emptied, as old windows are rarely
 * asked for again. Counts how often an answer had to be worked out.
 */
final class RecentAnswers<V> {
    static final int MAX_KEYS = 100;

    private record Kept<V>(long madeAt, V value) {
    }

    private final long keepMs;
    private final Map<String, Kept<V>> kept = new ConcurrentHashMap<>();
    private final AtomicInteger made = new AtomicInteger();

    RecentAnswers(long keepMs) {
        this.keepMs = keepMs;
    }

    /** The answer kept for {@code key} if it is fresh, otherwise a new one from {@code work}, then kept. */
    V get(String key, Supplier<V> work) {
        long now = System.currentTimeMillis();
        Kept<V> recent = kept.get(key);
        if (recent != null && now - recent.madeAt() < keepMs) {
            return recent.value();
        }
        V value = work.get();
        made.incrementAndGet();
        if (kept.size() > MAX_KEYS) {
            kept.clear();
        }
        kept.put(key, new Kept<>(now, value));
        return value;
    }

    /** How many answers have been worked out rather than reused. */
    int made() {
        return made.get();
    }
}
