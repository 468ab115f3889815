package pact.gateway.graphql;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Cursor connections over the services' page-based lists: a cursor is the position of an item
 * in the list, opaque to clients; {@code first} items after {@code after}.
 */
final class Connections {
    static final int MAX_FIRST = 100;

    private Connections() {
    }

    /** Where a page starts and how big it is, from the GraphQL arguments. */
    record Window(int offset, int first) {
        int page() {
            return offset / first;
        }
    }

    static Window window(Integer first, String after) {
        int size = first == null ? 20 : first;
        if (size < 1 || size > MAX_FIRST) {
            throw new InvalidArgument("first must be between 1 and " + MAX_FIRST);
        }
        int offset = after == null || after.isBlank() ? 0 : position(after) + 1;
        if (offset % size != 0) {
            // the services page in fixed steps: keep every page aligned to its size
            throw new InvalidArgument("after must be the endCursor of a page of the same size (first)");
        }
        return new Window(offset, size);
    }

    static String cursor(int position) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("pos:" + position).getBytes(StandardCharsets.UTF_8));
    }

    static int position(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!text.startsWith("pos:")) {
                throw new IllegalArgumentException();
            }
            return Integer.parseInt(text.substring(4));
        } catch (IllegalArgumentException e) {
            throw new InvalidArgument("after is not a cursor this API gave out");
        }
    }

    static <T, E> List<E> edges(List<T> items, int offset, BiFunction<String, T, E> edge) {
        List<E> edges = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            edges.add(edge.apply(cursor(offset + i), items.get(i)));
        }
        return edges;
    }

    /** Builds a connection type from its three parts; the connection records' constructors fit. */
    interface Assembler<E, C> {
        C assemble(List<E> edges, PageInfo pageInfo, long totalCount);
    }

    /** The connection of one page of a service's list, starting at the window's offset. */
    static <T, E, C> C of(Window window, List<T> items, long total, BiFunction<String, T, E> edge,
            Assembler<E, C> connection) {
        return connection.assemble(edges(items, window.offset(), edge),
                pageInfo(window.offset(), items.size(), total), total);
    }

    static PageInfo pageInfo(int offset, int count, long total) {
        return new PageInfo(offset + count < total, offset > 0, count == 0 ? null : cursor(offset + count - 1));
    }

    /** Where a connection's page stands. */
    public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String endCursor) {
    }
}
