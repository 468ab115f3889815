package pact.stack;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import pact.stack.StackLayout.App;

/**
 * Loads the demo data through the platform's own APIs, as its users would: the 18 PACT
 * officers, and the June 2018 police.uk ASB records for Westminster. Loading is skipped when
 * the data is already there, so a restart adds nothing.
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
            String[] f = line.split(",");
            ObjectNode officer = PactApi.JSON.createObjectNode()
                    .put("staffNumber", f[0]).put("displayName", f[1]).put("organisation", f[2])
                    .put("role", f[3]).put("mode", f[4]).put("team", "PACT");
            int status = api.post(url, token, officer.toString()).statusCode();
            if (status == 201) {
                added++;
            } else if (status != 409) {
                throw new StackFailure("Loading officer " + f[0] + " failed with HTTP " + status);
            }
        }
        Console.step("demo officers loaded: " + added + " added");
    }

    private void loadReports(String token) {
        String url = layout.url(App.REPORTS) + "/api/reports";
        List<String> rows = readLines(POLICE_UK_JUNE_2018);
        long present = total(url, token);
        if (present >= rows.size()) {
            Console.step("demo reports already loaded (" + present + ")");
            return;
        }
        Console.step("loading " + rows.size() + " police.uk ASB records for June 2018 ...");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                int line = i + 2; // the header is line 1
                String json = reportJson(rows.get(i), line);
                results.add(pool.submit(() -> api.post(url, token, json).statusCode()));
            }
            int added = 0;
            for (int i = 0; i < results.size(); i++) {
                int status = results.get(i).get();
                if (status == 201) {
                    added++;
                } else if (status != 409) {
                    throw new StackFailure("Loading the police.uk record on line " + (i + 2) + " failed with HTTP "
                            + status);
                }
                if ((i + 1) % 250 == 0) {
                    Console.step("  " + (i + 1) + " / " + rows.size());
                }
            }
            Console.step("demo reports loaded: " + added + " added");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackFailure("Interrupted while loading reports");
        } catch (java.util.concurrent.ExecutionException e) {
            throw new StackFailure("Loading reports failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** police.uk street CSV: Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,... */
    static String reportJson(String csvLine, int lineNumber) {
        String[] f = csvLine.split(",", -1);
        String month = f[1];
        ObjectNode report = PactApi.JSON.createObjectNode()
                .put("qualifier", "NUISANCE")
                .put("category", "UNCLASSIFIED")
                .put("description", "police.uk ASB record, " + f[6] + " (" + month
                        + "; location snapped to an anonymised point)")
                .put("occurredAt", month + "-01T00:00:00Z")
                .put("source", "PARTNER")
                .put("sourceReference", "police.uk/" + month + "-westminster-asb.csv#L" + lineNumber);
        report.putObject("location").put("lat", Double.parseDouble(f[5])).put("lon", Double.parseDouble(f[4]));
        return report.toString();
    }

    private long total(String url, String token) {
        HttpResponse<String> response = api.get(url + "?size=1", token);
        if (response.statusCode() != 200) {
            throw new StackFailure("GET " + url + " answered HTTP " + response.statusCode() + ": " + response.body());
        }
        return PactApi.read(response.body()).get("totalItems").asLong();
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
