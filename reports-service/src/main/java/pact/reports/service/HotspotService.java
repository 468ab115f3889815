package pact.reports.service;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.locationtech.jts.geom.Geometry;
import pact.reports.config.HotspotConfig;
import pact.reports.domain.AsbCategory;
import pact.reports.domain.Qualifier;
import pact.reports.domain.ReportSource;
import pact.support.geo.BritishNationalGrid;
import pact.support.geo.LatLon;
import pact.reports.geo.StudyArea;
import pact.reports.geo.WestminsterAreas;
import pact.reports.hotspots.CategoryCoverage;
import pact.reports.hotspots.DistanceBand;
import pact.reports.hotspots.HotspotKind;
import pact.reports.hotspots.MapCells;
import pact.support.geo.CellId;
import pact.reports.hotspots.FalseDiscoveryRate;
import pact.reports.hotspots.GetisOrdGiStar;
import pact.reports.hotspots.HotspotMethod;
import pact.reports.hotspots.MonthlyHistory;
import pact.reports.hotspots.PredictionAccuracy;
import pact.reports.hotspots.ProspectiveForecast;
import pact.reports.hotspots.QuarticKernel;
import pact.reports.hotspots.RollingBackTest;
import pact.reports.hotspots.StudyGrid;
import pact.reports.mapping.BackTestView;
import pact.reports.mapping.EvaluationView;
import pact.support.api.GeoPoint;
import pact.reports.mapping.HotspotView;
import pact.reports.mapping.ReportView;
import pact.reports.mapping.UsedView;
import pact.support.validation.Plausible;

/**
 * Hotspot maps over Westminster. PostgreSQL counts reports per cell (one grouped scan, so a
 * million reports cost one query, not a million rows in Java); the statistics run in memory on
 * the grid of about a thousand cells.
 */
@ApplicationScoped
public class HotspotService {
    static final double[] AREA_SHARES = {0.05, 0.10, 0.20};
    /** KDE works on reports snapped to this lattice, far finer than any cell, to keep the sums small. */
    static final double KDE_LATTICE_M = 10;
    /** Months of history a month needs before the back-test judges a forecast of it. */
    public static final int MIN_HISTORY_MONTHS = 2;
    /** How long the back-test's choice of default method is reused before it is run again. */
    static final long CHOICE_TTL_MS = 10 * 60 * 1000;
    /**
     * The default method is judged on the latest year up to the map's end, and a back-test reaches
     * back at most three years: the forecast's nested tuning grows with the square of the months, and
     * stored history may span many years with gaps (the demo holds June 2018 and the recent weeks).
     */
    static final int BEST_OVER_MONTHS = 12;
    static final int BACK_TEST_MAX_MONTHS = 36;
    static final ZoneId MONTHS_IN = Plausible.LONDON;

    /** How answers name the borough whose cells make the study area. */
    static final String BOROUGH = "Westminster (the union of its 2022 wards)";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    HotspotConfig config;

    private final Map<Integer, StudyGrid> grids = new ConcurrentHashMap<>();
    private final Map<String, int[][]> neighbourhoods = new ConcurrentHashMap<>();
    private final Map<String, ProspectiveForecast.Kernel> kernels = new ConcurrentHashMap<>();
    private final RecentAnswers<Choice> choices = new RecentAnswers<>(CHOICE_TTL_MS);
    /** A FORECAST map's tuned scores: tuning is a nested back-test, seconds over years of history. */
    private final RecentAnswers<Scores> forecasts = new RecentAnswers<>(CHOICE_TTL_MS);

    /** The default method the back-test chose for one filter and grid, and when. */
    private record Choice(HotspotMethod method, String reason) {
    }

    /** What to count. Null fields do not filter. */
    public record Filter(Instant from, Instant to, List<AsbCategory> categories, Qualifier qualifier,
            ReportSource source) {
    }

    /** How to draw the map. A null method means the best forecast: the rolling back-test's winner. */
    public record Settings(HotspotMethod method, int cellSize, double distanceBand, double bandwidth) {
        Settings with(HotspotMethod chosen) {
            return new Settings(chosen, cellSize, distanceBand, bandwidth);
        }
    }

