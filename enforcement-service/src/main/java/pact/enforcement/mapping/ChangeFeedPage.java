package pact.enforcement.mapping;

import java.util.List;

/** A page of the change feed: the changes after a cursor, oldest first, and the cursor to pass next. */
public record ChangeFeedPage(List<ChangeView> items, String nextCursor) {
}
