package org.inclusionscan.server.browser;

import static org.assertj.core.api.BDDAssertions.then;
import static org.inclusionscan.server.testing.Keyboard.keys;
import static org.inclusionscan.server.testing.Keyboard.tabTo;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.inclusionscan.model.Language;
import org.inclusionscan.model.Organisation;
import org.inclusionscan.model.Region;
import org.inclusionscan.model.Sector;
import org.inclusionscan.model.TargetGroup;
import org.inclusionscan.questionnaire.QuestionnaireRegistry;
import org.inclusionscan.server.InclusionServer;
import org.inclusionscan.server.ServerConfig;
import org.inclusionscan.server.db.Database;
import org.inclusionscan.server.model.Coordinator;
import org.inclusionscan.server.model.LinkKind;
import org.inclusionscan.server.model.Round;
import org.inclusionscan.server.service.RoundService.NewRound;
import org.inclusionscan.server.testing.Chromium;
import org.inclusionscan.server.testing.NumberedAnswers;
import org.inclusionscan.server.testing.PageAudit;
import org.inclusionscan.server.testing.WebClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 13, item 6, in real headless Chromium: a respondent answers the whole form on a phone-sized
 * screen with the keyboard only (Tab, Space and the arrow keys in each radio group, Enter on the
 * buttons), closes the browser halfway and resumes through the same link, and submits; a coordinator
 * logs in, closes the round and reads the report. Every page on the way, and every other page of the
 * server, is checked with axe-core (no serious or critical violation) and for a CSP without inline
 * script ({@link PageAudit}).
 */
@EnabledIfSystemProperty(named = "browserTests", matches = "true")
class RespondentAndCoordinatorBrowserIT {

    private static final String EMAIL = "coordinator@example.org";
    private static final String PASSWORD = "keyboard only, please";
    /** A name with markup in it: every page must show it as text. */
    private static final String NAME = "De Linde <b>&</b> \"Ons Huis\"";
    private static final Duration WAIT = Duration.ofSeconds(20);

    private InclusionServer server;
    private Round round;
    private Round emptyRound;

