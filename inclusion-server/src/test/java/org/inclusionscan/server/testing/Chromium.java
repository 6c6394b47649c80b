package org.inclusionscan.server.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.opentest4j.TestAbortedException;

/**
 * Debian's headless Chromium driven through Debian's chromedriver (Selenium never downloads a browser
 * or a driver here: both paths are given). Each browser gets a fresh profile directory, removed on
 * {@link #close()}, so closing one and opening another is a browser that was really closed.
 *
 * <p>Browser tests run when {@code -DbrowserTests=true} ({@code .ci/run} sets it); where Chromium is
 * missing such a run fails, otherwise the tests are skipped.
 */
public final class Chromium implements AutoCloseable {

    /** A phone-sized window (an iPhone 12-15 in CSS pixels). */
    public static final int PHONE_WIDTH = 390;
    public static final int PHONE_HEIGHT = 844;

    private static final Path BROWSER = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(System.getProperty("chromium.driver", "/usr/bin/chromedriver"));

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ChromeDriver driver;
    private final Path profile;
    private final boolean ownsProfile;

    private Chromium(ChromeDriver driver, Path profile, boolean ownsProfile) {
        this.driver = driver;
        this.profile = profile;
        this.ownsProfile = ownsProfile;
    }

    /** True when this run asked for the browser tests. */
    public static boolean enabled() {
        return Boolean.getBoolean("browserTests");
    }

    /** A headless Chromium with a phone-sized window. */
    public static Chromium phone() {
        return open(PHONE_WIDTH, PHONE_HEIGHT);
    }

    /** A headless Chromium with a laptop-sized window. */
    public static Chromium laptop() {
        return open(1280, 900);
    }

    public static Chromium open(int width, int height) {
        Path profile;
        try {
            profile = Files.createTempDirectory("inclusion-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return open(width, height, profile, true);
    }

    /**
     * A headless Chromium on a profile directory that outlives it: open it again on the same directory,
     * and it is the same browser, closed and started again, with its cookies kept.
     */
    public static Chromium reopen(int width, int height, Path profile) {
        return open(width, height, profile, false);
    }

    private static Chromium open(int width, int height, Path profile, boolean ownsProfile) {
        if (!Files.isExecutable(BROWSER) || !Files.isExecutable(DRIVER)) {
            String message = "Chromium (%s) or chromedriver (%s) is missing: run 'apt-get install -y chromium chromium-driver' (.ci/run does)."
                    .formatted(BROWSER, DRIVER);
            if (enabled()) {
                throw new IllegalStateException(message);
            }
            throw new TestAbortedException(message);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=%d,%d".formatted(width, height),
                "--lang=nl");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "nl"));
        // Chromium's network events, read back for the response headers of each page (the CSP check);
        // this needs no DevTools binding of Selenium's that matches the browser's version.
        options.setCapability("goog:loggingPrefs", Map.of("performance", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return new Chromium(driver, profile, ownsProfile);
    }

    public ChromeDriver driver() {
        return driver;
    }

    /**
     * The response headers (names in lower case) of every page document the browser received since the
     * last call, by URL, in the order received.
     */
    public Map<String, Map<String, String>> documentHeaders() {
        Map<String, Map<String, String>> documents = new LinkedHashMap<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            try {
                JsonNode message = JSON.readTree(entry.getMessage()).path("message");
                if (!message.path("method").asText().equals("Network.responseReceived")
                        || !message.path("params").path("type").asText().equals("Document")) {
                    continue;
                }
                JsonNode response = message.path("params").path("response");
                Map<String, String> headers = new LinkedHashMap<>();
                response.path("headers").fields().forEachRemaining(
                        header -> headers.put(header.getKey().toLowerCase(Locale.ROOT), header.getValue().asText()));
                documents.put(response.path("url").asText(), headers);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return documents;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            if (ownsProfile) {
                PostgresCluster.deleteRecursively(profile);
            }
        }
    }
}
