package pact.reports.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pact.reports.domain.AsbCategory;
import pact.reports.domain.Qualifier;
import pact.reports.domain.ReportSource;
import pact.reports.hotspots.HotspotMethod;
import pact.reports.mapping.BackTestView;
import pact.reports.mapping.EvaluationView;
import pact.reports.mapping.HotspotView;
import pact.reports.service.HotspotService;
import pact.reports.service.HotspotService.Filter;
import pact.reports.service.HotspotService.Settings;
import pact.support.paging.QueryValues;
import pact.support.problem.ProblemException;
import pact.support.security.Roles;
import pact.support.validation.Plausible;

/** Hotspot maps of reported ASB, and how well they predict. */
@Path("/api/hotspots")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Hotspots", description = "Where ASB concentrates and where it will be next: hotspot maps, the best "
        + "forecast, and back-tests of every method")
@RolesAllowed({Roles.ANALYST, Roles.TASKING_COORDINATOR, Roles.COUNCIL_OFFICER, Roles.POLICE_OFFICER,
        Roles.CITY_INSPECTOR})
public class HotspotResource {

    @Inject
    HotspotService hotspots;

    @GET
    @Operation(summary = "Hotspot cells, hottest first. Without method: the best forecast, the method that won the "
            + "rolling back-test on the stored history (the answer says which, with its parameters and why). "
            + "method=GISTAR: Getis-Ord Gi* with FDR-corrected confidence (is this cluster real?); KDE: quartic "
            + "kernel density; COUNT: plain counts; FORECAST: the prospective forecast of next month")
    public HotspotView.Map_ map(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("category") String categories, @QueryParam("qualifier") String qualifier,
            @QueryParam("source") String source, @QueryParam("method") String method,
            @QueryParam("cellSize") String cellSize, @QueryParam("band") String band,
            @QueryParam("bandwidth") String bandwidth, @QueryParam("minConfidence") String minConfidence,
            @QueryParam("limit") String limit) {
        Filter filter = filter("from", from, to, categories, qualifier, source);
        return hotspots.map(filter, settings(method, cellSize, band, bandwidth),
                number("minConfidence", minConfidence, 1, -3, 3), number("limit", limit, 50, 1, 5000));
    }

    @GET
    @Path("evaluation")
    @Operation(summary = "Hit rate, PAI and PEI at 5, 10 and 20% of the area for a map of the training window "
            + "judged on the test window")
    public EvaluationView evaluate(@QueryParam("trainFrom") String trainFrom, @QueryParam("trainTo") String trainTo,
            @QueryParam("testFrom") String testFrom, @QueryParam("testTo") String testTo,
            @QueryParam("category") String categories, @QueryParam("method") String method,
            @QueryParam("cellSize") String cellSize, @QueryParam("band") String band,
            @QueryParam("bandwidth") String bandwidth) {
        for (String[] required : new String[][] {{"trainFrom", trainFrom}, {"trainTo", trainTo},
                {"testFrom", testFrom}, {"testTo", testTo}}) {
            if (required[1] == null || required[1].isBlank()) {
                throw ProblemException.badField(required[0], "is required");
            }
        }
        return hotspots.evaluate(filter("trainFrom", trainFrom, trainTo, categories, null, null),
                filter("testFrom", testFrom, testTo, categories, null, null),
                settings(method, cellSize, band, bandwidth));
    }

    @GET
    @Path("backtest")
    @RolesAllowed({Roles.ANALYST, Roles.TASKING_COORDINATOR})
    @Operation(summary = "Rolling-origin back-test: for every month from..to (YYYY-MM) with minHistory earlier "
            + "months, each method ranks cells from the months before it and is judged on that month: hit rate, PAI "
            + "and PEI at 5, 10 and 20% of the area, per month, with the mean and worst month, and the method it "
            + "makes the default")
    public BackTestView backTest(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("category") String categories, @QueryParam("methods") String methods,
            @QueryParam("cellSize") String cellSize, @QueryParam("band") String band,
            @QueryParam("bandwidth") String bandwidth, @QueryParam("minHistory") String minHistory) {
        YearMonth first = month("from", from);
        YearMonth last = month("to", to);
        if (first != null && last != null && first.isAfter(last)) {
            throw ProblemException.badField("from", "must not be after to");
        }
        Filter window = filter("from", first == null ? null : first.atDay(1).atStartOfDay(Plausible.LONDON)
                .toInstant().toString(), last == null ? null : last.plusMonths(1).atDay(1)
                .atStartOfDay(Plausible.LONDON).toInstant().toString(), categories, null, null);
        List<HotspotMethod> shown = methods == null || methods.isBlank() ? List.of(HotspotMethod.values())
                : Arrays.stream(methods.split(",")).map(m -> QueryValues.enumValue("methods", m.trim(),
                        HotspotMethod.class)).filter(m -> m != null).distinct().toList();
        return hotspots.backTest(window, settings(null, cellSize, band, bandwidth),
                number("minHistory", minHistory, HotspotService.MIN_HISTORY_MONTHS, 1, 24), shown);
    }

    private static YearMonth month(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            YearMonth month = YearMonth.parse(raw.trim());
            if (month.getYear() < 1900 || month.getYear() > 9999) {
                throw ProblemException.badField(name, "must be a month between 1900-01 and 9999-12");
            }
            return month;
        } catch (DateTimeParseException e) {
            throw ProblemException.badField(name, "'" + raw + "' is not a month such as 2018-06");
        }
    }

    private static Filter filter(String fromName, String from, String to, String categories, String qualifier,
            String source) {
        Instant start = QueryValues.instant(fromName, from);
        Instant end = QueryValues.instant(fromName.replace("From", "To").replace("from", "to"), to);
        if (start != null && end != null && !start.isBefore(end)) {
            throw ProblemException.badField(fromName, "must be before the end of the window");
        }
        List<AsbCategory> list = categories == null || categories.isBlank() ? List.of()
                : Arrays.stream(categories.split(",")).map(c -> QueryValues.enumValue("category", c, AsbCategory.class))
                        .toList();
        return new Filter(start, end, list, QueryValues.enumValue("qualifier", qualifier, Qualifier.class),
                QueryValues.enumValue("source", source, ReportSource.class));
    }

    private static Settings settings(String method, String cellSize, String band, String bandwidth) {
        // no method: the service uses the rolling back-test's winner
        HotspotMethod chosen = method == null || method.isBlank() ? null
                : QueryValues.enumValue("method", method, HotspotMethod.class);
        int size = number("cellSize", cellSize, 150, 25, 1000);
        double distanceBand = number("band", band, (int) Math.round(size * 1.5), size, size * 10);
        double kernel = number("bandwidth", bandwidth, size * 2, size / 2, 5000);
        return new Settings(chosen, size, distanceBand, kernel);
    }

    private static int number(String name, String raw, int fallback, int min, int max) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        int value;
        try {
            value = Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.badField(name, "'" + raw + "' is not a whole number");
        }
        if (value < min || value > max) {
            throw ProblemException.badField(name, "must be between " + min + " and " + max);
        }
        return value;
    }
}
