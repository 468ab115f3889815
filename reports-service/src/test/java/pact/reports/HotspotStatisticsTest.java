package pact.reports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import pact.support.geo.CellId;
import pact.reports.hotspots.FalseDiscoveryRate;
import pact.reports.hotspots.GetisOrdGiStar;
import pact.reports.hotspots.PredictionAccuracy;
import pact.reports.hotspots.QuarticKernel;
import pact.reports.hotspots.StudyGrid;

class HotspotStatisticsTest {

    /** The fixed grid of gistar-reference/input.json, computed independently by reference.py. */
    @Test
    void gi_star_z_scores_p_values_and_fdr_bins_match_the_independent_reference() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode input = json.readTree(getClass().getResourceAsStream("/gistar-reference/input.json"));
        JsonNode expected = json.readTree(getClass().getResourceAsStream("/gistar-reference/expected.json"));
        double size = input.get("cellSize").asDouble();
        Map<String, Integer> counts = new HashMap<>();
        input.get("cells").forEach(c -> counts.put(c.get("col").asInt() + "," + c.get("row").asInt(),
                c.get("count").asInt()));
        StudyGrid grid = new StudyGrid(size, 0, 0, 12 * size, 9 * size,
                (x, y) -> counts.containsKey((int) Math.round(x / size) + "," + (int) Math.round(y / size)));
        assertEquals(input.get("cells").size(), grid.size());

        // the reference lists cells row by row, column by column: the grid numbers them the same way
        double[] x = new double[grid.size()];
        for (int cell = 0; cell < grid.size(); cell++) {
            x[cell] = counts.get(grid.column(cell) + "," + grid.row(cell));
        }
        double[] z = GetisOrdGiStar.zScores(x, grid.neighbours(input.get("band").asDouble()));
        double[] p = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            assertEquals(expected.get("z").get(i).asDouble(), z[i], 1e-9, "z of cell " + i);
            p[i] = GetisOrdGiStar.pValue(z[i]);
            assertEquals(expected.get("p").get(i).asDouble(), p[i], 1e-6, "p of cell " + i);
        }
        int[] bins = FalseDiscoveryRate.confidenceBins(z, p);
        int[] expectedBins = new int[bins.length];
        for (int i = 0; i < bins.length; i++) {
            expectedBins[i] = expected.get("bins").get(i).asInt();
        }
        assertArrayEquals(expectedBins, bins);
    }

    @Test
    void a_uniform_map_has_no_hotspots() {
        StudyGrid grid = new StudyGrid(150, 0, 0, 1500, 1500, (a, b) -> true);
        double[] x = new double[grid.size()];
        java.util.Arrays.fill(x, 4);
        double[] z = GetisOrdGiStar.zScores(x, grid.neighbours(225));
        for (double value : z) {
            assertEquals(0, value);
        }
    }

    @Test
    void pai_and_pei_at_a_share_of_the_area() {
        // 10 cells; the map ranks cells 0 and 1 hottest; next period's reports: 6 in cell 0, 2 in cell 5, 2 in cell 9
        double[] score = {9, 8, 1, 1, 1, 1, 1, 1, 1, 0};
        double[] training = {5, 4, 0, 0, 0, 0, 0, 0, 0, 0};
        double[] test = {6, 0, 0, 0, 0, 2, 0, 0, 0, 2};
        PredictionAccuracy.AtShare top20 = PredictionAccuracy.at(0.20, score, training, test);
        assertEquals(2, top20.cells());
        assertEquals(0.6, top20.hitRate(), 1e-12);
        assertEquals(3.0, top20.pai(), 1e-12);     // 0.6 of the reports in 0.2 of the area
        assertEquals(0.75, top20.pei(), 1e-12);    // the best two cells held 8 of 10
    }

    @Test
    void the_quartic_kernel_integrates_to_the_number_of_points() {
        StudyGrid grid = new StudyGrid(10, 0, 0, 2000, 2000, (a, b) -> true);
        double[] density = QuarticKernel.density(grid, new double[][] {{1000, 1000, 3}}, 200);
        double mass = java.util.Arrays.stream(density).sum() * 10 * 10;
        assertEquals(3.0, mass, 0.01);
        assertTrue(density[grid.cellAt(1005, 1005)] > density[grid.cellAt(1105, 1005)]);
    }

    @Test
    void cell_ids_name_the_absolute_grid_square() {
        CellId cell = CellId.containing(150, 529_990.0, 180_610.0);
        assertEquals("150m-3533-1204", cell.toString());
        assertEquals(cell, CellId.parse("150m-3533-1204"));
        assertEquals(529_950.0, cell.minEasting());
    }
}
