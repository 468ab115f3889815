package pact.support.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The one projection and cell grid of PACT, against Ordnance Survey's published figures. */
class BritishNationalGridTest {

    static double dms(int degrees, int minutes, double seconds) {
        return degrees + minutes / 60.0 + seconds / 3600.0;
    }

    @Test
    void the_projection_matches_ordnance_survey_s_worked_example_to_the_millimetre() {
        // "A guide to coordinate systems in Great Britain", Ordnance Survey, annex C: the
        // Transverse Mercator worked example, OSGB36 52°39'27.2531"N 1°43'4.5177"E
        GridPoint p = BritishNationalGrid.projectOsgb36(dms(52, 39, 27.2531), dms(1, 43, 4.5177));
        assertEquals(651_409.903, p.easting(), 0.001);
        assertEquals(313_177.270, p.northing(), 0.001);
    }

    @Test
    void the_inverse_projection_matches_the_worked_example_to_a_thousandth_of_a_second() {
        // the same annex: E 651 409.903, N 313 177.270 back to 52°39'27.2531"N 1°43'4.5177"E
        LatLon p = BritishNationalGrid.unprojectOsgb36(651_409.903, 313_177.270);
        assertEquals(dms(52, 39, 27.2531), p.lat(), 0.001 / 3600);
        assertEquals(dms(1, 43, 4.5177), p.lon(), 0.001 / 3600);
    }

    @Test
    void a_point_goes_to_the_grid_and_back_unchanged() {
        LatLon leicesterSquare = new LatLon(51.5103, -0.1302);
        LatLon back = BritishNationalGrid.toLatLon(BritishNationalGrid.toGrid(leicesterSquare));
        // 1e-7 degrees is about a centimetre
        assertEquals(leicesterSquare.lat(), back.lat(), 1e-7);
        assertEquals(leicesterSquare.lon(), back.lon(), 1e-7);
    }

    @Test
    void a_cell_is_named_by_its_size_and_grid_indices_and_parsed_back() {
        CellId cell = CellId.containing(150, 529_990.0, 180_610.0);
        assertEquals("150m-3533-1204", cell.toString());
        assertEquals(cell, CellId.parse(" 150m-3533-1204 "));
        assertEquals(529_950.0, cell.minEasting());
        assertEquals(180_600.0, cell.minNorthing());
        assertEquals(new GridPoint(530_025.0, 180_675.0), cell.centre());
        // a cell holds its south-west edges, not its north-east ones
        assertEquals(CellId.parse("150m-3534-1205"), CellId.containing(150, 530_100.0, 180_750.0));
    }

    @Test
    void anything_else_is_refused_saying_what_a_cell_id_looks_like() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CellId.parse("3533-1204")).getMessage()
                .contains("such as 150m-3533-1204"));
        assertThrows(IllegalArgumentException.class, () -> CellId.parse(null));
        assertThrows(IllegalArgumentException.class, () -> CellId.parse("0m-1-1"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CellId.parse("150m-9999999-1"))
                .getMessage().contains("not a cell of the British National Grid"));
    }
}
