package pact.enforcement.mapping;

import java.util.List;

/** A page of a cursor-paged list; pass {@code nextCursor} back to get the next page (null at the end). */
public record CursorPage<T>(List<T> items, String nextCursor) {
}
