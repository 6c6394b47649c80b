package org.inclusionscan.server.browser;

import static org.assertj.core.api.BDDAssertions.then;
import static org.inclusionscan.server.testing.Keyboard.keys;
import static org.inclusionscan.server.testing.Keyboard.tabTo;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.inclusionscan.rules.Advisor;
import org.inclusionscan.server.InclusionServer;
import org.inclusionscan.server.ServerConfig;
import org.inclusionscan.server.db.Database;
import org.inclusionscan.server.service.RuleSetInUse;
import org.inclusionscan.server.testing.Chromium;
import org.inclusionscan.server.testing.PageAudit;
import org.inclusionscan.server.testing.RulesDirectories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 23, item 7, in headless Chromium with the keyboard: an administrator makes an organisation,
 * invites a coordinator (who opens the link in another browser and chooses a password), makes an
 * API token that the API then takes, and uploads a factor table. Every page on the way passes axe
 * and has a CSP without inline script.
 */
@EnabledIfSystemProperty(named = "browserTests", matches = "true")
class PlatformBrowserIT {

    private static final String ADMIN = "admin@platform.example";
    private static final String PASSWORD = "keyboard walrus pepper 61";
    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void anAdministratorInvitesACoordinatorMakesATokenAndUploadsATable(@TempDir Path temporary) throws Exception {
        Path rules = RulesDirectories.dataOnly(temporary.resolve("rules"));
        RuleSetInUse ruleSet = RuleSetInUse.watching(Advisor.builder().rulesDirectory(rules).dataOnly(true).buildReloading(), true,
                false, null, Clock.systemUTC());
        String url = Database.embeddedUrl(Files.createDirectories(temporary.resolve("data")));
        Database database = Database.open(url, null, null);
        List<String> problems = new ArrayList<>();
        Set<String> checked = new TreeSet<>();
        try (InclusionServer server = InclusionServer.start(ServerConfig.forTests(url), database, ruleSet)) {
            server.services().platform().addAdmin(ADMIN, PASSWORD);
            String invitation;
            String token;
            try (Chromium laptop = Chromium.laptop()) {
                WebDriver driver = laptop.driver();
                PageAudit audit = new PageAudit(laptop);
                // GIVEN the administrator, logged in with the keyboard
                driver.get(server.url() + "/login?lang=en");
                tabTo(driver, "#email");
                keys(driver, ADMIN);
                tabTo(driver, "#password");
                keys(driver, PASSWORD, Keys.ENTER);
                waitForUrl(driver, "/rounds");
                tabTo(driver, "#nav-admin");
                keys(driver, Keys.ENTER);
                waitForUrl(driver, "/admin");
                audit.check();

                // WHEN they make an organisation and invite its coordinator
                tabTo(driver, "#name");
                keys(driver, "Buurtwerk <De Linde>", Keys.ENTER);
                waitForUrl(driver, "/manage");
                audit.check();
                then(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Buurtwerk <De Linde>");
                tabTo(driver, "#email");
                keys(driver, "ann@linde.example", Keys.ENTER);
                new WebDriverWait(driver, WAIT).until(d -> !d.findElements(By.cssSelector("input#secret")).isEmpty());
                audit.check();
                invitation = driver.findElement(By.cssSelector("input#secret")).getAttribute("value");
                then(invitation).startsWith(server.url() + "/invitations/");

                // AND make an API token for a case system
                tabTo(driver, "a[href$='/manage']");
                keys(driver, Keys.ENTER);
                waitForUrl(driver, "/manage");
                tabTo(driver, "#token-name");
                keys(driver, "Case system", Keys.ENTER);
                new WebDriverWait(driver, WAIT).until(d -> !d.findElements(By.cssSelector("input#secret")).isEmpty());
                audit.check();
                token = driver.findElement(By.cssSelector("input#secret")).getAttribute("value");

                // AND upload a factor table (the file picker takes the path; the rest is the keyboard)
                driver.get(server.url() + "/admin");
                Path table = temporary.resolve("factor-weak.csv");
                // The tools of the first row in another order: a change that passes the check and the scenarios.
                List<String> rows = new ArrayList<>(Files.readAllLines(rules.resolve("factor-weak.csv"), StandardCharsets.UTF_8));
                String[] cells = rows.get(1).split(",", 4);
                List<String> tools = new ArrayList<>(List.of(cells[3].replace("\"", "").split(",\\s*")));
                java.util.Collections.reverse(tools);
                rows.set(1, cells[0] + "," + cells[1] + "," + cells[2] + ",\"" + String.join(", ", tools) + "\"");
                Files.write(table, rows, StandardCharsets.UTF_8);
                driver.findElement(By.cssSelector("input#table")).sendKeys(table.toString());
                tabTo(driver, "form[action='/admin/rules/table'] button");
                keys(driver, Keys.ENTER);
                new WebDriverWait(driver, WAIT).until(d -> !d.findElements(By.cssSelector("#table-taken, #table-problems")).isEmpty());
                audit.check();
                then(driver.findElements(By.cssSelector("#table-taken"))).hasSize(1);
                driver.get(server.url() + "/admin/audit");
                audit.check();
                then(driver.findElement(By.id("audit")).getText()).contains("ann@linde.example").contains("Case system");
                problems.addAll(audit.problems());
                checked.addAll(audit.checkedPages());
            }

            // THEN the invited coordinator chooses a password in another browser and lands on their rounds
            try (Chromium other = Chromium.laptop()) {
                WebDriver driver = other.driver();
                PageAudit audit = new PageAudit(other);
                driver.get(invitation);
                audit.check();
                tabTo(driver, "#password");
                keys(driver, "lilac canyon drummer 74");
                tabTo(driver, "#again");
                keys(driver, "lilac canyon drummer 74", Keys.ENTER);
                waitForUrl(driver, "/rounds");
                audit.check();
                problems.addAll(audit.problems());
                checked.addAll(audit.checkedPages());
            }

            // AND the token opens the API for the organisation
            HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url()
                    + "/api/v1/rounds")).header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"organisation\": {\"name\": \"x\", \"region\": \"flanders\", "
                            + "\"sector\": \"community-work\"}, \"minRespondents\": 3}")).build(), HttpResponse.BodyHandlers.ofString());
            then(created.statusCode()).as(created.body()).isEqualTo(201);
        }
        System.out.println("Pages checked with axe and for their CSP: " + checked);
        then(problems).isEmpty();
        then(checked).contains("/admin", "/admin/audit");
    }

    private static void waitForUrl(WebDriver driver, String part) {
        new WebDriverWait(driver, WAIT).until(d -> d.getCurrentUrl().contains(part));
    }
}