    public HotspotView.Map_ map(Filter filter, Settings requested, int minConfidence, int limit) {
        String chosenBy = "requested";
        Settings settings = requested;
        if (requested.method() == null) {
            Choice choice = bestMethod(filter, requested);
            settings = requested.with(choice.method());
            chosenBy = "rolling back-test: " + choice.reason();
        }
        StudyGrid grid = grid(settings.cellSize());
        Counts counts = count(grid, filter);
        Scores scores = score(grid, counts, filter, settings);
        MapCells.Chosen chosen = MapCells.choose(scores.score, counts.total, scores.bins, minConfidence, limit);
        List<HotspotView> hotspots = new ArrayList<>();
        for (int cell : chosen.hot()) {
            hotspots.add(view(grid, cell, counts, scores, settings));
        }
        List<HotspotView> coldSpots = new ArrayList<>();
        for (int cell : chosen.cold()) {
            coldSpots.add(view(grid, cell, counts, scores, settings));
        }
        return new HotspotView.Map_(settings.method().name(), settings.cellSize(), settings.distanceBand(),
                settings.method() == HotspotMethod.KDE ? settings.bandwidth() : null, grid.size(),
                counts.counted, hotspots, scores.parameters, chosenBy,
                settings.method() == HotspotMethod.GISTAR ? coldSpots : null,
                used(filter, settings, chosenBy, grid), notes(filter));
    }

    /** What an answer over one window used; a null method (the back-test's) leaves method and significance out. */
    private UsedView used(Filter filter, Settings settings, String chosenBy, StudyGrid grid) {
        DistanceBand band = new DistanceBand(settings.cellSize(), settings.distanceBand());
        StudyArea area = config.area();
        HotspotMethod method = settings.method();
        UsedView.Significance significance = method != HotspotMethod.GISTAR ? null : new UsedView.Significance(
                "none: pValue is each cell's own two-sided p-value",
                "FDR (Benjamini-Hochberg) over the " + grid.size() + " cells of the study area",
                "3, 2, 1: hot spot at FDR 1%, 5%, 10%; -3, -2, -1: cold spot at the same levels; 0: not significant");
        return new UsedView(new UsedView.Window(filter.from(), filter.to()), null, null,
                new UsedView.Filters(filter.categories().stream().map(Enum::name).toList(),
                        filter.qualifier() == null ? null : filter.qualifier().name(),
                        filter.source() == null ? null : filter.source().name()),
                method == null ? null : method.name(), chosenBy, null, settings.cellSize(), settings.distanceBand(),
                new UsedView.Neighbours(band.cellsAround(), band.includesDiagonals(), band.describe()),
                settings.bandwidth(), significance, new UsedView.Area(area.rule().setting(), area.bufferMetres(),
                        grid.size(), area.describe(BOROUGH)));
    }

