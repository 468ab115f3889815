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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import pact.reports.domain.AsbCategory;
import pact.reports.domain.Qualifier;
import pact.reports.domain.ReportSource;
import pact.support.geo.BritishNationalGrid;
import pact.support.geo.LatLon;
import pact.reports.geo.WestminsterAreas;
import pact.support.geo.CellId;
import pact.reports.hotspots.FalseDiscoveryRate;
import pact.reports.hotspots.GetisOrdGiStar;
import pact.reports.hotspots.HotspotMethod;
import pact.reports.hotspots.PredictionAccuracy;
import pact.reports.hotspots.QuarticKernel;
import pact.reports.hotspots.StudyGrid;
import pact.reports.mapping.EvaluationView;
import pact.support.api.GeoPoint;
import pact.reports.mapping.HotspotView;
import pact.reports.mapping.ReportView;

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

    @Inject
    AgroalDataSource dataSource;

    private final Map<Integer, StudyGrid> grids = new ConcurrentHashMap<>();
    private final Map<String, int[][]> neighbourhoods = new ConcurrentHashMap<>();

    /** What to count. Null fields do not filter. */
    public record Filter(Instant from, Instant to, List<AsbCategory> categories, Qualifier qualifier,
            ReportSource source) {
    }

    /** How to draw the map. */
    public record Settings(HotspotMethod method, int cellSize, double distanceBand, double bandwidth) {
    }

    public HotspotView.Map_ map(Filter filter, Settings settings, int minConfidence, int limit) {
        StudyGrid grid = grid(settings.cellSize());
        Counts counts = count(grid, filter);
        Scores scores = score(grid, counts, filter, settings);
        List<Integer> cells = IntStream.range(0, grid.size()).boxed()
                .filter(cell -> settings.method() != HotspotMethod.GISTAR || scores.bins[cell] >= minConfidence)
                .filter(cell -> settings.method() == HotspotMethod.GISTAR || counts.total[cell] > 0
                        || minConfidence <= 0)
                .sorted(Comparator.comparingDouble((Integer cell) -> -scores.score[cell])
                        .thenComparingDouble(cell -> -counts.total[cell]))
                .limit(limit).toList();
        List<HotspotView> hotspots = new ArrayList<>();
        for (int cell : cells) {
            hotspots.add(view(grid, cell, counts, scores, settings));
        }
        return new HotspotView.Map_(settings.method().name(), settings.cellSize(), settings.distanceBand(),
                settings.method() == HotspotMethod.KDE ? settings.bandwidth() : null, grid.size(),
                counts.counted, hotspots);
    }

    public EvaluationView evaluate(Filter training, Filter test, Settings settings) {
        StudyGrid grid = grid(settings.cellSize());
        Counts trainingCounts = count(grid, training);
        Counts testCounts = count(grid, test);
        Scores scores = score(grid, trainingCounts, training, settings);
        List<PredictionAccuracy.AtShare> results = new ArrayList<>();
        for (double share : AREA_SHARES) {
            results.add(PredictionAccuracy.at(share, scores.score, trainingCounts.total, testCounts.total));
        }
        return new EvaluationView(settings.method().name(), settings.cellSize(), grid.size(), training.from(),
                training.to(), test.from(), test.to(), trainingCounts.counted, testCounts.counted, results);
    }

    /** Reports per cell, in total and by category. */
    private record Counts(double[] total, Map<Integer, Map<AsbCategory, Long>> byCategory, long counted) {
    }

    private record Scores(double[] score, double[] z, double[] p, int[] bins, double[] density) {
    }

    private Scores score(StudyGrid grid, Counts counts, Filter filter, Settings settings) {
        return switch (settings.method()) {
            case GISTAR -> {
                double[] z = GetisOrdGiStar.zScores(counts.total, neighbours(grid, settings.distanceBand()));
                double[] p = new double[z.length];
                for (int i = 0; i < z.length; i++) {
                    p[i] = GetisOrdGiStar.pValue(z[i]);
                }
                yield new Scores(z, z, p, FalseDiscoveryRate.confidenceBins(z, p), null);
            }
            case KDE -> {
                double[] density = QuarticKernel.density(grid, latticePoints(filter), settings.bandwidth());
                yield new Scores(density, null, null, null, density);
            }
            case COUNT -> new Scores(counts.total, null, null, null, null);
        };
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
                top);
    }

    StudyGrid grid(int cellSize) {
        return grids.computeIfAbsent(cellSize, size -> {
            Geometry borough = WestminsterAreas.get().borough();
            PreparedGeometry area = PreparedGeometryFactory.prepare(borough);
            GeometryFactory factory = borough.getFactory();
            var envelope = borough.getEnvelopeInternal();
            return new StudyGrid(size, envelope.getMinX(), envelope.getMinY(), envelope.getMaxX(),
                    envelope.getMaxY(), (x, y) -> area.intersects(factory.toGeometry(
                            new org.locationtech.jts.geom.Envelope(new Coordinate(x, y),
                                    new Coordinate(x + size, y + size)))));
        });
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
            statement.setDouble(1, grid.originX());
            statement.setDouble(2, grid.cellSize());
            statement.setDouble(3, grid.originY());
            statement.setDouble(4, grid.cellSize());
            where.bind(statement, 5);
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
