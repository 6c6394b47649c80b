package org.inclusionscan.server.browser;

import static org.assertj.core.api.BDDAssertions.then;
import static org.inclusionscan.server.testing.Keyboard.keys;
import static org.inclusionscan.server.testing.Keyboard.tabTo;

import java.time.Clock;
import java.time.Duration;
import org.inclusionscan.server.InclusionServer;
import org.inclusionscan.server.TestDatabase;
import org.inclusionscan.server.model.Round;
import org.inclusionscan.server.service.DemoData;
import org.inclusionscan.server.service.PlatformService.ApiCaller;
import org.inclusionscan.server.testing.Chromium;
import org.inclusionscan.server.testing.PageAudit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 24 in headless Chromium with the keyboard, on the demo: the organisation's fixed pictures,
 * the administrators' choice of Anderlecht and its report, and "where you stand" in Het Anker's
 * report. Every page passes axe and has a CSP without inline script.
 */
@EnabledIfSystemProperty(named = "browserTests", matches = "true")
class BenchmarkBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void aNewcomerSeesTheirReportBesidePeersAndAMunicipalitysStartfoto() {
        try (InclusionServer server = InclusionServer.start(TestDatabase.serverConfig())) {
            DemoData.Login demo = DemoData.load(server.database(), Clock.systemDefaultZone());
            Round open = server.services().platform().roundFor(ApiCaller.PLATFORM, demo.openRoundId());
            try (Chromium laptop = Chromium.laptop()) {
                WebDriver driver = laptop.driver();
                PageAudit audit = new PageAudit(laptop);
                driver.get(server.url() + "/login?lang=en");
                tabTo(driver, "#email");
                keys(driver, demo.email());
                tabTo(driver, "#password");
                keys(driver, demo.password(), Keys.ENTER);
                waitForUrl(driver, "/rounds");

                // The organisation's own pictures, reached from its page with the keyboard
                driver.get(server.url() + "/organisations/" + open.organisationId());
                tabTo(driver, "#benchmark");
                keys(driver, Keys.ENTER);
                waitForUrl(driver, "/benchmark");
                audit.check();
                then(driver.findElement(By.cssSelector("#selection-sector td")).getText()).isEqualTo("5");
                tabTo(driver, "#selection-sector a");
                keys(driver, Keys.ENTER);
                waitForUrl(driver, "/benchmark/sector");
                audit.check();

                // The administrators' choice: Anderlecht, typed into the select, and its report
                driver.get(server.url() + "/admin");
                tabTo(driver, "#benchmark");
                keys(driver, Keys.ENTER);
                waitForUrl(driver, "/admin/benchmark");
                audit.check();
                tabTo(driver, "#municipality");
                keys(driver, "Anderlecht");
                tabTo(driver, "#selection button");
                keys(driver, Keys.ENTER);
                waitForUrl(driver, "municipality=21001");
                audit.check();
                then(driver.findElement(By.id("count")).getText()).isEqualTo("This selection holds 7 organisations.");
                tabTo(driver, "#report-html");
                keys(driver, Keys.ENTER);
                waitForUrl(driver, "/admin/benchmark/report");
                audit.check();

                // Het Anker's report with where it stands
                driver.get(server.url() + "/rounds/" + open.previousRoundId() + "/report?lang=en");
                new WebDriverWait(driver, WAIT).until(d -> !d.findElements(By.id("where-you-stand")).isEmpty());
                audit.check();
                then(driver.findElements(By.cssSelector("#where-you-stand tbody tr"))).hasSize(24);

                System.out.println("Pages checked with axe and for their CSP: " + audit.checkedPages());
                then(audit.problems()).isEmpty();
            }
        }
    }

    private static void waitForUrl(WebDriver driver, String part) {
        new WebDriverWait(driver, WAIT).until(d -> d.getCurrentUrl().contains(part));
    }
}
