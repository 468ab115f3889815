package pact.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import pact.stack.StackLayout.App;

/**
 * The portal as its people use it: real headless Chromium, the real Keycloak login form, the
 * real stack behind. Every page opened is checked with axe-core and saved as a screenshot under
 * portal/target/screenshots/.
 */
@ExtendWith(RealStack.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PortalBrowserIT {
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static StackLayout layout;
    static PactApi api;

    @BeforeAll
    static void connect() {
        Browser.assumeChromium();
        layout = RealStack.layout();
        api = new PactApi(layout);
    }

    @Test
    @Order(1)
    void each_role_sees_only_the_navigation_it_may_use_and_signing_out_ends_the_keycloak_session() {
        Map<String, List<String>> expected = Map.of(
                "olivia", List.of("Dashboard", "Reports", "Hotspots", "Case reviews", "PSPOs", "Sign out"),
                "ian", List.of("Dashboard", "My patrol", "Reports", "Hotspots", "Notices", "PSPOs", "Sign out"),
                "paula", List.of("Dashboard", "My patrol", "Reports", "Hotspots", "Case reviews", "Notices", "PSPOs",
                        "Sign out"),
                "tom", List.of("Dashboard", "Reports", "Hotspots", "Tasking board", "Case reviews", "PSPOs", "Sign out"),
                "ann", List.of("Dashboard", "Reports", "Hotspots", "PSPOs", "Sign out"),
                "eve", List.of("Dashboard", "Notices", "PSPOs", "Sign out"),
                "pat", List.of("Dashboard", "Reports", "Sign out"));
        for (var role : expected.entrySet()) {
            try (Browser browser = new Browser(layout, 1280)) {
                browser.signIn(role.getKey()).checked("dashboard-" + role.getKey());
                assertEquals(role.getValue(), browser.navigation(), role.getKey() + "'s navigation");
                browser.driver.findElement(By.linkText("Sign out")).click();
                browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"),
                        "You have signed out"));
                // the Keycloak session is over too: the portal asks for the password again
                browser.driver.get(browser.portal + "/");
                browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password")));
            }
        }
    }

    @Test
    @Order(2)
    void the_tokens_never_reach_the_browser_and_every_page_sends_the_security_headers() {
        try (Browser browser = new Browser(layout, 1280)) {
            browser.signIn("olivia");
            String token = api.passwordToken("olivia", "olivia-pact");
            String header = token.substring(0, token.indexOf('.'));
            for (var cookie : browser.driver.manage().getCookies()) {
                assertFalse(cookie.getValue().startsWith(header), cookie.getName() + " holds a readable token");
                if (cookie.getName().startsWith("q_session")) {
                    assertTrue(cookie.isHttpOnly(), "the session cookie is HttpOnly");
                    assertEquals("Lax", cookie.getSameSite());
                }
            }
            Object readable = browser.driver.executeScript("return document.cookie");
            assertFalse(String.valueOf(readable).contains("q_session"), "scripts cannot read the session");
            assertFalse(browser.driver.getPageSource().contains("eyJ"), "no JWT in the page");
        }
        var response = io.restassured.RestAssured.given().redirects().follow(false)
                .get(layout.url(App.PORTAL) + "/static/portal.css");
        String csp = response.header("Content-Security-Policy");
        assertTrue(csp.contains("script-src 'self'") && csp.contains("frame-ancestors 'none'"), csp);
        assertEquals("strict-origin-when-cross-origin", response.header("Referrer-Policy"));
    }

    @Test
    @Order(3)
    void a_council_officer_triages_a_report_and_reads_personal_data_with_a_reason() {
        try (Browser browser = new Browser(layout, 1280)) {
            browser.signIn("olivia").open("/reports?status=NEW", "reports");
            browser.find("table.govuk-table tbody a").click();
            browser.checked("report");
            browser.choose("status", "TRIAGED").type("statusReason", "Checked the location: repeat street drinking")
                    .type("publicText", "Thank you: we know this spot and are keeping watch.")
                    .submit("Change status");
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector(".govuk-notification-banner__heading"), "Status changed to TRIAGED"));
            // the lifecycle: the staff note and what the resident is told, side by side
            String lifecycle = browser.find("main").getText();
            assertTrue(lifecycle.contains("What has happened"), lifecycle);
            assertTrue(lifecycle.contains("Checked the location: repeat street drinking"), lifecycle);
            assertTrue(lifecycle.contains("Thank you: we know this spot and are keeping watch."), lifecycle);
            browser.checked("report-triaged");
            browser.driver.findElement(By.partialLinkText("reporter's and victim's details")).click();
            browser.submit("Show personal data");
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".govuk-error-summary")));
            browser.checked("personal-data-reason-missing");
            browser.type("reason", "Calling the reporter back about the triage").submit("Show personal data");
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"),
                    "recorded in the audit log"));
            browser.checked("personal-data");
        }
    }

    @Test
    @Order(4)
    void a_council_officer_reports_with_the_keyboard_alone() {
        try (Browser browser = new Browser(layout, 1280)) {
            browser.signIn("olivia").open("/reports/new", "report-new");
            WebElement body = browser.driver.findElement(By.tagName("body"));
            body.click();
            // from the top of the page, Tab to each field in turn and type as a person would
            Map<String, String> answers = new java.util.LinkedHashMap<>();
            answers.put("qualifier", "N");
            answers.put("category", "S");
            answers.put("description", "Group drinking on the steps, keyboard-only report");
            answers.put("lat", "51.5103");
            answers.put("lon", "-0.1302");
            int tabs = 0;
            while (!answers.isEmpty() && tabs++ < 80) {
                new org.openqa.selenium.interactions.Actions(browser.driver).sendKeys(Keys.TAB).perform();
                String id = browser.driver.switchTo().activeElement().getAttribute("id");
                String answer = answers.remove(id);
                if (answer != null) {
                    browser.driver.switchTo().activeElement().sendKeys(answer);
                }
            }
            assertTrue(answers.isEmpty(), "fields never reached by Tab: " + answers.keySet());
            while (tabs++ < 120 && !"Send report".equals(browser.driver.switchTo().activeElement().getText().trim())) {
                new org.openqa.selenium.interactions.Actions(browser.driver).sendKeys(Keys.TAB).perform();
            }
            browser.driver.switchTo().activeElement().sendKeys(Keys.ENTER);
            try {
                browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector(".govuk-notification-banner__heading"), "Report received"));
            } catch (RuntimeException e) {
                browser.screenshot("report-keyboard-failed");
                throw new AssertionError("no 'Report received': " + browser.find("main").getText(), e);
            }
            browser.checked("report-created");
        }
    }

    @Test
    @Order(5)
    void an_analyst_sees_the_hotspot_map_and_the_evaluation_chart() {
        try (Browser browser = new Browser(layout, 1280)) {
            browser.signIn("ann").open("/hotspots", "hotspots-analyst");
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#map path.leaflet-interactive")));
            assertTrue(browser.driver.findElements(By.cssSelector("#cells tbody tr")).size() > 5, "cells in the table");
            assertTrue(browser.driver.findElements(By.cssSelector("svg.pact-chart-svg rect")).size() >= 9,
                    "PEI bars of three methods at three shares of the area");
            browser.screenshot("hotspots-analyst-map");
        }
    }

    @Test
    @Order(6)
    void a_coordinator_tasks_hotspots_plans_a_shift_and_sees_the_board_update_live() {
        // tomorrow 10:00-18:00 London time: officers are put on shift for it through the roster API
        ZonedDateTime start = LocalDate.now(LONDON).plusDays(1).atTime(10, 0).atZone(LONDON);
        ZonedDateTime end = start.plusHours(8);
        String coordinator = api.passwordToken("tom", "tom-pact");
        JsonNode officers = PactApi.read(api.get(layout.url(App.TASKING) + "/api/officers?size=50", coordinator)
                .body()).get("items");
        for (JsonNode officer : officers) {
            api.post(layout.url(App.TASKING) + "/api/officers/" + officer.get("id").asText() + "/duty-periods",
                    coordinator, "{\"kind\":\"SHIFT\",\"startsAt\":\"" + start.toInstant() + "\",\"endsAt\":\""
                            + end.toInstant() + "\"}");
        }
        try (Browser board = new Browser(layout, 1280); Browser browser = new Browser(layout, 1280)) {
            board.signIn("tom").open("/board", "board");
            board.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("live-status"), "Live"));

            browser.signIn("tom").open("/hotspots?weeks=8", "hotspots-coordinator");
            browser.type("maxTasks", "3").choose("objective", "ENFORCEMENT_OPERATION")
                    .set("windowStart", start.toLocalDateTime().toString())
                    .set("windowEnd", end.toLocalDateTime().toString()).submit("Create tasks");
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector(".govuk-notification-banner__heading"), "tasks created"));
            // the coordinator is told which method ranked the cells, and why
            assertTrue(browser.find("main").getText().contains("Cells ranked by"), browser.find("main").getText());
            browser.checked("hotspots-tasked");

            board.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("live-events"), "New task"));
            board.screenshot("board-live");

            browser.open("/board", "board-plan-form");
            browser.set("from", start.toLocalDateTime().toString()).set("to", end.toLocalDateTime().toString())
                    .submit("Plan patrols");
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Patrol plan"));
            browser.checked("plan");
            assertTrue(browser.driver.findElements(By.cssSelector("details.govuk-details")).size() > 0,
                    "officers with visits");
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#plan-map path.leaflet-interactive")));
            browser.screenshot("plan-map");
            // lock the first visit, then re-plan the rest around it
            browser.find("details.govuk-details summary").click();
            browser.find("details.govuk-details .pact-visit button").click();
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector(".govuk-notification-banner__heading"), "Plan changed"));
            browser.submit("Re-plan all but the locked visits");
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector(".govuk-notification-banner__heading"), "Plan changed"));
            assertTrue(browser.driver.getPageSource().contains("(locked)"), "the locked visit stays in the plan");
            browser.checked("plan-replanned");
        }
    }

    @Test
    @Order(7)
    void an_officer_on_a_phone_checks_in_issues_a_warning_and_is_refused_a_notice_with_the_law_s_reason() {
        try (Browser browser = new Browser(layout, 360)) {
            browser.signIn("ian").open("/patrol", "patrol-phone");
            browser.type("lat", "51.5103").type("lon", "-0.1302").submit("Check in here");
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector(".govuk-notification-banner__heading"), "Checked in"));
            browser.checked("patrol-checked-in");

            String subject = "Browser Test Subject " + System.nanoTime();
            browser.open("/patrol/notices/new?lat=51.5103&lon=-0.1302", "notice-form-phone");
            browser.type("subjectName", subject).set("dateOfBirth", "1990-04-01")
                    .type("conduct", "Persistent amplified busking after 22:00 in Leicester Square")
                    .type("requirement", "Stop amplified busking in Leicester Square after 22:00")
                    .submit("Issue notice");
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector(".govuk-notification-banner__heading"), "Notice issued"));
            browser.checked("notice-issued");

            // a CPN straight after the warning: the time allowed to comply has not passed
            browser.open("/patrol/notices/new?lat=51.5103&lon=-0.1302", "notice-form-cpn");
            browser.choose("type", "COMMUNITY_PROTECTION_NOTICE").type("subjectName", subject)
                    .set("dateOfBirth", "1990-04-01")
                    .type("conduct", "Persistent amplified busking after 22:00 in Leicester Square")
                    .type("requirement", "Stop amplified busking in Leicester Square after 22:00")
                    .submit("Issue notice");
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".govuk-error-summary")));
            String summary = browser.text(".govuk-error-summary");
            assertTrue(summary.contains("warning-before-notice"), summary);
            assertTrue(browser.text("#type-error").contains("Community Protection Warning"),
                    "the rule's reason is beside the field it concerns");
            browser.checked("notice-refused");
        }
    }

    @Test
    @Order(9)
    void with_javascript_off_every_form_still_works_and_the_board_refreshes_itself() {
        try (Browser browser = new Browser(layout, 1280, false)) {
            browser.signIn("olivia").open("/reports?status=NEW", "reports-no-js");
            browser.find("table.govuk-table tbody a").click();
            browser.choose("status", "TRIAGED").type("statusReason", "Triaged with scripts off").submit("Change status");
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector(".govuk-notification-banner__heading"), "Status changed to TRIAGED"));
            browser.checked("report-triaged-no-js");
        }
        try (Browser browser = new Browser(layout, 1280, false)) {
            browser.signIn("tom").open("/board", "board-no-js");
            assertTrue(browser.driver.findElements(By.cssSelector("noscript")).size() > 0
                    && browser.driver.getPageSource().contains("http-equiv=\"refresh\""), "the board refreshes itself");
            browser.open("/hotspots", "hotspots-no-js");
            assertTrue(browser.driver.findElements(By.cssSelector("#cells tbody tr")).size() > 0,
                    "the map's data is in the table");
        }
    }

    @Test
    @Order(8)
    void the_registers_and_notices_render_for_their_readers() {
        try (Browser browser = new Browser(layout, 1280)) {
            browser.signIn("eve").open("/notices", "notices").open("/pspos", "pspos");
            assertTrue(browser.driver.findElements(By.cssSelector(".pact-order")).size() >= 3, "the PSPO register");
            browser.open("/notices", "notices");
            browser.find("table.govuk-table tbody a").click();
            browser.checked("notice");
            // the enforcement admin records a payment of a fixed penalty
            browser.open("/notices?type=FIXED_PENALTY_PSPO_BREACH", "notices-penalties");
            browser.find("table.govuk-table tbody a").click();
            // the form offers what is due today (the discount within its period); the service checks it again
            browser.set("paidOn", LocalDate.now(LONDON).toString()).choose("channel", "ONLINE")
                    .type("reference", "BROWSER-TEST-1").submit("Record payment");
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector(".govuk-notification-banner__heading"), "Payment recorded"));
            assertTrue(browser.text("main").contains("BROWSER") || browser.text("main").contains("ONLINE"),
                    "the payment is listed");
            browser.checked("notice-paid");
        }
        try (Browser browser = new Browser(layout, 1280)) {
            browser.signIn("paula").open("/case-reviews", "case-reviews");
        }
    }
}
