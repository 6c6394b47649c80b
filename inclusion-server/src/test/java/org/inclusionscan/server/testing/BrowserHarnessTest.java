package org.inclusionscan.server.testing;

import static org.assertj.core.api.BDDAssertions.then;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The browser harness itself, on a tiny local page: keyboard-only input reaches a real form post, and
 * axe finds a violation where there is one (so a clean result on the server's pages means something).
 */
@EnabledIfSystemProperty(named = "browserTests", matches = "true")
class BrowserHarnessTest {

    private static final String FORM = """
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Item</title>
            <meta name="viewport" content="width=device-width, initial-scale=1"></head>
            <body><main><h1>One item</h1><form method="post" action="/save">
            <fieldset><legend>We know our neighbourhood</legend>
            <input type="radio" id="a1" name="local-environment-1" value="1"><label for="a1">1</label>
            <input type="radio" id="a2" name="local-environment-1" value="2"><label for="a2">2</label>
            <input type="radio" id="a3" name="local-environment-1" value="3"><label for="a3">3</label>
            <input type="radio" id="ad" name="local-environment-1" value="dont-know"><label for="ad">Don't know</label>
            </fieldset><button type="submit">Save</button></form></main></body></html>
            """;
    private static final String UNLABELLED = """
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bad</title></head>
            <body><main><h1>Bad</h1><form><input type="text" name="x"></form></main></body></html>
            """;

    private HttpServer server;
    private final AtomicReference<String> posted = new AtomicReference<>();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/form", exchange -> send(exchange, FORM, "default-src 'self'; script-src 'self'"));
        server.createContext("/bad", exchange -> send(exchange, UNLABELLED, "script-src 'self' 'unsafe-inline'"));
        server.createContext("/save", exchange -> {
            posted.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            send(exchange, "<!doctype html><html lang=\"en\"><head><title>Saved</title></head><body><main><h1>Saved</h1></main></body></html>",
                    "default-src 'self'");
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void keyboardOnlyAnswerIsPostedAndThePageHasNoBlockingViolation() {
        try (Chromium browser = Chromium.phone()) {
            WebDriver driver = browser.driver();
            PageAudit audit = new PageAudit(browser);
            // GIVEN the form on a phone-sized screen
            driver.get(url("/form"));
            audit.check();

            // WHEN the respondent tabs into the radio group, moves two values on with the arrow key and submits with Enter
            new Actions(driver).sendKeys(Keys.TAB).sendKeys(Keys.SPACE).sendKeys(Keys.ARROW_RIGHT).sendKeys(Keys.ARROW_RIGHT)
                    .sendKeys(Keys.TAB).sendKeys(Keys.ENTER).perform();

            // THEN the third value was posted
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.titleIs("Saved"));
            then(posted.get()).isEqualTo("local-environment-1=3");
            audit.check();
            then(audit.problems()).isEmpty();
            then(audit.checkedPages()).containsExactlyInAnyOrder("/form", "/save");
        }
    }

    @Test
    void theAuditReportsAnUnlabelledFieldAndInlineScriptInTheCsp() {
        try (Chromium browser = Chromium.laptop()) {
            PageAudit audit = new PageAudit(browser);
            browser.driver().get(url("/bad"));

            audit.check();

            then(audit.problems()).hasSize(2);
            then(audit.problems().get(0)).contains("critical label");
            then(audit.problems().get(1)).contains("CSP of /bad: scripts allowed too widely ('self' 'unsafe-inline')");
        }
    }

    private String url(String path) {
        return "http://127.0.0.1:%d%s".formatted(server.getAddress().getPort(), path);
    }

    private static void send(HttpExchange exchange, String html, String csp) throws IOException {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Security-Policy", csp);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }
}