    @BeforeEach
    void startServer(@TempDir Path temporary) throws Exception {
        server = InclusionServer.start(ServerConfig.forTests(Database.embeddedUrl(Files.createDirectories(temporary.resolve("data")))));
        Coordinator coordinator = server.services().accounts().addCoordinator(EMAIL, PASSWORD);
        Organisation organisation = new Organisation(NAME, Region.BRUSSELS, Sector.LOCAL_SERVICE_CENTRE, List.of(TargetGroup.values()[0]));
        round = server.services().rounds().create(coordinator, new NewRound(organisation, QuestionnaireRegistry.DEFAULT_ID,
                List.of(Language.NL, Language.FR, Language.EN), null, 3, LinkKind.SHARED, 0, false));
        emptyRound = server.services().rounds().create(coordinator, new NewRound(organisation, QuestionnaireRegistry.DEFAULT_ID,
                List.of(Language.NL), null, 5, LinkKind.PERSONAL, 2, false));
        // Two colleagues answered already (without a browser), so the report can show with the minimum of 3.
        for (int colleague = 1; colleague <= 2; colleague++) {
            submitWithoutBrowser(colleague);
        }
    }

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aRespondentAnswersWithTheKeyboardOnAPhoneResumesAndACoordinatorReadsTheReport(@TempDir Path profile) {
        String joinUrl = server.url() + "/join/" + round.joinKey();
        String formUrl;
        List<String> problems = new java.util.ArrayList<>();
        java.util.Set<String> checked = new java.util.TreeSet<>();
        int pages;

        // GIVEN a respondent on a phone who opens the shared link and answers the first page with the keyboard
        try (Chromium phone = Chromium.reopen(Chromium.PHONE_WIDTH, Chromium.PHONE_HEIGHT, profile)) {
            WebDriver driver = phone.driver();
            PageAudit audit = new PageAudit(phone);
            driver.get(joinUrl);
            audit.check();
            then(driver.findElement(By.tagName("h1")).getText()).isEqualTo(NAME);
            tabTo(driver, "button");
            keys(driver, Keys.ENTER);
            waitForUrl(driver, "/answer/");
            formUrl = driver.getCurrentUrl().replaceAll("\\?.*", "");
            audit.check();
            pages = driver.findElements(By.cssSelector("ol.steps li")).size();
            then(pages).isGreaterThan(2);
            answerPageWithKeyboard(driver, 0);
            tabTo(driver, "button[value=next]");
            keys(driver, Keys.ENTER);
            waitForUrl(driver, "page=2");
            audit.check();

            // AND gives three answers of the second page (saved by the page's script alone), then closes the browser
            answerItemsWithKeyboard(driver, 3, 100);
            new WebDriverWait(driver, WAIT).until(d -> !d.findElement(By.cssSelector(".save-status")).getText().isEmpty());
            problems.addAll(audit.problems());
            checked.addAll(audit.checkedPages());
        }

        // WHEN the same browser is started again and the same link opened
        try (Chromium phone = Chromium.reopen(Chromium.PHONE_WIDTH, Chromium.PHONE_HEIGHT, profile)) {
            WebDriver driver = phone.driver();
            PageAudit audit = new PageAudit(phone);
            driver.get(joinUrl);
            waitForUrl(driver, "/answer/");

            // THEN it resumes on the respondent's own draft, with every answer given so far
            then(driver.getCurrentUrl()).startsWith(formUrl);
            driver.get(formUrl + "?page=2");
            then(driver.findElements(By.cssSelector("input[type=radio]:checked"))).hasSize(3);
            driver.get(formUrl + "?page=1");
            int firstPageItems = driver.findElements(By.cssSelector("fieldset.item")).size();
            then(driver.findElements(By.cssSelector("input[type=radio]:checked"))).hasSize(firstPageItems);

            // WHEN they answer the rest with the keyboard, fill in the details and submit with Enter
            for (int page = 2; page < pages; page++) {
                driver.get(formUrl + "?page=" + page);
                audit.check();
                answerPageWithKeyboard(driver, page);
                tabTo(driver, "button[value=next]");
                keys(driver, Keys.ENTER);
                waitForUrl(driver, "page=" + (page + 1));
            }
            audit.check();
            tabTo(driver, "#role");
            keys(driver, Keys.ARROW_DOWN, Keys.ARROW_DOWN);
            tabTo(driver, "#note");
            keys(driver, "Meer tijd voor de buurt <script>alert(1)</script>");
            tabTo(driver, "button[value=submit]");
            keys(driver, Keys.ENTER);
            new WebDriverWait(driver, WAIT).until(ExpectedConditions.not(ExpectedConditions.urlContains("page=")));
            audit.check();

            // THEN the answers are handed in: the link now only says thank you
            then(server.services().database()).isNotNull();
            then(driver.findElements(By.cssSelector("input[type=radio]"))).isEmpty();
            driver.get(joinUrl);
            audit.check();
            problems.addAll(audit.problems());
            checked.addAll(audit.checkedPages());
        }

        // WHEN the coordinator logs in on a laptop, closes the round and reads the report
        try (Chromium laptop = Chromium.laptop()) {
            WebDriver driver = laptop.driver();
            PageAudit audit = new PageAudit(laptop);
            for (String page : List.of("/", "/login", "/no-such-page")) {
                driver.get(server.url() + page);
                audit.check();
            }
            driver.get(server.url() + "/login");
            tabTo(driver, "#email");
            keys(driver, EMAIL);
            tabTo(driver, "#password");
            keys(driver, PASSWORD, Keys.ENTER);
            waitForUrl(driver, "/rounds");
            audit.check();
            for (String page : List.of("/rounds/new", "/rounds/import", "/rounds/" + emptyRound.id(),
                    "/rounds/" + emptyRound.id() + "/report", "/rounds/" + round.id())) {
                driver.get(server.url() + page);
                audit.check();
            }
            then(driver.findElement(By.tagName("body")).getText()).contains(NAME);
            driver.findElement(By.cssSelector("form[action$='/close'] button")).click();
            new WebDriverWait(driver, WAIT).until(d -> d.findElements(By.cssSelector("form[action$='/close']")).isEmpty());
            audit.check();
            driver.findElement(By.cssSelector("ul.reports a")).click();
            waitForUrl(driver, "/report");
            audit.check();

            // THEN the report shows the three respondents' scores
            String report = driver.findElement(By.tagName("body")).getText();
            then(report).contains(NAME).contains("3");

            // WHEN the logged-in coordinator opens the round's shared link (issue 20, item 3)
            driver.get(joinUrl);
            audit.check();

            // THEN the page says why they cannot answer here, and they log out with the keyboard
            then(driver.findElement(By.id("own-round")).getText()).isNotBlank();
            then(driver.findElements(By.cssSelector("input[type=radio]"))).isEmpty();
            tabTo(driver, "#own-round-logout");
            keys(driver, Keys.ENTER);
            new WebDriverWait(driver, WAIT).until(d -> d.findElements(By.id("own-round-logout")).isEmpty());
            driver.get(joinUrl);
            then(driver.findElements(By.id("own-round"))).isEmpty();
            then(driver.findElement(By.tagName("h1")).getText()).isEqualTo(NAME);
            problems.addAll(audit.problems());
            checked.addAll(audit.checkedPages());
        }

        // AND a respondent who comes late finds the round closed
        try (Chromium phone = Chromium.phone()) {
            PageAudit audit = new PageAudit(phone);
            phone.driver().get(joinUrl);
            audit.check();
            phone.driver().get(formUrl);
            audit.check();
            problems.addAll(audit.problems());
            checked.addAll(audit.checkedPages());
        }

        // THEN no page had a serious or critical axe violation or a CSP that lets inline script run
        System.out.println("Pages checked with axe and for their CSP: " + checked);
        then(problems).isEmpty();
        then(checked).contains("/join/{token}", "/answer/{token}", "/login", "/rounds", "/rounds/new", "/rounds/import",
                "/rounds/{token}", "/rounds/{token}/report", "/no-such-page", "/");
    }

