package pact.support.paging;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import java.util.List;
import java.util.function.Function;

/** One page of a list, with what a client needs to ask for the next. */
public record PageResponse<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public static <E, T> PageResponse<T> of(PanacheQuery<E> query, PageRequest request, Function<E, T> view) {
        int page = request.page();
        int size = request.size();
        query.page(page, size);
        List<T> items = query.list().stream().map(view).toList();
        long total = query.count();
        return new PageResponse<>(items, page, size, total, (int) ((total + size - 1) / size));
    }
}
