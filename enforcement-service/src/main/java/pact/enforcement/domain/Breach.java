package pact.enforcement.domain;

import java.util.List;

/**
 * A recorded breach of a notice: which of its requirements were breached (numbered from 1 as
 * printed on the notice) and whether the notice was under appeal at the time.
 */
public record Breach(List<Integer> requirements, boolean underAppeal) {

    public Breach {
        requirements = List.copyOf(requirements);
    }
}
