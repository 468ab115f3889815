package pact.reports.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pact.reports.domain.AsbCategory;
import pact.reports.domain.Qualifier;
import pact.reports.domain.ReportSource;
import pact.reports.hotspots.HotspotMethod;
import pact.reports.mapping.BackTestView;
import pact.reports.mapping.EvaluationView;
import pact.reports.mapping.HotspotGeoJson;
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

    static final Set<String> MAP_PARAMETERS = Set.of("from", "to", "category", "qualifier", "source", "method",
            "cellSize", "band", "bandwidth", "minConfidence", "limit");
    static final Set<String> EVALUATION_PARAMETERS = Set.of("trainFrom", "trainTo", "testFrom", "testTo",
            "category", "qualifier", "source", "method", "cellSize", "band", "bandwidth");
    static final Set<String> BACKTEST_PARAMETERS = Set.of("from", "to", "category", "qualifier", "source",
            "methods", "cellSize", "band", "bandwidth", "minHistory");

    @GET
    @Produces({MediaType.APPLICATION_JSON, HotspotGeoJson.MEDIA_TYPE})
    @Operation(summary = "Hotspot cells, hottest first. Without method: the best forecast, the method that won the "
            + "rolling back-test on the stored history (the answer says which, with its parameters and why). "
            + "method=GISTAR: Getis-Ord Gi* with FDR-corrected confidence (is this cluster real?), cold spots "
            + "apart; KDE: quartic kernel density; COUNT: plain counts; FORECAST: the prospective forecast of next "
            + "month. Dates: a plain date (2018-01-01) is the start of that day in London. Accept: "
            + "application/geo+json answers a GeoJSON FeatureCollection of the cells")
    @APIResponse(responseCode = "200", description = "The map, with what it used (used) and notes", content = {
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HotspotView.Map_.class)),
        @Content(mediaType = HotspotGeoJson.MEDIA_TYPE, schema = @Schema(implementation = HotspotGeoJson.class))})
    public Response map(@Context UriInfo uri, @Context HttpHeaders headers, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("category") String categories,
            @QueryParam("qualifier") String qualifier, @QueryParam("source") String source,
            @QueryParam("method") String method, @QueryParam("cellSize") String cellSize,
            @QueryParam("band") String band, @QueryParam("bandwidth") String bandwidth,
            @QueryParam("minConfidence") String minConfidence, @QueryParam("limit") String limit) {
        QueryValues.onlyKnown(uri.getQueryParameters().keySet(), MAP_PARAMETERS);
        Filter filter = filter("from", from, to, categories, qualifier, source);
        HotspotView.Map_ map = hotspots.map(filter, settings(method, cellSize, band, bandwidth),
                number("minConfidence", minConfidence, 1, -3, 3), number("limit", limit, 50, 1, 5000));
        return wantsGeoJson(headers) ? Response.ok(HotspotGeoJson.of(map), HotspotGeoJson.MEDIA_TYPE).build()
                : Response.ok(map, MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** GeoJSON when the caller names it ahead of plain JSON; plain JSON for wildcards and by default. */
    static boolean wantsGeoJson(HttpHeaders headers) {
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            if (!accepted.isWildcardType() && !accepted.isWildcardSubtype()
                    && MediaType.valueOf(HotspotGeoJson.MEDIA_TYPE).isCompatible(accepted)) {
                return true;
            }
            if (accepted.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
        }
        return false;
    }

    @GET
    @Path("evaluation")
    @Operation(summary = "Hit rate, PAI and PEI at 5, 10 and 20% of the area for a map of the training window "
            + "judged on the test window")
    public EvaluationView evaluate(@Context UriInfo uri, @QueryParam("trainFrom") String trainFrom,
            @QueryParam("trainTo") String trainTo, @QueryParam("testFrom") String testFrom,
            @QueryParam("testTo") String testTo, @QueryParam("category") String categories,
            @QueryParam("qualifier") String qualifier, @QueryParam("source") String source,
            @QueryParam("method") String method, @QueryParam("cellSize") String cellSize,
            @QueryParam("band") String band, @QueryParam("bandwidth") String bandwidth) {
        QueryValues.onlyKnown(uri.getQueryParameters().keySet(), EVALUATION_PARAMETERS);
        for (String[] required : new String[][] {{"trainFrom", trainFrom}, {"trainTo", trainTo},
                {"testFrom", testFrom}, {"testTo", testTo}}) {
            if (required[1] == null || required[1].isBlank()) {
                throw ProblemException.badField(required[0], "is required");
            }
        }
        return hotspots.evaluate(filter("trainFrom", trainFrom, trainTo, categories, qualifier, source),
                filter("testFrom", testFrom, testTo, categories, qualifier, source),
                settings(method, cellSize, band, bandwidth));
    }

    @GET
    @Path("backtest")
    @RolesAllowed({Roles.ANALYST, Roles.TASKING_COORDINATOR})
    @Operation(summary = "Rolling-origin back-test: for every month from..to (YYYY-MM) with minHistory earlier "
            + "months, each method ranks cells from the months before it and is judged on that month: hit rate, PAI "
            + "and PEI at 5, 10 and 20% of the area, per month, with the mean and worst month, and the method it "
            + "makes the default. A plain date (2018-01-15) in from or to stands for its month")
    public BackTestView backTest(@Context UriInfo uri, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("category") String categories, @QueryParam("qualifier") String qualifier,
            @QueryParam("source") String source, @QueryParam("methods") String methods,
            @QueryParam("cellSize") String cellSize, @QueryParam("band") String band,
            @QueryParam("bandwidth") String bandwidth, @QueryParam("minHistory") String minHistory) {
        QueryValues.onlyKnown(uri.getQueryParameters().keySet(), BACKTEST_PARAMETERS);
        YearMonth first = month("from", from);
        YearMonth last = month("to", to);
        if (first != null && last != null && first.isAfter(last)) {
            throw ProblemException.badField("from", "must not be after to");
        }
        Filter window = filter("from", first == null ? null : first.atDay(1).atStartOfDay(Plausible.LONDON)
                .toInstant().toString(), last == null ? null : last.plusMonths(1).atDay(1)
                .atStartOfDay(Plausible.LONDON).toInstant().toString(), categories, qualifier, source);
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
            String text = raw.trim();
            YearMonth month = text.length() == 10 ? YearMonth.from(QueryValues.date(name, text))
                    : YearMonth.parse(text);
            if (month.getYear() < 1900 || month.getYear() > 9999) {
                throw ProblemException.badField(name, "must be a month between 1900-01 and 9999-12");
            }
            return month;
        } catch (DateTimeParseException e) {
            throw ProblemException.badField(name, "'" + raw + "' is not a month such as 2018-06 (or a date in it)");
        }
    }

    private static Filter filter(String fromName, String from, String to, String categories, String qualifier,
            String source) {
        Instant start = QueryValues.instantOrDate(fromName, from);
        Instant end = QueryValues.instantOrDate(fromName.replace("From", "To").replace("from", "to"), to);
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
        // decimals, so that a band can reach the diagonal neighbours (212.13 m for 150 m cells) at 212.2 m
        double distanceBand = QueryValues.decimal("band", band, Math.round(size * 1.5), size, size * 10);
        double kernel = QueryValues.decimal("bandwidth", bandwidth, size * 2, size / 2.0, 5000);
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
