package pact.gateway.graphql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The services' bulk reads take at most 200 keys a call; an answer that links to more is
 * fetched in as many calls as needed (so calls grow only past 200 keys, never per row).
 */
final class Bulk {
    static final int MAX_KEYS = 200;

    private Bulk() {
    }

    static <T> List<T> list(List<String> keys, Function<List<String>, List<T>> call) {
        List<T> all = new ArrayList<>();
        for (List<String> chunk : chunks(keys)) {
            all.addAll(call.apply(chunk));
        }
        return all;
    }

    static <V> Map<String, V> map(List<String> keys, Function<List<String>, Map<String, V>> call) {
        Map<String, V> all = new LinkedHashMap<>();
        for (List<String> chunk : chunks(keys)) {
            all.putAll(call.apply(chunk));
        }
        return all;
    }

    static List<List<String>> chunks(List<String> keys) {
        List<List<String>> chunks = new ArrayList<>();
        for (int from = 0; from < keys.size(); from += MAX_KEYS) {
            chunks.add(keys.subList(from, Math.min(keys.size(), from + MAX_KEYS)));
        }
        return chunks;
    }
}
