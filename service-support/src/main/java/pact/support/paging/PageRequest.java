package pact.support.paging;

import io.quarkus.panache.common.Sort;
import jakarta.ws.rs.QueryParam;
import java.util.Set;
import pact.support.problem.ProblemException;

/**
 * The paging and sorting query parameters every list endpoint takes:
 * {@code ?page=0&size=20&sort=field,desc}. Parsed here rather than by JAX-RS so that a bad
 * value is a 400 naming the parameter, not a 404.
 */
public class PageRequest {
    public static final int MAX_SIZE = 500;
    /** Far past any real list; with MAX_SIZE it keeps the row offset (page times size) inside an int. */
    public static final int MAX_PAGE = 1_000_000;

    @QueryParam("page")
    String page;

    @QueryParam("size")
    String size;

    @QueryParam("sort")
    String sort;

    public int page() {
        int value = parse("page", page, 0);
        if (value < 0 || value > MAX_PAGE) {
            throw ProblemException.badField("page", "must be between 0 and " + MAX_PAGE);
        }
        return value;
    }

    public int size() {
        int value = parse("size", size, 20);
        if (value < 1 || value > MAX_SIZE) {
            throw ProblemException.badField("size", "must be between 1 and " + MAX_SIZE);
        }
        return value;
    }

    /** The requested order, restricted to the given fields, with the default when none is asked for. */
    public Sort sort(Set<String> sortable, String defaultField, Sort.Direction defaultDirection) {
        if (sort == null || sort.isBlank()) {
            return Sort.by(defaultField, defaultDirection).and("id");
        }
        String[] parts = sort.split(",", -1);
        String field = parts[0].trim();
        if (!sortable.contains(field)) {
            throw ProblemException.badField("sort", "'" + field + "' cannot be sorted on; use one of " + sortable);
        }
        Sort.Direction direction = Sort.Direction.Ascending;
        if (parts.length > 1) {
            switch (parts[1].trim().toLowerCase()) {
                case "asc" -> direction = Sort.Direction.Ascending;
                case "desc" -> direction = Sort.Direction.Descending;
                default -> throw ProblemException.badField("sort", "direction must be asc or desc");
            }
        }
        return Sort.by(field, direction).and("id");
    }

    private static int parse(String name, String raw, int fallback) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            String why = raw.trim().matches("[+-]?[0-9]+") ? "is far too large" : "is not a whole number";
            throw ProblemException.badField(name, "'" + raw + "' " + why);
        }
    }

    public static PageRequest of(int page, int size) {
        PageRequest request = new PageRequest();
        request.page = Integer.toString(page);
        request.size = Integer.toString(size);
        return request;
    }
}
