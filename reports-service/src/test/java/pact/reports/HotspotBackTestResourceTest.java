package pact.reports;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.oneOf;
import static org.hamcrest.Matchers.startsWith;
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
class HotspotBackTestResourceTest {
    static final String WINDOW = "category=BEGGING&from=2019-01&to=2019-04";
    static boolean seeded;

    /** Begging at three places over January-April 2019: A every month, B in three months, C once. */
    @BeforeEach
    void seed() {
        if (seeded) {
            return;
        }
        double[] a = {51.5150, -0.1420};
        double[] b = {51.5100, -0.1350};
        double[] c = {51.5200, -0.1500};
        Object[][] months = {{"2019-01", a, a, a, b}, {"2019-02", a, a, b, b}, {"2019-03", a, a, c},
                {"2019-04", a, a, b}};
        for (Object[] month : months) {
            for (int i = 1; i < month.length; i++) {
                double[] p = (double[]) month[i];
                HotspotResourceTest.post("BEGGING", p[0], p[1], month[0] + "-1" + i);
            }
        }
        seeded = true;
    }

    @jakarta.inject.Inject
    pact.reports.service.HotspotService hotspots;

    @Test
    void the_default_method_is_chosen_once_for_windows_ending_in_the_same_month() {
        int before = hotspots.defaultChoicesMade();
        for (String to : java.util.List.of("2019-06-20", "2019-06-21", "2019-06-22")) { // a month no other test ends in
            as("ann", "analyst").when().get("/api/hotspots?category=BEGGING&from=2019-01-01&to=" + to)
                    .then().statusCode(200).body("chosenBy", startsWith("rolling back-test"));
        }
        // a window ending now moves with every request: keyed by its instant, every map ran the back-test again
        org.junit.jupiter.api.Assertions.assertEquals(before + 1, hotspots.defaultChoicesMade());
    }

    @Test
    void a_forecast_map_is_tuned_once_for_windows_ending_in_the_same_month() {
        int before = hotspots.forecastsTuned();
        for (String to : java.util.List.of("2019-07-20", "2019-07-21")) { // a month no other test ends in
            as("ann", "analyst").when().get("/api/hotspots?method=FORECAST&category=BEGGING&from=2019-01-01&to=" + to)
                    .then().statusCode(200).body("method", equalTo("FORECAST"));
        }
        org.junit.jupiter.api.Assertions.assertEquals(before + 1, hotspots.forecastsTuned());
    }

    @Test
    void the_back_test_judges_every_method_on_every_month_with_two_months_before_it() {
        as("ann", "analyst").when().get("/api/hotspots/backtest?" + WINDOW)
                .then().statusCode(200)
                .body("testedMonths", equalTo(java.util.List.of("2019-03", "2019-04")))
                .body("minHistoryMonths", equalTo(2))
                .body("toleratedShortfall", equalTo(0.02f))
                .body("months", hasSize(8))
                .body("summary", hasSize(12))
                .body("summary.method", hasItem("FORECAST"))
                .body("defaultMethod", oneOf("COUNT", "GISTAR", "KDE", "FORECAST"))
                .body("reason", notNullValue())
                // April from January-March: A, B and C are all in the top 5%, and April's reports are at A and B
                .body("months.find { it.method == 'COUNT' && it.month == '2019-04' }.trainingReports", equalTo(11))
                .body("months.find { it.method == 'COUNT' && it.month == '2019-04' }.results[0].pei", equalTo(1.0f))
                .body("months.find { it.method == 'FORECAST' && it.month == '2019-04' }.parameters",
                        hasKey("halfLifeMonths"))
                .body("summary.find { it.method == 'COUNT' && it.areaShare < 0.06 }.months", equalTo(2))
                .body("summary.find { it.method == 'COUNT' && it.areaShare < 0.06 }.worstShortfallBelowCounts",
                        equalTo(0f));
    }

