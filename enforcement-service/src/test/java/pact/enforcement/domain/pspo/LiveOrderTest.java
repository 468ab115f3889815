package pact.enforcement.domain.pspo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

class LiveOrderTest {
    // A square around Soho Square.
    static final String SQUARE = """
            {"type":"Polygon","coordinates":[[[-0.134,51.514],[-0.130,51.514],[-0.130,51.517],[-0.134,51.517],[-0.134,51.514]]]}""";

    static LiveOrder order(PspoStatus status, Prohibition... prohibitions) throws Exception {
        return new LiveOrder("soho", "Soho", status, LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31),
                new PreparedGeometryFactory().create(GeoJson.read(new ObjectMapper().readTree(SQUARE))),
                List.of(prohibitions));
    }

    static Point at(double lat, double lon) {
        return GeoJson.FACTORY.createPoint(new Coordinate(lon, lat));
    }

    static final Point INSIDE = at(51.5155, -0.132);
    static final LocalDateTime NIGHT = LocalDateTime.of(2026, 6, 1, 23, 30);

    @Test
    void an_order_applies_only_inside_its_area_period_and_for_its_behaviour() throws Exception {
        var o = order(PspoStatus.MADE, new Prohibition("STREET_DRINKING", "No drinking", null));
        assertTrue(o.applies(INSIDE, NIGHT, "STREET_DRINKING").isPresent());
        assertTrue(o.applies(at(51.52, -0.132), NIGHT, "STREET_DRINKING").isEmpty());
        assertTrue(o.applies(INSIDE, LocalDateTime.of(2029, 1, 1, 12, 0), "STREET_DRINKING").isEmpty());
        assertTrue(o.applies(INSIDE, NIGHT, "DOG_FOULING").isEmpty());
    }

    @Test
    void a_draft_or_discharged_order_never_applies() throws Exception {
        var p = new Prohibition("STREET_DRINKING", "No drinking", null);
        assertTrue(order(PspoStatus.DRAFT, p).applies(INSIDE, NIGHT, "STREET_DRINKING").isEmpty());
        assertTrue(order(PspoStatus.DISCHARGED, p).applies(INSIDE, NIGHT, "STREET_DRINKING").isEmpty());
    }

    @Test
    void hours_of_the_day_may_cross_midnight() throws Exception {
        var o = order(PspoStatus.MADE, new Prohibition("AMPLIFIED_NOISE", "No amplified noise at night",
                new TimeOfDay(LocalTime.of(22, 0), LocalTime.of(6, 0))));
        assertTrue(o.applies(INSIDE, NIGHT, "AMPLIFIED_NOISE").isPresent());
        assertTrue(o.applies(INSIDE, LocalDateTime.of(2026, 6, 2, 5, 59), "AMPLIFIED_NOISE").isPresent());
        assertTrue(o.applies(INSIDE, LocalDateTime.of(2026, 6, 2, 6, 0), "AMPLIFIED_NOISE").isEmpty());
        assertEquals("AMPLIFIED_NOISE", o.applies(INSIDE, NIGHT, null).orElseThrow().code());
    }

    @Test
    void a_bad_area_is_refused_with_the_reason() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> GeoJson.read(new ObjectMapper().readTree("{\"type\":\"Point\",\"coordinates\":[0,0]}")));
        assertTrue(e.getMessage().contains("Point"));
    }

    @Test
    void a_refusal_says_which_reason_applies() throws Exception {
        var o = order(PspoStatus.MADE, new Prohibition("STREET_DRINKING", "No drinking", null));
        assertEquals(LiveOrder.Miss.OUTSIDE_AREA, o.miss(at(51.52, -0.132), NIGHT, "STREET_DRINKING").orElseThrow());
        assertEquals(LiveOrder.Miss.NOT_PROHIBITED, o.miss(INSIDE, NIGHT, "DOG_FOULING").orElseThrow());
        assertEquals(LiveOrder.Miss.NOT_YET_IN_FORCE,
                o.miss(INSIDE, LocalDateTime.of(2025, 12, 31, 12, 0), "STREET_DRINKING").orElseThrow());
        assertEquals(LiveOrder.Miss.EXPIRED,
                o.miss(INSIDE, LocalDateTime.of(2029, 1, 1, 12, 0), "STREET_DRINKING").orElseThrow());
        assertEquals("Soho (soho) expired (it ran to 2028-12-31)", o.explain(LiveOrder.Miss.EXPIRED, "STREET_DRINKING"));
        var unmapped = new LiveOrder("bridges", "Bridges", PspoStatus.EXTENDED, LocalDate.of(2025, 12, 3),
                LocalDate.of(2028, 12, 2), null, List.of(new Prohibition("STREET_GAMBLING", "No gambling", null)));
        assertEquals(LiveOrder.Miss.NO_MAPPED_AREA, unmapped.miss(INSIDE, NIGHT, "STREET_GAMBLING").orElseThrow());
    }
}
