package pact.tasking.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

class AreaTest {

    @Test
    void a_cell_id_names_grid_indices_as_reports_service_does() {
        Area cell = Area.ofCellId("150m-3533-1204").orElseThrow();
        assertEquals(150 * 150, cell.squareMetres(), 1e-6);
        assertTrue(cell.contains(529950.5, 180600.5));
        assertTrue(cell.contains(530099, 180749));
        assertFalse(cell.contains(530101, 180700));
        assertEquals(new Coordinate(530025, 180675), cell.centre());
    }

    @Test
    void names_that_are_not_grid_cells_are_not_areas() {
        assertTrue(Area.ofCellId("soho-7").isEmpty());
        assertTrue(Area.ofCellId("150m-99999-1204").isEmpty()); // 15,000 km east: not in Great Britain
    }

    @Test
    void trafalgar_square_lands_where_the_ordnance_survey_puts_it() {
        var bng = pact.support.geo.BritishNationalGrid.toGrid(51.5080, -0.1281);
        assertTrue(bng.easting() > 529900 && bng.easting() < 530150, "easting " + bng.easting());
        assertTrue(bng.northing() > 180300 && bng.northing() < 180550, "northing " + bng.northing());
    }

    @Test
    void a_polygon_goes_round_trip_and_a_bow_tie_is_refused() {
        Area cell = Area.ofCellId("150m-3533-1204").orElseThrow();
        Area again = Area.ofLonLatRings(cell.lonLatRings());
        assertEquals(cell.squareMetres(), again.squareMetres(), 5);
        assertThrows(IllegalArgumentException.class, () -> Area.ofLonLatRings(List.of(List.of(
                List.of(-0.13, 51.51), List.of(-0.12, 51.52), List.of(-0.12, 51.51), List.of(-0.13, 51.52),
                List.of(-0.13, 51.51)))));
    }
}
