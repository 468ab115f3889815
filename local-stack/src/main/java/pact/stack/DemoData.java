package pact.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import pact.stack.StackLayout.App;

/**
 * Loads the demo data through the platform's own APIs, as its users would: the 18 PACT
 * officers, the June 2018 police.uk ASB records for Westminster, and the recent activity that
 * makes the demo alive ({@link DemoActivity}). Loading is skipped when the data is already
 * there, so a restart adds nothing.
 */
final class DemoData {
    static final String POLICE_UK_JUNE_2018 = "/demo/2018-06-westminster-asb.csv";
    /** tasking-service's largest page: the whole roster in one read. */
    static final int ROSTER_PAGE = 500;

    private final StackLayout layout;
    private final PactApi api;

    DemoData(StackLayout layout) {
        this.layout = layout;
        this.api = new PactApi(layout);
    }

    void load() {
        loadOfficers(api.passwordToken("tom", "tom-pact"));
        loadReports(api.passwordToken("olivia", "olivia-pact"));
        new DemoActivity(layout, api, Clock.systemUTC()).load();
    }

    /**
     * Adds the officers that are missing and links each to their demo login (the realm's user of the
     * same name: pc-1187 for PC-1187; ian and paula are CI-2001 and PC-1041), so each posts only their
     * own check-ins. Officers loaded by an earlier start without a login get it linked now.
     */
    private void loadOfficers(String token) {
        String url = layout.url(App.TASKING) + "/api/officers";
        Map<String, JsonNode> present = new HashMap<>();
        PactApi.ok(api.get(url + "?size=" + ROSTER_PAGE, token)).path("items")
                .forEach(o -> present.put(o.path("staffNumber").asText(), o));
        int added = 0;
        int linked = 0;
        for (String line : readLines("/demo/pact-officers.csv")) {
            String[] f = line.split(",", -1);
            String login = f[5];
            JsonNode existing = present.get(f[0]);
            if (existing == null) {
                ObjectNode officer = PactApi.JSON.createObjectNode()
                        .put("staffNumber", f[0]).put("displayName", f[1]).put("organisation", f[2])
                        .put("role", f[3]).put("mode", f[4]).put("team", "PACT").put("login", login);
                int status = api.post(url, token, officer.toString()).statusCode();
                if (status == 201) {
                    added++;
                } else if (status != 409) {
                    throw new StackFailure("Loading officer " + f[0] + " failed with HTTP " + status);
                }
            } else if (!login.equals(existing.path("login").asText())) {
                HttpResponse<String> answer = api.put(url + "/" + existing.path("id").asText() + "/login", token,
                        PactApi.JSON.createObjectNode().put("login", login).toString());
                if (answer.statusCode() == 409) {
                    // someone linked the login to another officer by hand: theirs to sort out, not the loader's
                    Console.step("  officer " + f[0] + " not linked to " + login + ": " + PactApi.read(answer.body())
                            .path("detail").asText());
                } else {
                    PactApi.ok(answer);
                    linked++;
                }
            }
        }
        Console.step(added == 0 && linked == 0 ? "demo officers already loaded (" + present.size() + ")"
                : "demo officers loaded: " + added + " added, " + linked + " linked to their login");
    }

    /** Through the police.uk import, which is idempotent: a restart adds nothing. */
    private void loadReports(String token) {
        String url = layout.url(App.REPORTS) + "/api/imports/police-uk?file=2018-06-westminster-asb.csv";
        byte[] csv;
        try (var in = Objects.requireNonNull(DemoData.class.getResourceAsStream(POLICE_UK_JUNE_2018))) {
            csv = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Console.step("importing the police.uk ASB records for Westminster, June 2018 ...");
        HttpResponse<String> response = api.post(url, token, "text/csv", csv);
        if (response.statusCode() != 200) {
            throw new StackFailure("The demo import failed with HTTP " + response.statusCode() + ": "
                    + response.body());
        }
        var result = PactApi.read(response.body());
        Console.step("demo reports: " + result.get("imported").asInt() + " imported, "
                + result.get("alreadyPresent").asInt() + " already there (" + result.get("outOfArea").asInt()
                + " of the new ones just outside the borough, kept and flagged)");
    }

    static List<String> readLines(String resource) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(DemoData.class.getResourceAsStream(resource), resource),
                StandardCharsets.UTF_8))) {
            return in.lines().skip(1).filter(line -> !line.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
