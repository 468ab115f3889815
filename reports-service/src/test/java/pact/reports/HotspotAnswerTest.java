package pact.reports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import pact.reports.domain.AsbCategory;
import pact.reports.geo.StudyArea;
import pact.reports.geo.WestminsterAreas;
import pact.reports.hotspots.CategoryCoverage;
import pact.reports.hotspots.DistanceBand;
import pact.reports.hotspots.FalseDiscoveryRate;
import pact.reports.hotspots.GetisOrdGiStar;
import pact.reports.hotspots.HotspotKind;
import pact.reports.hotspots.MapCells;
import pact.reports.hotspots.StudyGrid;

/** The rules behind what a hotspot answer says: band, corrected p-values, cold spots, notes, study area. */
class HotspotAnswerTest {

    @Test
    void a_band_of_212_2_m_reaches_the_diagonal_of_a_150_m_cell_and_212_m_falls_just_short() {
        DistanceBand decimal = new DistanceBand(150, 212.2);
        assertEquals(8, decimal.cellsAround());
        assertTrue(decimal.includesDiagonals());
        assertEquals("the 8 cells around each cell (rook and bishop), and the cell itself: band 212.2 m >= the "
                + "150 m cell diagonal 212.1 m", decimal.describe());
        DistanceBand whole = new DistanceBand(150, 212);
        assertEquals(4, whole.cellsAround());
        assertFalse(whole.includesDiagonals());
        assertEquals("the 4 cells around each cell (rook: sides only), and the cell itself: band 212 m < the 150 m "
                + "cell diagonal 212.1 m, so diagonal neighbours are left out", whole.describe());
        assertEquals(12, new DistanceBand(150, 300).cellsAround());
        // the grid's neighbourhoods are the band's: a cell in the middle has itself and its 8 neighbours
        StudyGrid grid = new StudyGrid(150, 0, 0, 1500, 1500, (a, b) -> true);
        int middle = grid.cellAt(750, 750);
        assertEquals(9, grid.neighbours(212.2)[middle].length);
        assertEquals(5, grid.neighbours(212)[middle].length);
    }

    @Test
    void benjamini_hochberg_adjusted_p_values_match_the_worked_example_and_the_confidence_bins() {
        assertArrayEquals(new double[] {0.04, 0.04 * 4 / 3, 0.04 * 4 / 3, 0.5},
                FalseDiscoveryRate.adjusted(new double[] {0.01, 0.04, 0.03, 0.5}), 1e-12);
        Random random = new Random(7);
        double[] z = new double[500];
        for (int i = 0; i < z.length; i++) {
            z[i] = random.nextGaussian() * (i < 40 ? 4 : 1);
        }
        double[] p = Arrays.stream(z).map(GetisOrdGiStar::pValue).toArray();
        double[] q = FalseDiscoveryRate.adjusted(p);
        int[] bins = FalseDiscoveryRate.confidenceBins(z, p);
        for (int i = 0; i < z.length; i++) {
            assertTrue(q[i] >= p[i]);
            assertEquals(q[i] <= 0.01, Math.abs(bins[i]) == 3, "cell " + i);
            assertEquals(q[i] <= 0.05, Math.abs(bins[i]) >= 2, "cell " + i);
            assertEquals(q[i] <= 0.10, Math.abs(bins[i]) >= 1, "cell " + i);
        }
    }

