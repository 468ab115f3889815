package pact.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import pact.support.geo.BritishNationalGrid;
import pact.reports.geo.WestminsterAreas;

class WestminsterAreasTest {

    @Test
    void nelsons_column_is_on_the_grid_where_the_ordnance_survey_puts_it() {
        // Trafalgar Square, Nelson's Column: about E 530 000, N 180 480 on the British National Grid
        var grid = BritishNationalGrid.toGrid(51.50773, -0.12800);
        assertEquals(530_000, grid.easting(), 150);
        assertEquals(180_480, grid.northing(), 150);
    }

    @Test
    void a_point_in_soho_is_in_the_west_end_ward_and_a_westminster_lsoa() {
        WestminsterAreas.Placement soho = WestminsterAreas.get().place(51.5136, -0.1320);
        assertTrue(soho.insideWestminster());
        assertEquals("E05013808", soho.wardCode());
        assertEquals("West End", soho.wardName());
        assertNotNull(soho.lsoaCode());
        assertTrue(soho.lsoaName().startsWith("Westminster "), soho.lsoaName());
    }

    @Test
    void camden_town_and_paris_are_outside_westminster() {
        assertFalse(WestminsterAreas.get().place(51.5390, -0.1426).insideWestminster());
        assertFalse(WestminsterAreas.get().place(48.8566, 2.3522).insideWestminster());
    }

    @Test
    void nearly_every_police_uk_record_of_june_2018_is_placed_in_a_ward() throws Exception {
        List<String> rows;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("/police-uk/2018-06-westminster-asb.csv"), StandardCharsets.UTF_8))) {
            rows = in.lines().skip(1).toList();
        }
        long placed = rows.stream().map(r -> r.split(",", -1))
                .filter(f -> WestminsterAreas.get().place(Double.parseDouble(f[5]), Double.parseDouble(f[4]))
                        .insideWestminster())
                .count();
        // SOURCES.md: 1.5-3% of each month's rows are points on the borough edge
        double share = (double) placed / rows.size();
        assertTrue(share > 0.96 && share <= 1.0, "placed share " + share);
    }
}
