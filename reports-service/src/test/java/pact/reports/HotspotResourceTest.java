package pact.reports;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static pact.testsupport.Api.as;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pact.testsupport.EmbeddedPostgresResource;
import pact.testsupport.TestIssuer;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(TestIssuer.class)
class HotspotResourceTest {
    static boolean seeded;

    /** 25 street-drinking reports around Leicester Square (St James's ward) in 2025, and a sprinkling across the borough. */
    @BeforeEach
    void seed() {
        if (seeded) {
            return;
        }
        for (int i = 0; i < 25; i++) {
            post("STREET_DRINKING", 51.51030 + (i % 5) * 0.00005, -0.13030 + (i / 5) * 0.00005, "2025-03-0" + (1 + i % 9));
        }
        double[][] scatter = {{51.5230, -0.1600}, {51.4950, -0.1450}, {51.5150, -0.1750}, {51.5000, -0.1300},
                {51.5200, -0.1900}, {51.4900, -0.1350}, {51.5300, -0.1750}, {51.5100, -0.1500}};
        for (double[] p : scatter) {
            post("NOISE", p[0], p[1], "2025-03-05");
        }
        seeded = true;
    }

    static void post(String category, double lat, double lon, String day) {
        as("olivia", "council-officer").body("""
                {"qualifier":"NUISANCE","category":"%s","description":"seed","location":{"lat":%s,"lon":%s},
                 "occurredAt":"%sT21:00:00Z","source":"CITY_INSPECTOR"}""".formatted(category, lat, lon, day))
                .when().post("/api/reports").then().statusCode(201);
    }

    @Test
    void the_leicester_square_cluster_is_the_hottest_cell_at_99_percent() {
        as("ann", "analyst").when().get("/api/hotspots?method=GISTAR&from=2025-03-01T00:00:00Z&to=2025-04-01T00:00:00Z")
                .then().statusCode(200)
                .body("method", equalTo("GISTAR"))
                .body("chosenBy", equalTo("requested"))
                .body("parameters.distanceBand", equalTo(225f))
                .body("cellSize", equalTo(150))
                .body("cellsInArea", greaterThan(900))
                .body("hotspots[0].count", greaterThanOrEqualTo(20))
                .body("hotspots[0].confidenceBin", equalTo(3))
                .body("hotspots[0].ward.name", equalTo("St James's"))
                .body("hotspots[0].topTypes[0].category", equalTo("STREET_DRINKING"))
                .body("hotspots[0].geometry.type", equalTo("Polygon"))
                .body("hotspots[0].geometry.coordinates[0]", hasSize(5))
                .body("hotspots.confidenceBin", everyItem(greaterThanOrEqualTo(1)));
    }

    @Test
    void filters_by_category_and_kernel_density_as_an_option() {
        as("ann", "analyst").when().get("/api/hotspots?category=NOISE&minConfidence=0&limit=5000&method=COUNT")
                .then().statusCode(200).body("reportsCounted", greaterThanOrEqualTo(8));
        as("ann", "analyst").when().get("/api/hotspots?method=KDE&bandwidth=300&limit=1")
                .then().statusCode(200).body("hotspots[0].density", greaterThan(0f))
                .body("hotspots[0].ward.name", equalTo("St James's"));
    }

    @Test
    void the_reports_of_a_hotspot_cell_in_one_call() {
        String cell = as("ann", "analyst").when().get("/api/hotspots?category=STREET_DRINKING&limit=1")
                .then().statusCode(200).extract().path("hotspots[0].cellId");
        int count = as("ann", "analyst").when().get("/api/hotspots?category=STREET_DRINKING&limit=1")
                .then().extract().path("hotspots[0].count");
        as("tom", "tasking-coordinator").when().get("/api/reports?size=500&category=STREET_DRINKING&cell=" + cell)
                .then().statusCode(200).body("totalItems", equalTo(count));
    }

    @Test
    void the_reports_of_many_cells_in_one_call() {
        java.util.List<String> cells = as("ann", "analyst").when().get("/api/hotspots?minConfidence=0&limit=3&method=COUNT")
                .then().statusCode(200).extract().path("hotspots.cellId");
        as("tom", "tasking-coordinator").when().get("/api/reports/by-cell?limit=2&cells=" + String.join(",", cells))
                .then().statusCode(200)
                .body("size()", equalTo(3))
                .body("'" + cells.get(0) + "'.size()", equalTo(2));
        as("tom", "tasking-coordinator").when().get("/api/reports/by-cell?cells=x").then().statusCode(400)
                .body("errors[0].field", equalTo("cell"));
    }

    @Test
    void evaluation_reports_hit_rate_pai_and_pei_at_three_shares() {
        as("ann", "analyst").when().get("/api/hotspots/evaluation?trainFrom=2025-03-01T00:00:00Z"
                + "&trainTo=2025-03-05T00:00:00Z&testFrom=2025-03-05T00:00:00Z&testTo=2025-04-01T00:00:00Z")
                .then().statusCode(200)
                .body("results", hasSize(3))
                .body("results[0].pai", greaterThan(1f));
    }

    @Test
    void bad_parameters_are_400_naming_them_and_partners_are_403() {
        as("ann", "analyst").when().get("/api/hotspots?cellSize=5").then().statusCode(400)
                .body("errors[0].field", equalTo("cellSize"));
        as("ann", "analyst").when().get("/api/hotspots?method=VORONOI").then().statusCode(400)
                .body("errors[0].field", equalTo("method"));
        as("ann", "analyst").when().get("/api/hotspots?from=2025-04-01T00:00:00Z&to=2025-03-01T00:00:00Z")
                .then().statusCode(400).body("errors[0].field", equalTo("from"));
        as("ann", "analyst").when().get("/api/hotspots/evaluation?trainFrom=2025-03-01T00:00:00Z")
                .then().statusCode(400).body("errors[0].field", equalTo("trainTo"));
        as("ann", "analyst").when().get("/api/reports?cell=somewhere").then().statusCode(400)
                .body("errors[0].field", equalTo("cell"));
        as("pat", "partner").when().get("/api/hotspots").then().statusCode(403);
    }
}
