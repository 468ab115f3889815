package pact.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's, with its chromedriver: nothing is downloaded) signed in to
 * the portal through the real Keycloak login form. Every page it opens is checked with axe-core for
 * WCAG 2.2 AA; a serious or critical violation fails the test.
 */
final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Set<String> BLOCKING = Set.of("serious", "critical");
    static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    final ChromeDriver driver;
    final WebDriverWait wait;
    final String portal;

    /** Skips with a warning where Chromium is missing, except under CI, where it is required. */
    static void assumeChromium() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("The portal's browser tests need Debian's chromium and chromium-driver under CI: "
                    + "apt-get install -y chromium chromium-driver (.ci/run does this)");
        }
        if (!present) {
            System.err.println("WARNING: portal browser tests skipped: install chromium and chromium-driver "
                    + "(apt-get install -y chromium chromium-driver) to run them");
        }
        Assumptions.assumeTrue(present, "chromium and chromedriver are not installed");
    }

    Browser(StackLayout layout, int width) {
        this(layout, width, true);
    }

    /** @param javascript false to browse as someone whose browser runs no scripts */
    Browser(StackLayout layout, int width, boolean javascript) {
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless=new",
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                "--window-size=" + width + ",900");
        if (!javascript) {
            options.setExperimentalOption("prefs", java.util.Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(width, 900));
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        portal = layout.url(StackLayout.App.PORTAL);
    }

    /** Signs in through Keycloak's own login form and lands on the dashboard. */
    Browser signIn(String user) {
        driver.get(portal + "/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(user + "-pact");
        driver.findElement(By.id("kc-login")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Dashboard"));
        return this;
    }

    /** Opens a portal page, checks it with axe and saves a screenshot named {@code name}. */
    Browser open(String path, String name) {
        driver.get(portal + path);
        return checked(name);
    }

    /** The page now shown: checked with axe and saved as a screenshot. */
    Browser checked(String name) {
        wait.until(d -> "complete".equals(((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("return document.readyState")));
        screenshot(name);
        Results results = new AxeBuilder().withTags(WCAG_22_AA).analyze(driver);
        List<Rule> blocking = results.getViolations().stream().filter(v -> BLOCKING.contains(v.getImpact()))
                .toList();
        assertEquals(List.of(), blocking.stream().map(v -> v.getImpact() + " " + v.getId() + ": " + v.getHelp()
                + " at " + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .toList(), "axe-core WCAG 2.2 AA violations on " + driver.getCurrentUrl());
        return this;
    }

    /** The whole page, not only what the window shows: the window grows to the page's height for the shot. */
    void screenshot(String name) {
        Path folder = RealStack.root().resolve("portal/target/screenshots");
        Dimension window = driver.manage().window().getSize();
        long height = (Long) driver.executeScript("return document.documentElement.scrollHeight");
        try {
            Files.createDirectories(folder);
            driver.manage().window().setSize(new Dimension(window.getWidth(), (int) Math.min(height + 120, 8000)));
            Files.write(folder.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(window);
        }
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    String text(String css) {
        return find(css).getText();
    }

    List<String> navigation() {
        return driver.findElements(By.cssSelector(".govuk-service-navigation__link")).stream()
                .map(WebElement::getText).toList();
    }

    Browser type(String id, String value) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
        return this;
    }

    Browser choose(String id, String value) {
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id(id))).selectByValue(value);
        return this;
    }

    /** Sets a date or datetime-local input, which Chromium does not let sendKeys fill reliably. */
    Browser set(String id, String value) {
        driver.executeScript("document.getElementById(arguments[0]).value = arguments[1]", id, value);
        return this;
    }

    Browser submit(String buttonText) {
        driver.findElements(By.cssSelector("button.govuk-button")).stream()
                .filter(b -> b.getText().trim().equals(buttonText)).findFirst()
                .orElseThrow(() -> new AssertionError("no button '" + buttonText + "' on " + driver.getCurrentUrl()))
                .click();
        return this;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