    @Test
    void cold_spots_are_listed_apart_from_hotspots_coldest_first() {
        // a busy 12 x 12 grid with an empty 3 x 3 block: the block's middle is a significant cold spot
        StudyGrid grid = new StudyGrid(150, 0, 0, 1800, 1800, (a, b) -> true);
        double[] counts = new double[grid.size()];
        Random random = new Random(3);
        for (int cell = 0; cell < counts.length; cell++) {
            counts[cell] = 20 + random.nextInt(5);
        }
        int hole = grid.cellAt(900, 900);
        for (int cell : grid.neighbours(212.2)[hole]) {
            counts[cell] = 0;
        }
        double[] z = GetisOrdGiStar.zScores(counts, grid.neighbours(212.2));
        double[] p = Arrays.stream(z).map(GetisOrdGiStar::pValue).toArray();
        int[] bins = FalseDiscoveryRate.confidenceBins(z, p);
        assertEquals(HotspotKind.COLD, HotspotKind.ofBin(bins[hole]));

        MapCells.Chosen chosen = MapCells.choose(z, counts, bins, 1, 50);
        assertEquals(hole, chosen.cold().get(0));
        assertTrue(chosen.hot().stream().allMatch(cell -> bins[cell] >= 1));
        assertTrue(chosen.cold().stream().noneMatch(chosen.hot()::contains));
        // without Gi* there are no cold spots; with minConfidence 3 only 99% cold spots
        assertEquals(List.of(), MapCells.choose(counts, counts, null, 1, 50).cold());
        assertTrue(MapCells.choose(z, counts, bins, 3, 50).cold().stream().allMatch(cell -> bins[cell] == -3));
    }

    @Test
    void a_category_filter_on_untyped_police_uk_records_says_why_it_matches_nothing() {
        assertEquals(List.of("police.uk records carry no ASB type; 1,095 of the 1,095 reports in the window are "
                + "UNCLASSIFIED, so category=NOISE matches none of them; leave category out (or add UNCLASSIFIED) "
                + "to map them"), CategoryCoverage.notes(List.of(AsbCategory.NOISE),
                        Map.of(AsbCategory.UNCLASSIFIED, 1095L)));
        assertEquals(List.of("police.uk records carry no ASB type; 1,095 of the 1,103 reports in the window are "
                + "UNCLASSIFIED, so category=NOISE matches 8 and leaves those out; leave category out (or add "
                + "UNCLASSIFIED) to map them"), CategoryCoverage.notes(List.of(AsbCategory.NOISE),
                        Map.of(AsbCategory.UNCLASSIFIED, 1095L, AsbCategory.NOISE, 8L)));
        assertEquals(List.of(), CategoryCoverage.notes(List.of(), Map.of(AsbCategory.UNCLASSIFIED, 1095L)));
        assertEquals(List.of(), CategoryCoverage.notes(List.of(AsbCategory.NOISE, AsbCategory.UNCLASSIFIED),
                Map.of(AsbCategory.UNCLASSIFIED, 1095L)));
        assertEquals(List.of(), CategoryCoverage.notes(List.of(AsbCategory.NOISE), Map.of(AsbCategory.NOISE, 8L)));
    }

    @Test
    void the_study_area_rule_decides_which_cells_count_and_touching_the_borough_is_the_default() {
        var borough = WestminsterAreas.get().borough();
        var box = borough.getEnvelopeInternal();
        box.expandBy(300);
        int touching = cells(StudyArea.standard(), box);
        int centre = cells(new StudyArea(StudyArea.Rule.CENTRE_IN_BOROUGH, 0), box);
        int inside = cells(new StudyArea(StudyArea.Rule.INSIDE_BOROUGH, 0), box);
        int buffered = cells(new StudyArea(StudyArea.Rule.TOUCHING_BOROUGH, 150), box);
        assertEquals(StudyArea.Rule.TOUCHING_BOROUGH, StudyArea.standard().rule());
        assertTrue(inside < centre && centre < touching && touching < buffered,
                inside + " < " + centre + " < " + touching + " < " + buffered);
        // Westminster is about 21.5 km²: 150 m cells (0.0225 km²) whose centre is in it number about 950
        assertTrue(Math.abs(centre * 0.0225 - 21.5) < 1.5, "centre-in cells: " + centre);
        assertEquals("touching-borough", StudyArea.Rule.TOUCHING_BOROUGH.setting());
        assertEquals("cells with any part in Westminster, no buffer", StudyArea.standard().describe("Westminster"));
    }

    private static int cells(StudyArea area, org.locationtech.jts.geom.Envelope box) {
        return new StudyGrid(150, box.getMinX(), box.getMinY(), box.getMaxX(), box.getMaxY(),
                area.admits(WestminsterAreas.get().borough(), 150)).size();
    }
}