    /** What the filter's categories cannot see in its window (police.uk's untyped records). */
    private List<String> notes(Filter filter) {
        if (filter.categories().isEmpty()) {
            return List.of();
        }
        Filter anyCategory = new Filter(filter.from(), filter.to(), List.of(), filter.qualifier(), filter.source());
        Where where = where(anyCategory);
        Map<AsbCategory, Long> byCategory = new EnumMap<>(AsbCategory.class);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "select category, count(*) from report where " + where.sql + " group by 1")) {
            where.bind(statement, 1);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    byCategory.put(AsbCategory.valueOf(rows.getString(1)), rows.getLong(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Counting reports per category failed", e);
        }
        return CategoryCoverage.notes(filter.categories(), byCategory);
    }

    /**
     * The rolling back-test over the months of the filter (or of all stored reports when it has no
     * bounds): every method judged on every month with {@link #MIN_HISTORY_MONTHS} before it.
     */
    public BackTestView backTest(Filter filter, Settings settings, int minHistory, List<HotspotMethod> shown) {
        StudyGrid grid = grid(settings.cellSize());
        Instant earliest = monthsBefore(filter.to(), BACK_TEST_MAX_MONTHS);
        if (filter.from() == null || filter.from().isBefore(earliest)) {
            filter = new Filter(earliest, filter.to(), filter.categories(), filter.qualifier(), filter.source());
        }
        MonthlyHistory history = history(grid, filter, true);
        RollingBackTest.Result result = RollingBackTest.run(history, forecasters(grid, history, settings), minHistory,
                AREA_SHARES);
        return BackTestView.of(result, settings.cellSize(), grid.size(), minHistory, shown,
                used(filter, settings, null, grid).withMethods(shown.stream().map(Enum::name).toList()),
                notes(filter));
    }

    /**
     * What a cached answer depends on: the month the window ends in (a window ending now moves every
     * request, and the back-test and the forecast work in whole months) and the filters.
     */
    private static String windowKey(Filter filter) {
        return YearMonth.from((filter.to() == null ? Instant.now() : filter.to()).atZone(MONTHS_IN)) + "/"
                + filter.categories() + "/" + filter.qualifier() + "/" + filter.source();
    }

    /** How many FORECAST maps have been tuned (each a nested back-test). */
    public int forecastsTuned() {
        return forecasts.made();
    }

    /** How many times the default method has been chosen by a back-test (each costs seconds on real data). */
    public int defaultChoicesMade() {
        return choices.made();
    }

    /** The back-test's winner over all stored history up to the filter's end, reused for a while. */
    private Choice bestMethod(Filter filter, Settings settings) {
        Filter history = new Filter(monthsBefore(filter.to(), BEST_OVER_MONTHS), filter.to(), filter.categories(),
                filter.qualifier(), filter.source());
        String key = windowKey(filter) + "/" + settings.cellSize() + "/" + settings.distanceBand() + "/"
                + settings.bandwidth();
        return choices.get(key, () -> {
            StudyGrid grid = grid(settings.cellSize());
            MonthlyHistory months = history(grid, history, true);
            RollingBackTest.Result result = RollingBackTest.run(months, forecasters(grid, months, settings),
                    MIN_HISTORY_MONTHS, AREA_SHARES);
            return new Choice(result.winner(), result.reason());
        });
    }

    /** The start of the month {@code months} months before the one holding {@code end} (now when null). */
    static Instant monthsBefore(Instant end, int months) {
        YearMonth last = YearMonth.from((end == null ? Instant.now() : end).atZone(MONTHS_IN));
        return last.minusMonths(months).atDay(1).atStartOfDay(MONTHS_IN).toInstant();
    }

    private Map<HotspotMethod, RollingBackTest.Forecaster> forecasters(StudyGrid grid, MonthlyHistory history,
            Settings settings) {
        Map<HotspotMethod, RollingBackTest.Forecaster> methods = new EnumMap<>(HotspotMethod.class);
        methods.put(HotspotMethod.GISTAR, RollingBackTest.giStar(neighbours(grid, settings.distanceBand()),
                settings.distanceBand()));
        methods.put(HotspotMethod.KDE, RollingBackTest.kernelDensity(grid, settings.bandwidth()));
        methods.put(HotspotMethod.COUNT, RollingBackTest.counts());
        methods.put(HotspotMethod.FORECAST, RollingBackTest.prospective(history, kernel(grid, settings.bandwidth()),
                settings.bandwidth(), AREA_SHARES));
        return methods;
    }

    public EvaluationView evaluate(Filter training, Filter test, Settings requested) {
        String chosenBy = "requested";
        Settings settings = requested;
        if (requested.method() == null) {
            Choice choice = bestMethod(training, requested);
            settings = requested.with(choice.method());
            chosenBy = "rolling back-test: " + choice.reason();
        }
        StudyGrid grid = grid(settings.cellSize());
        Counts trainingCounts = count(grid, training);
        Counts testCounts = count(grid, test);
        Scores scores = score(grid, trainingCounts, training, settings);
        List<PredictionAccuracy.AtShare> results = new ArrayList<>();
        for (double share : AREA_SHARES) {
            results.add(PredictionAccuracy.at(share, scores.score, trainingCounts.total, testCounts.total));
        }
        List<String> notes = new ArrayList<>();
        notes(training).forEach(note -> notes.add("training window: " + note));
        notes(test).forEach(note -> notes.add("test window: " + note));
        return new EvaluationView(settings.method().name(), settings.cellSize(), grid.size(), training.from(),
                training.to(), test.from(), test.to(), trainingCounts.counted, testCounts.counted, results,
                used(training, settings, chosenBy, grid).withWindows(
                        new UsedView.Window(training.from(), training.to()),
                        new UsedView.Window(test.from(), test.to())), notes);
    }

    /** Reports per cell, in total and by category. */
    private record Counts(double[] total, Map<Integer, Map<AsbCategory, Long>> byCategory, long counted) {
    }

    /** Per cell: the ranking score, and for Gi* z, p, BH-adjusted p and bin; for KDE the density. */
    private record Scores(double[] score, double[] z, double[] p, double[] q, int[] bins, double[] density,
            Map<String, Object> parameters) {
        Scores(double[] score, double[] density, Map<String, Object> parameters) {
            this(score, null, null, null, null, density, parameters);
        }
    }

    private Scores score(StudyGrid grid, Counts counts, Filter filter, Settings settings) {
        return switch (settings.method()) {
            case GISTAR -> {
                double[] z = GetisOrdGiStar.zScores(counts.total, neighbours(grid, settings.distanceBand()));
                double[] p = new double[z.length];
                for (int i = 0; i < z.length; i++) {
                    p[i] = GetisOrdGiStar.pValue(z[i]);
                }
                yield new Scores(z, z, p, FalseDiscoveryRate.adjusted(p), FalseDiscoveryRate.confidenceBins(z, p),
                        null, Map.of("distanceBand", settings.distanceBand()));
            }
            case KDE -> {
                double[] density = QuarticKernel.density(grid, latticePoints(filter), settings.bandwidth());
                yield new Scores(density, density, Map.of("bandwidth", settings.bandwidth()));
            }
            case COUNT -> new Scores(counts.total, null, Map.of());
            case FORECAST -> forecasts.get(windowKey(filter) + "/" + filter.from() + "/" + settings.cellSize() + "/"
                    + settings.bandwidth(), () -> forecast(grid, filter, settings));
        };
    }

    private Scores forecast(StudyGrid grid, Filter filter, Settings settings) {
        MonthlyHistory history = history(grid, filter, false);
        if (history.monthCount() == 0) {
            return new Scores(new double[grid.size()], null,
                    ProspectiveForecast.COUNTS_ALIKE.describe(settings.bandwidth()));
        }
        ProspectiveForecast.Tuned tuned = new ProspectiveForecast.Tuner(history.counts(),
                kernel(grid, settings.bandwidth()), AREA_SHARES).forecast(history.monthCount());
        Map<String, Object> parameters = tuned.parameters().describe(settings.bandwidth());
        parameters.put("monthsTunedOn", tuned.monthsTunedOn());
        parameters.put("forecastMonth", history.months().get(history.monthCount() - 1).plusMonths(1)
                .toString());
        return new Scores(tuned.score(), null, parameters);
    }

    private HotspotView view(StudyGrid grid, int cell, Counts counts, Scores scores, Settings settings) {
        double x0 = grid.centreX(cell) - grid.cellSize() / 2;
        double y0 = grid.centreY(cell) - grid.cellSize() / 2;
        double size = grid.cellSize();
        List<List<Double>> ring = new ArrayList<>();
        for (double[] corner : new double[][] {{x0, y0}, {x0 + size, y0}, {x0 + size, y0 + size}, {x0, y0 + size},
                {x0, y0}}) {
            LatLon ll = BritishNationalGrid.toLatLon(corner[0], corner[1]);
            ring.add(List.of(round(ll.lon()), round(ll.lat())));
        }
        Map<String, Object> geometry = new LinkedHashMap<>();
        geometry.put("type", "Polygon");
        geometry.put("coordinates", List.of(ring));
        LatLon centre = BritishNationalGrid.toLatLon(grid.centreX(cell), grid.centreY(cell));
        WestminsterAreas.Placement placement = WestminsterAreas.get().place(centre.lat(), centre.lon());
        List<HotspotView.TypeCount> top = counts.byCategory.getOrDefault(cell, Map.of()).entrySet().stream()
                .sorted(Map.Entry.<AsbCategory, Long>comparingByValue().reversed()
                        .thenComparing(e -> e.getKey().name()))
                .limit(3).map(e -> new HotspotView.TypeCount(e.getKey().name(), e.getValue())).toList();
        return new HotspotView(CellId.containing(settings.cellSize(), grid.centreX(cell), grid.centreY(cell)).toString(),
                geometry, new GeoPoint(round(centre.lat()), round(centre.lon())), Math.round(counts.total[cell]),
                scores.z == null ? null : scores.z[cell], scores.p == null ? null : scores.p[cell],
                scores.bins == null ? null : scores.bins[cell], scores.density == null ? null : scores.density[cell],
                placement.wardCode() == null ? null : new ReportView.Area(placement.wardCode(), placement.wardName()),
                top, scores.bins == null ? null : HotspotKind.ofBin(scores.bins[cell]).name(),
                scores.q == null ? null : scores.q[cell], scores.score[cell]);
    }

    StudyGrid grid(int cellSize) {
        return grids.computeIfAbsent(cellSize, size -> {
            StudyArea area = config.area();
            Geometry borough = WestminsterAreas.get().borough();
            var envelope = borough.getEnvelopeInternal();
            envelope.expandBy(area.bufferMetres());
            return new StudyGrid(size, envelope.getMinX(), envelope.getMinY(), envelope.getMaxX(),
                    envelope.getMaxY(), area.admits(borough, size));
        });
    }

    private ProspectiveForecast.Kernel kernel(StudyGrid grid, double bandwidth) {
        return kernels.computeIfAbsent(grid.cellSize() + "/" + bandwidth,
                key -> ProspectiveForecast.Kernel.quartic(grid, bandwidth));
    }

    /**
     * Reports per cell per London calendar month, every month from the filter's first to its last
     * (or the first and last month with reports), with the KDE lattice points per month if asked.
     */
    MonthlyHistory history(StudyGrid grid, Filter filter, boolean withPoints) {
        Where where = where(filter);
        String month = "to_char(occurred_at at time zone '" + MONTHS_IN.getId() + "', 'YYYY-MM')";
        String sql = "select " + month + ", floor((easting - ?) / ?)::int, floor((northing - ?) / ?)::int, "
                + "count(*) from report where " + where.sql + " group by 1, 2, 3";
        Map<YearMonth, double[]> counts = new HashMap<>();
        Map<YearMonth, List<double[]>> points = new HashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                bindCells(statement, grid, where);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        double[] row = counts.computeIfAbsent(YearMonth.parse(rows.getString(1)),
                                m -> new double[grid.size()]);
                        int cell = grid.cellAtIndex(rows.getInt(2), rows.getInt(3));
                        if (cell >= 0) {
                            row[cell] += rows.getLong(4);
                        }
                    }
                }
            }
            if (withPoints) {
                String lattice = "select " + month + ", round(easting / ?) * ?, round(northing / ?) * ?, count(*) "
                        + "from report where " + where.sql + " group by 1, 2, 3 order by 1, 2, 3";
                try (PreparedStatement statement = connection.prepareStatement(lattice)) {
                    for (int i = 1; i <= 4; i++) {
                        statement.setDouble(i, KDE_LATTICE_M);
                    }
                    where.bind(statement, 5);
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            points.computeIfAbsent(YearMonth.parse(rows.getString(1)), m -> new ArrayList<>())
                                    .add(new double[] {rows.getDouble(2), rows.getDouble(3), rows.getLong(4)});
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Counting reports per cell and month failed", e);
        }
        // from the first to the last month holding reports, within the filter's bounds
        YearMonth first = counts.keySet().stream().min(Comparator.naturalOrder()).orElse(null);
        YearMonth last = counts.keySet().stream().max(Comparator.naturalOrder()).orElse(null);
        if (first != null && filter.from() != null) {
            YearMonth bound = YearMonth.from(filter.from().atZone(MONTHS_IN));
            first = bound.isAfter(first) ? bound : first;
        }
        List<YearMonth> months = new ArrayList<>();
        if (first != null && last != null) {
            for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
                months.add(m);
            }
        }
        double[][] countRows = new double[months.size()][];
        double[][][] pointRows = new double[months.size()][][];
        for (int i = 0; i < months.size(); i++) {
            countRows[i] = counts.getOrDefault(months.get(i), new double[grid.size()]);
            pointRows[i] = points.getOrDefault(months.get(i), List.of()).toArray(double[][]::new);
        }
        return new MonthlyHistory(months, countRows, pointRows);
    }

    /** Binds a per-cell query's parameters: the grid's origin and cell size (x, then y), then the filter's. */
    private static void bindCells(PreparedStatement statement, StudyGrid grid, Where where) throws SQLException {
        statement.setDouble(1, grid.originX());
        statement.setDouble(2, grid.cellSize());
        statement.setDouble(3, grid.originY());
        statement.setDouble(4, grid.cellSize());
        where.bind(statement, 5);
    }

    private int[][] neighbours(StudyGrid grid, double band) {
        return neighbourhoods.computeIfAbsent(grid.cellSize() + "/" + band, key -> grid.neighbours(band));
    }

    private Counts count(StudyGrid grid, Filter filter) {
        Where where = where(filter);
        String sql = "select floor((easting - ?) / ?)::int as cx, floor((northing - ?) / ?)::int as cy, category, "
                + "count(*) from report where " + where.sql + " group by 1, 2, 3";
        double[] total = new double[grid.size()];
        Map<Integer, Map<AsbCategory, Long>> byCategory = new HashMap<>();
        long counted = 0;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            bindCells(statement, grid, where);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    int cell = grid.cellAtIndex(rows.getInt(1), rows.getInt(2));
                    if (cell < 0) {
                        continue;
                    }
                    long n = rows.getLong(4);
                    total[cell] += n;
                    counted += n;
                    byCategory.computeIfAbsent(cell, c -> new HashMap<>())
                            .merge(AsbCategory.valueOf(rows.getString(3)), n, Long::sum);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Counting reports per cell failed", e);
        }
        return new Counts(total, byCategory, counted);
    }

    private double[][] latticePoints(Filter filter) {
        Where where = where(filter);
        String sql = "select round(easting / ?) * ?, round(northing / ?) * ?, count(*) from report where "
                + where.sql + " group by 1, 2";
        List<double[]> points = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 1; i <= 4; i++) {
                statement.setDouble(i, KDE_LATTICE_M);
            }
            where.bind(statement, 5);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    points.add(new double[] {rows.getDouble(1), rows.getDouble(2), rows.getLong(3)});
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading report positions failed", e);
        }
        return points.toArray(double[][]::new);
    }

    /** The filter as SQL with its parameters, in order. */
    private record Where(String sql, List<Object> parameters) {
        void bind(PreparedStatement statement, int first) throws SQLException {
            int index = first;
            for (Object parameter : parameters) {
                if (parameter instanceof Instant instant) {
                    statement.setTimestamp(index++, Timestamp.from(instant));
                } else {
                    statement.setString(index++, parameter.toString());
                }
            }
        }
    }

    private static Where where(Filter filter) {
        StringBuilder sql = new StringBuilder("easting is not null and not out_of_area");
        List<Object> parameters = new ArrayList<>();
        if (filter.from() != null) {
            sql.append(" and occurred_at >= ?");
            parameters.add(filter.from());
        }
        if (filter.to() != null) {
            sql.append(" and occurred_at < ?");
            parameters.add(filter.to());
        }
        if (filter.categories() != null && !filter.categories().isEmpty()) {
            sql.append(" and category in (").append(String.join(",", filter.categories().stream().map(c -> "?")
                    .toList())).append(")");
            parameters.addAll(filter.categories());
        }
        if (filter.qualifier() != null) {
            sql.append(" and qualifier = ?");
            parameters.add(filter.qualifier());
        }
        if (filter.source() != null) {
            sql.append(" and source = ?");
            parameters.add(filter.source());
        }
        return new Where(sql.toString(), parameters);
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1e6) / 1e6;
    }
}
