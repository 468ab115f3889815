package pact.reports;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static pact.testsupport.Api.as;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.List;
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

    static final String MARCH = "from=2025-03-01T00:00:00Z&to=2025-04-01T00:00:00Z";

    @Test
    void a_decimal_band_reaches_the_diagonal_neighbours_and_the_answer_says_which_neighbours_are_in() {
        as("ann", "analyst").when().get("/api/hotspots?method=GISTAR&band=212.2&" + MARCH)
                .then().statusCode(200)
                .body("parameters.distanceBand", equalTo(212.2f))
                .body("used.band", equalTo(212.2f))
                .body("used.neighbours.cellsAround", equalTo(8))
                .body("used.neighbours.diagonals", equalTo(true))
                .body("used.neighbours.description", containsString("band 212.2 m >= the 150 m cell diagonal 212.1 m"));
        as("ann", "analyst").when().get("/api/hotspots?method=GISTAR&band=212&" + MARCH)
                .then().statusCode(200)
                .body("used.neighbours.cellsAround", equalTo(4))
                .body("used.neighbours.diagonals", equalTo(false));
        as("ann", "analyst").when().get("/api/hotspots?method=KDE&bandwidth=250.5&limit=1&" + MARCH)
                .then().statusCode(200).body("bandwidth", equalTo(250.5f)).body("used.bandwidth", equalTo(250.5f));
        as("ann", "analyst").when().get("/api/hotspots?band=2e2").then().statusCode(400)
                .body("errors[0].field", equalTo("band"));
    }

    @Test
    void a_gi_star_map_echoes_what_it_used_and_keeps_cold_spots_and_corrected_p_values_apart() {
        as("ann", "analyst").when().get("/api/hotspots?method=GISTAR&category=STREET_DRINKING&qualifier=nuisance"
                + "&source=CITY_INSPECTOR&" + MARCH)
                .then().statusCode(200)
                .body("used.window.from", equalTo("2025-03-01T00:00:00Z"))
                .body("used.window.to", equalTo("2025-04-01T00:00:00Z"))
                .body("used.filters.category", equalTo(List.of("STREET_DRINKING")))
                .body("used.filters.qualifier", equalTo("NUISANCE"))
                .body("used.filters.source", equalTo("CITY_INSPECTOR"))
                .body("used.method", equalTo("GISTAR"))
                .body("used.chosenBy", equalTo("requested"))
                .body("used.cellSize", equalTo(150))
                .body("used.band", equalTo(225f))
                .body("used.bandwidth", equalTo(300f))
                .body("used.significance.pValueCorrection", startsWith("none"))
                .body("used.significance.pValueAdjusted", startsWith("FDR (Benjamini-Hochberg)"))
                .body("used.studyArea.rule", equalTo("touching-borough"))
                .body("used.studyArea.bufferMetres", equalTo(0f))
                .body("used.studyArea.description", startsWith("cells with any part in Westminster"))
                .body("hotspots[0].kind", equalTo("HOT"))
                .body("hotspots[0].pValueAdjusted", greaterThanOrEqualTo(
                        as("ann", "analyst").when().get("/api/hotspots?method=GISTAR&category=STREET_DRINKING&"
                                + MARCH).then().extract().<Float>path("hotspots[0].pValue")))
                .body("hotspots.kind", everyItem(equalTo("HOT")))
                .body("coldSpots", notNullValue())
                .body("coldSpots.kind", everyItem(equalTo("COLD")))
                .body("notes", empty());
        int cells = as("ann", "analyst").when().get("/api/hotspots?method=COUNT&" + MARCH)
                .then().statusCode(200).body("coldSpots", org.hamcrest.Matchers.nullValue())
                .body("used", org.hamcrest.Matchers.not(hasKey("significance")))
                .extract().path("cellsInArea");
        as("ann", "analyst").when().get("/api/hotspots?method=COUNT&" + MARCH)
                .then().body("used.studyArea.cells", equalTo(cells));
    }

    @Test
    void plain_dates_are_the_start_of_the_day_in_london_on_every_hotspot_date() {
        int isoCount = as("ann", "analyst").when().get("/api/hotspots?method=COUNT&" + MARCH)
                .then().statusCode(200).extract().path("reportsCounted");
        as("ann", "analyst").when().get("/api/hotspots?method=COUNT&from=2025-03-01&to=2025-04-01")
                .then().statusCode(200)
                .body("reportsCounted", equalTo(isoCount))
                .body("used.window.from", equalTo("2025-03-01T00:00:00Z"))
                // British Summer Time began on 30 March 2025: London's midnight is 23:00 UTC
                .body("used.window.to", equalTo("2025-03-31T23:00:00Z"));
        as("ann", "analyst").when().get("/api/hotspots/evaluation?trainFrom=2025-03-01&trainTo=2025-03-05"
                + "&testFrom=2025-03-05&testTo=2025-04-01T00:00:00Z&method=COUNT")
                .then().statusCode(200)
                .body("used.trainingWindow.from", equalTo("2025-03-01T00:00:00Z"))
                .body("used.testWindow.to", equalTo("2025-04-01T00:00:00Z"));
        as("ann", "analyst").when().get("/api/hotspots?from=2025-02-30").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
    }

    @Test
    void the_evaluation_echoes_its_band_and_bandwidth_and_filters_by_source_and_qualifier() {
        String windows = "/api/hotspots/evaluation?trainFrom=2025-03-01&trainTo=2025-03-05&testFrom=2025-03-05"
                + "&testTo=2025-04-01&method=GISTAR&band=212.2&bandwidth=250.5";
        int all = as("ann", "analyst").when().get(windows).then().statusCode(200)
                .body("used.band", equalTo(212.2f))
                .body("used.bandwidth", equalTo(250.5f))
                .body("used.neighbours.cellsAround", equalTo(8))
                .body("used.method", equalTo("GISTAR"))
                .body("used.studyArea.rule", equalTo("touching-borough"))
                .extract().path("trainingReports");
        org.junit.jupiter.api.Assertions.assertTrue(all > 0);
        as("ann", "analyst").when().get(windows + "&source=HOUSING").then().statusCode(200)
                .body("trainingReports", equalTo(0))
                .body("used.filters.source", equalTo("HOUSING"));
        as("ann", "analyst").when().get(windows + "&qualifier=ENVIRONMENTAL").then().statusCode(200)
                .body("trainingReports", equalTo(0))
                .body("used.filters.qualifier", equalTo("ENVIRONMENTAL"));
    }

    @Test
    void an_unknown_query_parameter_is_a_400_naming_it_on_every_hotspot_endpoint() {
        as("ann", "analyst").when().get("/api/hotspots?catgory=NOISE").then().statusCode(400)
                .body("errors[0].field", equalTo("catgory"));
        as("ann", "analyst").when().get("/api/hotspots/evaluation?trainFrom=2025-03-01&trainTo=2025-03-05"
                + "&testFrom=2025-03-05&testTo=2025-04-01&limit=5").then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        as("ann", "analyst").when().get("/api/hotspots/backtest?from=2019-01&minConfidence=2").then().statusCode(400)
                .body("errors[0].field", equalTo("minConfidence"));
    }

    @Test
    void geojson_is_a_feature_collection_of_cell_polygons_with_what_the_map_used() {
        as("ann", "analyst").accept("application/geo+json")
                .when().get("/api/hotspots?method=GISTAR&" + MARCH)
                .then().statusCode(200)
                .contentType(startsWith("application/geo+json"))
                .body("type", equalTo("FeatureCollection"))
                .body("features[0].type", equalTo("Feature"))
                .body("features[0].geometry.type", equalTo("Polygon"))
                .body("features[0].geometry.coordinates[0]", hasSize(5))
                .body("features[0].properties.cellId", equalTo(
                        as("ann", "analyst").when().get("/api/hotspots?method=GISTAR&" + MARCH).then()
                                .extract().<String>path("hotspots[0].cellId")))
                .body("features[0].id", notNullValue())
                .body("features[0].properties.kind", equalTo("HOT"))
                .body("features[0].properties.count", greaterThanOrEqualTo(20))
                .body("features[0].properties.confidenceBin", equalTo(3))
                .body("features[0].properties.wardName", equalTo("St James's"))
                .body("features[0].properties.topTypes[0].category", equalTo("STREET_DRINKING"))
                .body("method", equalTo("GISTAR"))
                .body("used.studyArea.rule", equalTo("touching-borough"));
        // plain JSON stays the default, and what the caller prefers wins
        as("ann", "analyst").accept("application/json, application/geo+json;q=0.5")
                .when().get("/api/hotspots?method=COUNT&limit=1&" + MARCH)
                .then().statusCode(200).contentType(startsWith("application/json")).body("hotspots", hasSize(1));
        as("ann", "analyst").accept("text/csv").when().get("/api/hotspots?method=COUNT").then().statusCode(406);
        RestAssured.given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/hotspots'.get.responses.'200'.content", hasKey("application/geo+json"))
                .body("paths.'/api/hotspots'.get.responses.'200'.content", hasKey("application/json"));
    }

    @Test
    void a_category_filter_over_police_uk_records_says_they_carry_no_type() {
        String csv = PoliceUkImportTest.HEADER
                + ",2016-02,Metropolitan Police Service,Metropolitan Police Service,-0.1340,51.5101,On or near Soho Square,,,Anti-social behaviour,,\n"
                + ",2016-02,Metropolitan Police Service,Metropolitan Police Service,-0.1341,51.5102,On or near Dean Street,,,Anti-social behaviour,,\n"
                + ",2016-02,Metropolitan Police Service,Metropolitan Police Service,-0.1450,51.4950,On or near Victoria Street,,,Anti-social behaviour,,\n";
        PoliceUkImportTest.importFile(csv.getBytes(), "text/csv").statusCode(200);
        as("ann", "analyst").when().get("/api/hotspots?method=COUNT&category=NOISE&from=2016-02-01&to=2016-03-01")
                .then().statusCode(200)
                .body("hotspots", empty())
                .body("notes[0]", equalTo("police.uk records carry no ASB type; 3 of the 3 reports in the window are "
                        + "UNCLASSIFIED, so category=NOISE matches none of them; leave category out (or add "
                        + "UNCLASSIFIED) to map them"));
        as("ann", "analyst").when().get("/api/hotspots?method=COUNT&from=2016-02-01&to=2016-03-01")
                .then().statusCode(200).body("reportsCounted", equalTo(3)).body("notes", empty());
        as("ann", "analyst").when().get("/api/hotspots/backtest?category=NOISE&from=2016-02&to=2016-02")
                .then().statusCode(200).body("notes[0]", startsWith("police.uk records carry no ASB type; 3 of the 3"));
    }
}
