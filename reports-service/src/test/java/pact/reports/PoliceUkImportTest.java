package pact.reports;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static pact.testsupport.Api.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import pact.reports.domain.Report;
import pact.testsupport.EmbeddedPostgresResource;
import pact.testsupport.TestIssuer;

@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
@WithTestResource(TestIssuer.class)
class PoliceUkImportTest {
    static final String HEADER = "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,"
            + "LSOA name,Crime type,Last outcome category,Context\n";

    static byte[] resource(String name) throws IOException {
        try (InputStream in = PoliceUkImportTest.class.getResourceAsStream("/police-uk/" + name)) {
            return in.readAllBytes();
        }
    }

    static ValidatableResponse importFile(byte[] body, String contentType) {
        return as("ann", "analyst").contentType(contentType).body(body)
                .when().post("/api/imports/police-uk?file=test").then();
    }

    @Test
    void a_month_imports_once_whichever_format_and_a_second_import_adds_nothing() throws IOException {
        long before = count("police.uk:2018-05:%");
        importFile(resource("2018-05-westminster-asb.csv"), "text/csv")
                .statusCode(200)
                .body("status", equalTo("COMPLETED"))
                .body("rowsRead", equalTo(1094))
                .body("imported", equalTo(1094))
                .body("badRows", equalTo(0))
                .body("outOfArea", greaterThan(0)).body("outOfArea", lessThan(60));
        assertEquals(before + 1094, count("police.uk:2018-05:%"));

        importFile(resource("2018-05-westminster-asb.csv"), "text/csv")
                .statusCode(200).body("imported", equalTo(0)).body("alreadyPresent", equalTo(1094));
        // the API's JSON holds the same records: nothing new
        importFile(resource("api-json/2018-05-westminster-asb.json"), "application/json")
                .statusCode(200).body("format", equalTo("json")).body("rowsRead", equalTo(1094))
                .body("imported", equalTo(0)).body("alreadyPresent", equalTo(1094));
        assertEquals(before + 1094, count("police.uk:2018-05:%"));
    }

    @Test
    void bad_rows_are_skipped_and_listed_by_line_and_other_crimes_are_not_asb() {
        String csv = HEADER
                + ",2018-07,Metropolitan Police Service,Metropolitan Police Service,-0.1340,51.5101,On or near Soho Square,,,Anti-social behaviour,,\n"
                + ",2018-07,Metropolitan Police Service,Metropolitan Police Service,,,No location,,,Anti-social behaviour,,\n"
                + ",July,Metropolitan Police Service,Metropolitan Police Service,-0.1340,51.5101,On or near X,,,Anti-social behaviour,,\n"
                + ",2018-07,Metropolitan Police Service,Metropolitan Police Service,west,51.5,On or near Y,,,Anti-social behaviour,,\n"
                + ",2018-07,Metropolitan Police Service,too,few,fields\n"
                + "abc,2018-07,Metropolitan Police Service,Metropolitan Police Service,-0.1350,51.5111,On or near Z,,,Burglary,,\n"
                + ",2018-07,Metropolitan Police Service,Metropolitan Police Service,-0.1341,51.5102,\"On or near Wardour Street, Soho\",,,Anti-social behaviour,,\n";
        importFile(csv.getBytes(), "text/csv")
                .statusCode(200)
                .body("rowsRead", equalTo(7))
                .body("imported", equalTo(2))
                .body("notAsb", equalTo(1))
                .body("badRows", equalTo(4))
                .body("badRowDetails[0].where", equalTo("line 3"))
                .body("badRowDetails[0].reason", equalTo("has no location"))
                .body("badRowDetails[1].where", equalTo("line 4"))
                .body("badRowDetails[1].reason", containsString("is not YYYY-MM"))
                .body("badRowDetails[2].where", equalTo("line 5"))
                .body("badRowDetails[3].where", equalTo("line 6"));
    }

    @Test
    void a_file_that_is_not_police_uk_data_fails_and_imports_nothing() {
        long before = count("police.uk:%");
        importFile("name,age\nbob,4\n".getBytes(), "text/csv")
                .statusCode(422).body("detail", containsString("lacks the police.uk column"));
        importFile("{\"not\":\"an array\"}".getBytes(), "application/json").statusCode(422);
        assertEquals(before, count("police.uk:%"));
    }

    @Test
    void a_failure_midway_leaves_nothing_half_imported() {
        long before = count("police.uk:2018-08:%");
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 1500; i++) {
            csv.append(",2018-08,MPS,MPS,").append(-0.1340 + i * 1e-6).append(",51.5101,On or near Street ").append(i)
                    .append(",,,Anti-social behaviour,,\n");
        }
        // a street name too long for the description column (24,000 characters) makes the database
        // refuse the last row
        csv.append(",2018-08,MPS,MPS,-0.1350,51.5111,").append("x".repeat(30000)).append(",,,Anti-social behaviour,,\n");
        importFile(csv.toString().getBytes(), "text/csv").statusCode(422)
                .body("detail", containsString("nothing was imported"));
        assertEquals(before, count("police.uk:2018-08:%"));
    }

    @Test
    void an_async_import_answers_at_once_and_its_progress_can_be_followed() throws Exception {
        String location = as("ann", "analyst").contentType("text/csv").header("Prefer", "respond-async")
                .body(resource("2018-02-westminster-asb.csv"))
                .when().post("/api/imports/police-uk")
                .then().statusCode(202).body("status", equalTo("RUNNING")).extract().header("Location");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        String status = "RUNNING";
        while ("RUNNING".equals(status) && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            status = as("ann", "analyst").when().get(location).then().statusCode(200).extract().path("status");
        }
        assertEquals("COMPLETED", status);
        as("ann", "analyst").when().get(location).then().body("rowsRead", equalTo(929));
        as("ann", "analyst").when().get("/api/imports").then().statusCode(200);
    }

    @Test
    void partners_may_not_import() {
        as("pat", "partner").contentType("text/csv").body(HEADER.getBytes()).when().post("/api/imports/police-uk")
                .then().statusCode(403);
    }

    static long count(String referencePattern) {
        return QuarkusTransaction.requiringNew().call(() -> Report.count("sourceReference like ?1", referencePattern));
    }
}