    @Test
    void the_back_test_shows_the_methods_asked_for_and_tasking_coordinators_may_run_it() {
        as("tom", "tasking-coordinator").when().get("/api/hotspots/backtest?" + WINDOW + "&methods=count,FORECAST"
                + "&minHistory=3")
                .then().statusCode(200)
                .body("testedMonths", equalTo(java.util.List.of("2019-04")))
                .body("summary", hasSize(6))
                .body("months.method", equalTo(java.util.List.of("COUNT", "FORECAST")));
    }

    @Test
    void a_map_without_a_method_uses_the_back_tests_winner_and_says_so() {
        as("ann", "analyst").when().get("/api/hotspots?category=BEGGING&from=2019-01-01T00:00:00Z"
                + "&to=2019-05-01T00:00:00Z&limit=3")
                .then().statusCode(200)
                .body("method", oneOf("COUNT", "GISTAR", "KDE", "FORECAST"))
                .body("chosenBy", startsWith("rolling back-test: "))
                .body("parameters", notNullValue());
        as("ann", "analyst").when().get("/api/hotspots?category=BEGGING&from=2019-01-01T00:00:00Z"
                + "&to=2019-05-01T00:00:00Z&limit=3&method=FORECAST")
                .then().statusCode(200)
                .body("method", equalTo("FORECAST"))
                .body("chosenBy", equalTo("requested"))
                .body("parameters.forecastMonth", equalTo("2019-05"))
                .body("parameters.monthsTunedOn", equalTo(3))
                .body("parameters", hasKey("halfLifeMonths"))
                .body("hotspots[0].count", is(9));
    }

    @Test
    void the_back_test_echoes_what_it_used_and_reads_a_plain_date_as_its_month() {
        as("ann", "analyst").when().get("/api/hotspots/backtest?category=BEGGING&from=2019-01-15&to=2019-04-30"
                + "&methods=COUNT,GISTAR&band=212.2&bandwidth=250.5&source=CITY_INSPECTOR")
                .then().statusCode(200)
                .body("testedMonths", equalTo(java.util.List.of("2019-03", "2019-04")))
                .body("used.window.from", equalTo("2019-01-01T00:00:00Z"))
                .body("used.window.to", equalTo("2019-04-30T23:00:00Z"))
                .body("used.filters.category", equalTo(java.util.List.of("BEGGING")))
                .body("used.filters.source", equalTo("CITY_INSPECTOR"))
                .body("used.methods", equalTo(java.util.List.of("COUNT", "GISTAR")))
                .body("used.band", equalTo(212.2f))
                .body("used.neighbours.diagonals", equalTo(true))
                .body("used.bandwidth", equalTo(250.5f))
                .body("used.studyArea.rule", equalTo("touching-borough"))
                .body("months.find { it.method == 'COUNT' && it.month == '2019-04' }.trainingReports", equalTo(11));
        as("ann", "analyst").when().get("/api/hotspots/backtest?" + WINDOW + "&source=HOUSING")
                .then().statusCode(200).body("testedMonths", equalTo(java.util.List.of()));
    }

    @Test
    void bad_back_test_parameters_are_400_naming_them_and_other_roles_are_403() {
        as("ann", "analyst").when().get("/api/hotspots/backtest?from=2019-13").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
        as("ann", "analyst").when().get("/api/hotspots/backtest?from=2019-05&to=2019-01").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
        as("ann", "analyst").when().get("/api/hotspots/backtest?methods=COUNT,VORONOI").then().statusCode(400)
                .body("errors[0].field", equalTo("methods"));
        as("ann", "analyst").when().get("/api/hotspots/backtest?minHistory=0").then().statusCode(400)
                .body("errors[0].field", equalTo("minHistory"));
        as("ann", "analyst").when().get("/api/hotspots/backtest?cellSize=5").then().statusCode(400)
                .body("errors[0].field", equalTo("cellSize"));
        as("olivia", "council-officer").when().get("/api/hotspots/backtest").then().statusCode(403);
        as("pat", "partner").when().get("/api/hotspots/backtest").then().statusCode(403);
    }
}
