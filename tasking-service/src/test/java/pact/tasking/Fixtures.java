package pact.tasking;

import static pact.testsupport.Api.as;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/** Builds officers, shifts and tasks through the API, with staff numbers unique across test classes. */
final class Fixtures {
    private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() % 100_000));

    /** A Soho cell of the 150 m grid (BNG south-west corner 529500, 180900), named as reports-service does. */
    static final String SOHO_CELL = "150m-3530-1206";

    private Fixtures() {
    }

    static String officer(String organisation, String role, String mode) {
        String staff = (organisation.equals("MET_POLICE") ? "PC-" : "CI-") + NEXT.incrementAndGet();
        return as("tara", "tasking-coordinator").body("""
                {"staffNumber":"%s","displayName":"Officer %s","organisation":"%s","role":"%s",
                 "mode":"%s","team":"PACT"}""".formatted(staff, staff, organisation, role, mode))
                .when().post("/api/officers").then().statusCode(201).extract().path("id");
    }

    static String constable() {
        return officer("MET_POLICE", "POLICE_CONSTABLE", "FOOT");
    }

    static String inspector() {
        return officer("WESTMINSTER_COUNCIL", "CITY_INSPECTOR", "BIKE");
    }

    /** Links a new login to the officer, as a coordinator does, and returns it: the officer's own device posts with it. */
    static String link(String officerId) {
        String login = "officer-" + NEXT.incrementAndGet();
        as("tara", "tasking-coordinator").body("{\"login\":\"%s\"}".formatted(login))
                .when().put("/api/officers/" + officerId + "/login").then().statusCode(200);
        return login;
    }

    static void shift(String officerId, Instant from, Instant to) {
        as("tara", "tasking-coordinator")
                .body("{\"kind\":\"SHIFT\",\"startsAt\":\"%s\",\"endsAt\":\"%s\"}".formatted(from, to))
                .when().post("/api/officers/" + officerId + "/duty-periods").then().statusCode(201);
    }

    static String task(String cellId, String reportId, String powers, Instant from, Instant to) {
        return as("tara", "tasking-coordinator").body(taskBody(cellId, reportId, powers, from, to))
                .when().post("/api/tasks").then().statusCode(201).extract().path("id");
    }

    static String taskBody(String cellId, String reportId, String powers, Instant from, Instant to) {
        return """
                {"title":"Patrol %s","objective":"VISIBLE_PATROL","area":{"cellId":"%s"},
                 "reportIds":["%s"],"priority":"HIGH","windowStart":"%s","windowEnd":"%s",
                 "powersNeeded":[%s]}""".formatted(cellId, cellId, reportId, from, to, powers);
    }
}