    /** Answers every item of the page: Tab into each radio group, Space for the first value, arrows to the wanted one. */
    private static void answerPageWithKeyboard(WebDriver driver, int seed) {
        answerItemsWithKeyboard(driver, driver.findElements(By.cssSelector("fieldset.item")).size(), seed);
    }

    private static void answerItemsWithKeyboard(WebDriver driver, int count, int seed) {
        List<WebElement> items = driver.findElements(By.cssSelector("fieldset.item"));
        tabTo(driver, "fieldset.item input[type=radio]");
        List<String> values = List.of("1", "2", "3", "4", "5", "dont-know");
        for (int i = 0; i < count; i++) {
            int wanted = (i + seed) % 6;
            // Tab lands on the checked value of a group, or on its first value when none is checked yet.
            List<WebElement> checkedBefore = items.get(i).findElements(By.cssSelector("input:checked"));
            int at = checkedBefore.isEmpty() ? 0 : values.indexOf(checkedBefore.get(0).getAttribute("value"));
            Actions actions = new Actions(driver).sendKeys(Keys.SPACE);
            for (int s = at; s != wanted; s += wanted > at ? 1 : -1) {
                actions.sendKeys(wanted > at ? Keys.ARROW_RIGHT : Keys.ARROW_LEFT);
            }
            actions.perform();
            WebElement checked = items.get(i).findElement(By.cssSelector("input:checked"));
            then(checked.getAttribute("value")).isEqualTo(values.get(wanted));
            if (i + 1 < count) {
                keys(driver, Keys.TAB);
            }
        }
    }

    private static void waitForUrl(WebDriver driver, String part) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlContains(part));
    }

    private void submitWithoutBrowser(int colleague) throws Exception {
        WebClient client = new WebClient();
        URI join = URI.create(server.url() + "/join/" + round.joinKey());
        client.get(join);
        HttpResponse<String> joined = client.post(join, Map.of());
        URI form = URI.create(server.url() + joined.headers().firstValue("Location").orElseThrow());
        Map<String, Object> answers = NumberedAnswers.of(colleague * 1000);
        client.get(form);
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        answers.forEach((item, value) -> fields.put(item, value.toString()));
        then(client.post(URI.create(form + "/answers"), fields).statusCode()).isEqualTo(204);
        then(client.post(form, Map.of("action", "submit")).statusCode()).isEqualTo(303);
    }
}
