package pact.stack;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import pact.stack.StackLayout.App;

/**
 * The portal's speed, measured on the real stack with six months of data (January-June 2018
 * plus the demo's recent weeks): server time of the dashboard and the hotspot page at p50 and
 * p95 for a signed-in coordinator, and the bytes a first visit to the map page transfers (page,
 * styles, scripts, the two fonts and the boundaries the map draws), compressed as served. Run by
 * portal/bench/run.sh; writes portal/bench/results.md. Loopback only, bounded in time.
 */
public final class PortalBenchmark {
    static final Pattern FORM_ACTION = Pattern.compile("action=\"([^\"]+)\"");
    static final Pattern ASSETS = Pattern.compile("(?:href|src)=\"(/[^\"]+\\.(?:css|js|ico))\"");
    /** What map.js fetches, and the two fonts GOV.UK's stylesheet uses on this page. */
    static final List<String> FETCHED_BY_THE_PAGE = List.of("/static/basemap.js",
            "/boundaries/westminster-borough-LAD23.geojson",
            "/boundaries/westminster-wards-2022-WD22.geojson", "/assets/fonts/light-94a07e06a1-v2.woff2",
            "/assets/fonts/bold-b542beb274-v2.woff2");
    static final String HOTSPOTS_SIX_MONTHS = "/hotspots?weeks=26&until=2018-07-01";

    private PortalBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("pact.root", ".")).toAbsolutePath().normalize();
        try (PactStack stack = PactStack.start(new PactStack.Options(root, root.resolve("local-stack/target/bench-home"),
                20_000, EnumSet.noneOf(App.class), true))) {
            StackLayout layout = stack.layout();
            PactApi api = new PactApi(layout);
            GatewayBenchmark.importSixMonths(layout, api, api.passwordToken("olivia", "olivia-pact"), root);
            String portal = layout.url(App.PORTAL);
            HttpClient browser = signedIn(portal, "tom");
            List<GatewayBenchmark.Result> results = new ArrayList<>();
            results.add(GatewayBenchmark.load("dashboard `/`", GatewayBenchmark.CONCURRENCY, () -> page(browser, portal + "/")));
            results.add(GatewayBenchmark.load("hotspot page, 26 weeks to 1 July 2018", GatewayBenchmark.CONCURRENCY,
                    () -> page(browser, portal + HOTSPOTS_SIX_MONTHS)));
            results.add(GatewayBenchmark.load("hotspot page, last 4 weeks", GatewayBenchmark.CONCURRENCY,
                    () -> page(browser, portal + "/hotspots")));
            Map<String, Long> bytes = firstVisit(browser, portal, HOTSPOTS_SIX_MONTHS);
            write(root.resolve("portal/bench/results.md"), results, bytes);
        }
    }

    /** Signs in through Keycloak's login form, as a browser does, and keeps the session cookie. */
    static HttpClient signedIn(String portal, String user) throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new LoopbackCookies())
                .followRedirects(HttpClient.Redirect.ALWAYS).connectTimeout(Duration.ofSeconds(5))
                .version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(portal + "/")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher action = FORM_ACTION.matcher(login.body());
        if (!action.find()) {
            throw new StackFailure("no Keycloak login form at " + login.uri());
        }
        String form = "username=" + user + "&password=" + URLEncoder.encode(user + "-pact", StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (!signedIn.body().contains("Dashboard")) {
            throw new StackFailure("signing in as " + user + " did not reach the dashboard: " + signedIn.uri());
        }
        return http;
    }

    static void page(HttpClient http, String url) {
        String body = GatewayBenchmark.send(http, HttpRequest.newBuilder(URI.create(url)).GET().build());
        if (body.contains("Some information is missing") || !body.contains("</html>")) {
            throw new StackFailure(url + " rendered without all its data");
        }
    }

    /** Bytes on the wire (gzip accepted, as browsers do) for the page and all it loads on a first visit. */
    static Map<String, Long> firstVisit(HttpClient http, String portal, String path) throws Exception {
        Map<String, Long> bytes = new LinkedHashMap<>();
        String html = GatewayBenchmark.send(http, HttpRequest.newBuilder(URI.create(portal + path)).GET().build());
        bytes.put(path, transferred(http, portal + path));
        Matcher assets = ASSETS.matcher(html);
        List<String> urls = new ArrayList<>();
        while (assets.find()) {
            urls.add(assets.group(1));
        }
        urls.add("/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.js"); // imported by portal.js
        urls.addAll(FETCHED_BY_THE_PAGE);
        for (String url : urls) {
            bytes.put(url, transferred(http, portal + url));
        }
        return bytes;
    }

    static long transferred(HttpClient http, String url) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Accept-Encoding", "gzip").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new StackFailure(url + " answered " + response.statusCode());
        }
        return response.body().length;
    }

    static void write(Path out, List<GatewayBenchmark.Result> results, Map<String, Long> bytes) throws IOException {
        StringBuilder md = new StringBuilder("""
                # Portal benchmark

                Rerun: `portal/bench/run.sh` (starts its own stack on ports moved by 20000, imports
                January-May 2018 beside the demo's June 2018 and recent weeks, about 2 minutes). One run on
                this machine (2 cores, shared with the stack it measures), %d signed-in sessions in parallel
                for %d s per page; server time is from request to the last byte of the rendered page, so it
                includes the page's GraphQL call to the gateway and the services behind it.

                | page | pages | pages/s | p50 ms | p95 ms |
                |---|---|---|---|---|
                """.formatted(GatewayBenchmark.CONCURRENCY, GatewayBenchmark.PHASE.toSeconds()));
        for (GatewayBenchmark.Result r : results) {
            md.append(String.format(Locale.UK, "| %s | %d | %.1f | %.1f | %.1f |%n", r.name(), r.requests(),
                    r.throughput(), r.p50(), r.p95()));
        }
        long total = bytes.values().stream().mapToLong(Long::longValue).sum();
        md.append(String.format(Locale.UK, "%nFirst visit to the map page (`%s`), bytes transferred: **%,d** "
                + "(%.0f KB)%n%n| what | bytes |%n|---|---|%n", HOTSPOTS_SIX_MONTHS, total, total / 1024.0));
        md.append(bytes.entrySet().stream().map(e -> "| `" + e.getKey() + "` | " + String.format(Locale.UK, "%,d",
                e.getValue()) + " |").collect(Collectors.joining("\n"))).append('\n');
        Files.createDirectories(out.getParent());
        Files.writeString(out, md.toString());
        System.out.println(md);
    }

    /**
     * Keycloak marks its login cookies Secure; browsers send them to http://127.0.0.1 (a secure
     * context), the JDK's cookie store does not, so the flag is dropped for these loopback runs.
     */
    static final class LoopbackCookies extends CookieHandler {
        private final CookieManager store = new CookieManager();

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> headers) throws IOException {
            return store.get(uri, headers);
        }

        @Override
        public void put(URI uri, Map<String, List<String>> headers) throws IOException {
            Map<String, List<String>> relaxed = new LinkedHashMap<>();
            headers.forEach((name, values) -> relaxed.put(name, name != null && name.equalsIgnoreCase("Set-Cookie")
                    ? values.stream().map(v -> v.replaceAll("(?i);\\s*Secure", "")).toList() : values));
            store.put(uri, relaxed);
        }
    }
}
