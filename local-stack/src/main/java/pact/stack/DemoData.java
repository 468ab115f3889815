package pact.stack;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
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

    private void loadOfficers(String token) {
        String url = layout.url(App.TASKING) + "/api/officers";
        List<String> officers = readLines("/demo/pact-officers.csv");
        long present = total(url, token);
        if (present >= officers.size()) {
            Console.step("demo officers already loaded (" + present + ")");
            return;
        }
        int added = 0;
        for (String line : officers) {
            String[] f = line.split(",", -1);
            ObjectNode officer = PactApi.JSON.createObjectNode()
                    .put("staffNumber", f[0]).put("displayName", f[1]).put("organisation", f[2])
                    .put("role", f[3]).put("mode", f[4]).put("team", "PACT");
            if (!f[5].isBlank()) {
                // the demo logins ian and paula are these officers, so they can post their own check-ins
                officer.put("login", f[5]);
            }
            int status = api.post(url, token, officer.toString()).statusCode();
            if (status == 201) {
                added++;
            } else if (status != 409) {
                throw new StackFailure("Loading officer " + f[0] + " failed with HTTP " + status);
            }
        }
        Console.step("demo officers loaded: " + added + " added");
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

    private long total(String url, String token) {
        return PactApi.ok(api.get(url + "?size=1", token)).get("totalItems").asLong();
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
