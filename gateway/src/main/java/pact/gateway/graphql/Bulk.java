package pact.gateway.graphql;

import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The services' bulk reads take at most 200 keys a call; an answer that links to more is
 * fetched in as many calls as needed (so calls grow only past 200 keys, never per row), all in
 * flight at once.
 */
final class Bulk {
    static final int MAX_KEYS = 200;

    private Bulk() {
    }

    /** Nothing to fetch for no keys; otherwise every chunk's call at once, their lists joined in order. */
    static <T> Uni<List<T>> list(List<String> keys, Function<List<String>, Uni<List<T>>> call) {
        return all(keys, call, List.<T>of(), parts -> {
            List<T> joined = new ArrayList<>();
            parts.forEach(joined::addAll);
            return joined;
        });
    }

    /** As {@link #list}, for reads answering a map by key. */
    static <V> Uni<Map<String, V>> map(List<String> keys, Function<List<String>, Uni<Map<String, V>>> call) {
        return all(keys, call, Map.<String, V>of(), parts -> {
            Map<String, V> joined = new LinkedHashMap<>();
            parts.forEach(joined::putAll);
            return joined;
        });
    }

    private static <R> Uni<R> all(List<String> keys, Function<List<String>, Uni<R>> call, R none,
            Function<List<R>, R> join) {
        if (keys.isEmpty()) {
            return Uni.createFrom().item(none);
        }
        List<List<String>> chunks = chunks(keys);
        if (chunks.size() == 1) {
            return call.apply(chunks.get(0));
        }
        List<Uni<R>> calls = chunks.stream().map(call).toList();
        return Uni.join().all(calls).andFailFast().map(join);
    }

    static List<List<String>> chunks(List<String> keys) {
        List<List<String>> chunks = new ArrayList<>();
        for (int from = 0; from < keys.size(); from += MAX_KEYS) {
            chunks.add(keys.subList(from, Math.min(keys.size(), from + MAX_KEYS)));
        }
        return chunks;
    }
}
