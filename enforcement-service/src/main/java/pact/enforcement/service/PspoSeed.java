package pact.enforcement.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import pact.support.text.Csv;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;
import pact.enforcement.domain.pspo.PspoOrder;
import pact.enforcement.domain.pspo.PspoProhibitionRow;
import pact.enforcement.domain.pspo.PspoStatus;

/**
 * Seeds an empty register from the repository's data: Westminster's published orders
 * ({@code data/pspo/westminster-pspo-orders.csv}) over the borough boundary, and the South
 * Westminster order in force from 1 September 2026.
 *
 * <p>Assumptions, stated because the data does not give them: the CSV carries no dates, so the
 * city-wide orders (register page dated 3 December 2019) are taken as extended on schedule every
 * three years, now in force 2025-12-03 to 2028-12-02; the legal team must confirm. The bridges
 * order has no digitised map, so it is registered without an area and never validates a penalty.
 * South Westminster's area is the union of the 2022 wards St James's, Vincent Square, Pimlico
 * North and Pimlico South: the four wards of the borough's south, between the river, Victoria
 * and the Mall.
 */
@ApplicationScoped
public class PspoSeed {
    private static final Logger LOG = Logger.getLogger(PspoSeed.class);
    static final String ORDERS = "data/pspo/westminster-pspo-orders.csv";
    static final String BOROUGH = "data/boundaries/westminster-borough-LAD23.geojson";
    static final String WARDS = "data/boundaries/westminster-wards-2022-WD22.geojson";
    public static final Set<String> SOUTH_WESTMINSTER_WARDS = Set.of("St James's", "Vincent Square", "Pimlico North",
            "Pimlico South");
    public static final String SOUTH_WESTMINSTER = "south-westminster-on-street-asb";

    /** How each published order is mapped: its prohibition code, and whether its area is the whole borough. */
    record Mapping(String code, boolean wholeBorough) {
    }

    static final Map<String, Mapping> PUBLISHED = Map.of(
            "city-wide-controlled-drinking-zone", new Mapping("ALCOHOL_FAIL_TO_SURRENDER", true),
            "city-wide-dog-control", new Mapping("DOG_FOULING", true),
            "street-gambling-bridges", new Mapping("STREET_GAMBLING", false));

    final ObjectMapper json = new ObjectMapper();

    @Transactional
    void onStart(@Observes StartupEvent start) {
        if (PspoOrder.count() > 0) {
            return;
        }
        String borough = read(BOROUGH);
        for (List<String> row : csv(read(ORDERS))) {
            Mapping mapping = PUBLISHED.get(row.get(0));
            if (mapping == null) {
                LOG.warnf("PSPO %s in the register data has no mapping; not seeded", row.get(0));
                continue;
            }
            seed(row.get(0), row.get(1), row.get(2), mapping.wholeBorough() ? borough : null, PspoStatus.EXTENDED,
                    LocalDate.of(2019, 12, 3), LocalDate.of(2025, 12, 3), LocalDate.of(2025, 12, 3),
                    LocalDate.of(2028, 12, 2), row.get(5), mapping.code(), row.get(4));
        }
        seed(SOUTH_WESTMINSTER, "South Westminster on-street anti-social behaviour PSPO",
                "South Westminster: 2022 wards " + String.join(", ", SOUTH_WESTMINSTER_WARDS.stream().sorted().toList()),
                southWestminster(), PspoStatus.MADE, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 9, 1), LocalDate.of(2029, 8, 31), "PACT domain brief: in force from 1 September",
                "ON_STREET_ASB", "Behaving in a public place in South Westminster in a way that causes or is likely to "
                        + "cause harassment, alarm or distress (summary; the order's text governs)");
        LOG.infof("PSPO register seeded with %d orders", PspoOrder.count());
    }

    private void seed(String id, String name, String area, String geoJson, PspoStatus status, LocalDate madeOn,
            LocalDate lastDecision, LocalDate from, LocalDate to, String source, String code, String wording) {
        PspoOrder order = new PspoOrder();
        order.id = id;
        order.name = name;
        order.areaDescription = area;
        order.areaGeoJson = geoJson;
        order.status = status;
        order.madeOn = madeOn;
        order.lastDecisionOn = lastDecision;
        order.activeFrom = from;
        order.activeTo = to;
        order.source = source;
        order.updatedAt = Instant.now();
        order.persist();
        PspoProhibitionRow prohibition = new PspoProhibitionRow();
        prohibition.key = new PspoProhibitionRow.Key(id, code);
        prohibition.wording = wording;
        prohibition.persist();
    }

    /** The chosen wards as one FeatureCollection; the register unions them when it prepares the area. */
    String southWestminster() {
        try {
            JsonNode wards = json.readTree(read(WARDS));
            ObjectNode collection = json.createObjectNode().put("type", "FeatureCollection");
            ArrayNode features = collection.putArray("features");
            wards.path("features").forEach(f -> {
                if (SOUTH_WESTMINSTER_WARDS.contains(f.path("properties").path("WD22NM").asText())) {
                    features.add(f);
                }
            });
            if (features.size() != SOUTH_WESTMINSTER_WARDS.size()) {
                throw new IllegalStateException("Expected wards " + SOUTH_WESTMINSTER_WARDS + " in " + WARDS);
            }
            return json.writeValueAsString(collection);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(String resource) {
        try (InputStream in = PspoSeed.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing packaged data " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows after the header; the register has no line breaks inside fields. */
    static List<List<String>> csv(String text) {
        return text.lines().skip(1).filter(line -> !line.isBlank()).map(Csv::splitLine).toList();
    }
}
