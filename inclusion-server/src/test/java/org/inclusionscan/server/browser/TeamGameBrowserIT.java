package org.inclusionscan.server.browser;

import static org.assertj.core.api.BDDAssertions.then;
import static org.inclusionscan.server.testing.Keyboard.keys;
import static org.inclusionscan.server.testing.Keyboard.tabTo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import org.inclusionscan.model.Role;
import org.inclusionscan.server.InclusionServer;
import org.inclusionscan.server.ServerConfig;
import org.inclusionscan.server.db.Database;
import org.inclusionscan.server.model.Coordinator;
import org.inclusionscan.server.model.Round;
import org.inclusionscan.server.service.DemoData;
import org.inclusionscan.server.service.TeamSessionService;
import org.inclusionscan.server.testing.Chromium;
import org.inclusionscan.server.testing.Decoders;
import org.inclusionscan.server.testing.PageAudit;
import org.inclusionscan.session.Card;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 22 in real headless Chromium, as a newcomer meets it in the demo: the coordinator prints the
 * join poster (its QR code decoded from a screenshot with zbarimg is the round's shared link, and the
 * printed PDF carries the link and the code), starts a team session on a 1280x720 screen, three
 * phone-sized windows join by the link in the screen's QR code, the team plays three cards with the
 * reveal (the screen shows only how many placed until R is pressed), the coordinator ends the session
 * and prints the action plan (every agreement found with pdftotext). The projector screen's statement,
 * both distributions, code and QR code lie inside the window at 1280x720 and 1920x1080, before the places,
 * with them and after the reveal, in type large enough for the back of a room ({@link #LARGE_TYPE}).
 * Slips of personal links are decoded one by one and print on one A4 page, and a plan of ten agreements
 * prints on one A4 page. Every page is checked with axe-core and for its CSP ({@link PageAudit}).
 */
@EnabledIfSystemProperty(named = "browserTests", matches = "true")
class TeamGameBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(20);
    /** What the projector must show without scrolling once a card is shown. */
    private static final List<String> ON_SCREEN = List.of("#card-progress", "#card-title", "#statement", "#distribution",
            "#earlier-head", "#now-head", "#live-status", "#session-code", "#session-qr", "#reveal");
    /**
     * The least computed font size, in CSS pixels, of what the back of the room must read on the projector:
     * the statement, the distributions' place labels, heads and counts, and the join code.
     */
    private static final Map<String, Double> LARGE_TYPE = linked("#statement", 32.0, "#distribution th", 24.0,
            "#distribution .count", 24.0, "#live-status", 24.0, "#session-code", 48.0);
    /** The least height, in CSS pixels, of the distributions' bars. */
    private static final double BAR_HEIGHT = 24.0;

    private InclusionServer server;
    private DemoData.Login demo;
    private Coordinator coordinator;
    private final List<Chromium> browsers = new ArrayList<>();
    private final List<PageAudit> audits = new ArrayList<>();

    @BeforeEach
    void startDemo(@TempDir Path temporary) throws Exception {
        server = InclusionServer.start(ServerConfig.forTests(Database.embeddedUrl(Files.createDirectories(temporary.resolve("data")))));
        demo = DemoData.load(server.database(), Clock.systemDefaultZone());
        coordinator = server.services().accounts().login(demo.email(), demo.password(), "test").coordinator();
    }

    @AfterEach
    void stopEverything() {
        try {
            for (Chromium browser : browsers) {
                try {
                    browser.close();
                } catch (RuntimeException e) {
                    System.err.println("Closing a browser failed: " + e);
                }
            }
        } finally {
            browsers.clear();
            if (server != null) {
                server.close();
            }
        }
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void aNewcomerPrintsThePosterPlaysThreeCardsWithTheRevealAndPrintsThePlan() throws Exception {
        // GIVEN the demo's coordinator, logged in with the keyboard on a 1280x720 screen
        Chromium projector = open(Chromium.open(1280, 900));
        WebDriver screen = projector.driver();
        projectorViewport(projector, 1280, 720);
        PageAudit screenAudit = audit(projector);
        screen.get(server.url() + "/login");
        tabTo(screen, "#email");
        keys(screen, demo.email());
        tabTo(screen, "#password");
        keys(screen, demo.password(), Keys.ENTER);
        waitForUrl(screen, "/rounds");

        // WHEN the coordinator opens the poster of the demo's open round
        screen.get(server.url() + "/rounds/" + demo.openRoundId());
        String sharedLink = text(screen, "#shared-link");
        tabTo(screen, "a#poster-link");
        keys(screen, Keys.ENTER);
        waitForUrl(screen, "/poster");
        screenAudit.check();

        // THEN its QR code is the round's shared link, and the printed poster (one A4) has the link and the join code
        byte[] posterShot = ((TakesScreenshot) screen).getScreenshotAs(OutputType.BYTES);
        Files.write(Files.createDirectories(Path.of("target", "browser-prints")).resolve("poster.png"), posterShot);
        then(Decoders.qrCodes(posterShot)).containsExactly(sharedLink);
        byte[] poster = print(screen, "poster");
        then(Decoders.pdfPages(poster)).isEqualTo(1);
        then(Decoders.pdfText(poster)).contains(sharedLink).contains(demo.joinCode()).contains("Het Anker");

        // WHEN the coordinator starts a team session on the closed Lindegem round
        String lindegem = server.services().rounds().roundsOf(coordinator).stream()
                .filter(summary -> summary.round().organisation().name().contains("Lindegem")).findFirst().orElseThrow().round().id();
        screen.get(server.url() + "/rounds/" + lindegem);
        tabTo(screen, "form[action='/rounds/" + lindegem + "/session'] button");
        keys(screen, Keys.ENTER);
        waitForUrl(screen, "/sessions/");
        String screenUrl = screen.getCurrentUrl();
        screenAudit.check();

        // THEN the card, both distributions, the code and its QR code fit the screen; the QR code is the join link
        then(viewport(screen)).isEqualTo("1280x720");
        then(outsideViewport(screen)).isEmpty();
        then(smallType(screen)).isEmpty();
        String code = text(screen, "#session-code");
        List<String> screenCodes = qrCodes(screen);
        then(screenCodes).hasSize(1);
        String joinLink = screenCodes.get(0);
        then(joinLink).endsWith("/play?code=" + code).isEqualTo(screen.findElement(By.id("join-link")).getAttribute("href"));

        // WHEN three phone-sized windows open the QR code's link and join with the keyboard
        List<WebDriver> phones = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Chromium phone = open(Chromium.phone());
            PageAudit phoneAudit = audit(phone);
            WebDriver driver = phone.driver();
            driver.get(joinLink);
            then(driver.findElement(By.id("code")).getDomProperty("value")).isEqualTo(code);
            if (i == 0) {
                phoneAudit.check();
            }
            tabTo(driver, "form[action='/play'] button[type=submit]");
            keys(driver, Keys.ENTER);
            waitForUrl(driver, "/play/" + code);
            if (i == 0) {
                phoneAudit.check();
            }
            phones.add(driver);
        }

        // AND the team plays three cards: each places itself, the screen counts, the coordinator reveals with R
        int[][] places = {{2, 4, 4}, {1, 3, 5}, {5, 5, 4}};
        List<String> actions = List.of("Elke maand samen de buurt in", "Een onthaal in eenvoudige taal", "Vrijwilligers als brugfiguur");
        for (int round = 0; round < 3; round++) {
            int cardNumber = round + 1;
            waitOn(screen).until(d -> text(d, "#card-progress").startsWith("Kaart " + cardNumber + " van ") && loaded(d));
            String card = screen.findElement(By.id("card")).getAttribute("data-card");
            for (int p = 0; p < 3; p++) {
                WebDriver phone = phones.get(p);
                waitOn(phone).until(d -> card.equals(d.findElement(By.cssSelector("input[name=card]")).getAttribute("value")) && loaded(d));
                placeWithKeyboard(phone, places[round][p]);
                int placed = p + 1;
                // the screen says how many placed, never where, until the reveal
                waitOn(screen).until(d -> text(d, "#live-status").startsWith(placed + " van 3"));
                then(texts(screen, ".now-count")).containsOnly("-");
                then(screen.findElement(By.id("reveal")).isEnabled()).isEqualTo(placed >= 3);
            }
            then(text(phones.get(0), "#play-status")).contains("wachten");
            then(outsideViewport(screen)).isEmpty();
            then(smallType(screen)).isEmpty();

            keys(screen, "r");
            waitOn(screen).until(d -> "true".equals(d.findElement(By.id("card")).getAttribute("data-revealed")) && loaded(d));
            int[] expected = new int[5];
            for (int place : places[round]) {
                expected[place - 1]++;
            }
            then(texts(screen, ".now-count")).containsExactly(Integer.toString(expected[0]), Integer.toString(expected[1]),
                    Integer.toString(expected[2]), Integer.toString(expected[3]), Integer.toString(expected[4]));
            then(screen.getCurrentUrl()).isEqualTo(screenUrl);
            then(outsideViewport(screen)).isEmpty();
            then(smallType(screen)).isEmpty();
            if (round == 0) {
                screenAudit.check();
            }
            for (WebDriver phone : phones) {
                waitOn(phone).until(d -> !d.findElements(By.cssSelector(".revealed-count")).isEmpty() && loaded(d));
                then(texts(phone, ".revealed-count")).isEqualTo(texts(screen, ".now-count"));
            }
            if (round == 0) {
                audits.get(1).check();
            }
            if (round == 1) {
                // B goes back to the first card, which shows what was revealed then, and N forward again
                keys(screen, "b");
                waitOn(screen).until(d -> text(d, "#card-progress").startsWith("Kaart 1 van ") && loaded(d));
                then(texts(screen, ".now-count")).containsExactly("0", "1", "0", "2", "0");
                then(screen.findElement(By.id("reveal")).isEnabled()).isFalse();
                keys(screen, "n");
                waitOn(screen).until(d -> text(d, "#card-progress").startsWith("Kaart 2 van ") && loaded(d));
                then(texts(screen, ".now-count")).containsExactly("1", "0", "1", "0", "1");
            }

            // the team talks; the coordinator records the shared score and an agreement, and the next card comes
            tabTo(screen, "input[name=sharedScore]");
            for (int at = 1; at <= 3; at++) {
                keys(screen, at == 1 ? Keys.SPACE : Keys.ARROW_RIGHT);
            }
            tabTo(screen, "#action1");
            keys(screen, actions.get(round));
            tabTo(screen, "#role1");
            keys(screen, Keys.ARROW_DOWN);
            ((JavascriptExecutor) screen).executeScript("document.getElementById('due1').value = '2027-06-30'");
            tabTo(screen, "form.outcome button[type=submit]");
            keys(screen, Keys.ENTER);
        }
        waitOn(screen).until(d -> text(d, "#card-progress").startsWith("Kaart 4 van ") && loaded(d));

        // AND the screen fits at 1920x1080 too (a second screen of the same login), before the places, with them and revealed
        Chromium large = open(Chromium.open(1920, 1200));
        WebDriver wide = large.driver();
        projectorViewport(large, 1920, 1080);
        PageAudit wideAudit = audit(large);
        wide.get(server.url() + "/login");
        tabTo(wide, "#email");
        keys(wide, demo.email());
        tabTo(wide, "#password");
        keys(wide, demo.password(), Keys.ENTER);
        waitForUrl(wide, "/rounds");
        wide.get(screenUrl);
        then(viewport(wide)).isEqualTo("1920x1080");
        then(outsideViewport(wide)).isEmpty();
        then(smallType(wide)).isEmpty();
        String fourth = wide.findElement(By.id("card")).getAttribute("data-card");
        for (int p = 0; p < 3; p++) {
            WebDriver phone = phones.get(p);
            waitOn(phone).until(d -> fourth.equals(d.findElement(By.cssSelector("input[name=card]")).getAttribute("value")) && loaded(d));
            placeWithKeyboard(phone, p + 3);
        }
        waitOn(wide).until(d -> text(d, "#live-status").startsWith("3 van 3"));
        then(outsideViewport(wide)).isEmpty();
        then(smallType(wide)).isEmpty();
        keys(wide, "r");
        waitOn(wide).until(d -> "true".equals(d.findElement(By.id("card")).getAttribute("data-revealed")) && loaded(d));
        then(texts(wide, ".now-count")).containsExactly("0", "0", "1", "1", "1");
        then(texts(wide, ".earlier-count")).hasSize(5);
        then(outsideViewport(wide)).isEmpty();
        then(smallType(wide)).isEmpty();
        wideAudit.check();
        Files.write(Path.of("target", "browser-prints", "screen-1920x1080.png"), ((TakesScreenshot) wide).getScreenshotAs(OutputType.BYTES));
        Files.write(Path.of("target", "browser-prints", "screen-1280x720.png"), ((TakesScreenshot) screen).getScreenshotAs(OutputType.BYTES));

        // WHEN the coordinator ends the session
        tabTo(screen, "form[action$='/end'] button");
        keys(screen, Keys.ENTER);
        waitOn(screen).until(d -> !d.findElements(By.id("session-ended")).isEmpty() && loaded(d));
        screenAudit.check();

        // THEN the summary has the three shared scores beside the averages, and the action plan
        then(texts(screen, "#picture td.shared")).containsExactly("3", "3", "3");
        then(texts(screen, "#picture td.average")).hasSize(3).allMatch(mean -> mean.matches("[1-5]\\.[0-9]"));
        then(texts(screen, "#plan .plan-action")).containsExactlyElementsOf(actions);
        for (WebDriver phone : phones) {
            waitOn(phone).until(d -> !d.findElements(By.id("play-ended")).isEmpty() && loaded(d));
        }

        // WHEN the coordinator prints the plan
        tabTo(screen, "a#plan-link");
        keys(screen, Keys.ENTER);
        waitForUrl(screen, "/plan");
        screenAudit.check();
        byte[] plan = print(screen, "plan-of-three");

        // THEN the PDF is one A4 page with every agreement
        then(Decoders.pdfPages(plan)).isEqualTo(1);
        String planText = Decoders.pdfText(plan);
        then(actions).allMatch(planText::contains);
        then(planText).doesNotContain(demo.email());

        assertNoProblems(Set.of("/rounds/{token}/poster", "/sessions/{token}", "/sessions/{token}/plan", "/play", "/play/" + code));
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void aPlanOfTenAgreementsPrintsOnOneA4PageAndEverySlipsQrCodeIsItsLink() throws Exception {
        // GIVEN a session with ten agreements of the longest kind people write (5 on each of two cards)
        String lindegem = server.services().rounds().roundsOf(coordinator).stream()
                .filter(summary -> summary.round().organisation().name().contains("Lindegem")).findFirst().orElseThrow().round().id();
        TeamSessionService.Session session = server.services().sessions().start(coordinator, lindegem);
        List<String> actions = new ArrayList<>();
        for (int c = 0; c < 2; c++) {
            Card card = session.deck().cards().get(c);
            List<TeamSessionService.NewAgreement> agreements = new ArrayList<>();
            for (int a = 0; a < TeamSessionService.MAX_AGREEMENTS; a++) {
                String action = "Afspraak " + (c * 5 + a + 1) + ": elke maand een open namiddag met de buurtbewoners, "
                        + "de partners en de vrijwilligers, met een verslag voor het team";
                actions.add(action);
                agreements.add(new TeamSessionService.NewAgreement(action, Role.STAFF, LocalDate.of(2027, 6, 30), null));
            }
            server.services().sessions().record(coordinator, session.id(), card.ref().key(), 3, agreements);
        }
        server.services().sessions().end(coordinator, session.id());
        // and an open round with three personal links
        Round personal = server.services().rounds().create(coordinator, new org.inclusionscan.server.service.RoundService.NewRound(
                new org.inclusionscan.model.Organisation("Wijkhuis De Linde", org.inclusionscan.model.Region.BRUSSELS,
                        org.inclusionscan.model.Sector.LOCAL_SERVICE_CENTRE, List.of()),
                org.inclusionscan.questionnaire.QuestionnaireRegistry.DEFAULT_ID, List.of(org.inclusionscan.model.Language.NL),
                null, 3, org.inclusionscan.server.model.LinkKind.PERSONAL, 3, false));

        Chromium laptop = open(Chromium.laptop());
        WebDriver driver = laptop.driver();
        PageAudit audit = audit(laptop);
        driver.get(server.url() + "/login");
        tabTo(driver, "#email");
        keys(driver, demo.email());
        tabTo(driver, "#password");
        keys(driver, demo.password(), Keys.ENTER);
        waitForUrl(driver, "/rounds");

        // WHEN the plan is printed
        driver.get(server.url() + "/sessions/" + session.id() + "/plan");
        audit.check();
        byte[] plan = print(driver, "plan-of-ten");

        // THEN it is one A4 page with every agreement in full
        // (a cell wraps, and pdftotext may mark a wrap with a dash: letters and digits are compared)
        then(Decoders.pdfPages(plan)).isEqualTo(1);
        String text = Decoders.pdfText(plan);
        String planLetters = lettersAndDigits(text);
        then(actions).allSatisfy(action -> then(planLetters).contains(lettersAndDigits(action)));
        then(text.split("Afspraak ", -1)).hasSize(11);

        // WHEN the coordinator opens the slips of the personal links
        driver.get(server.url() + "/rounds/" + personal.id());
        List<String> links = texts(driver, "#personal-links a.link");
        tabTo(driver, "a#slips-link");
        keys(driver, Keys.ENTER);
        waitForUrl(driver, "/slips");
        audit.check();

        // THEN each slip's QR code, photographed on its own, is that slip's link
        List<WebElement> slips = driver.findElements(By.cssSelector(".slip"));
        then(slips).hasSize(3);
        for (int i = 0; i < slips.size(); i++) {
            WebElement slip = slips.get(i);
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", slip);
            then(Decoders.qrCodes(slip.getScreenshotAs(OutputType.BYTES))).as("slip " + (i + 1)).containsExactly(links.get(i));
            then(slip.findElement(By.cssSelector(".link")).getText()).isEqualTo(links.get(i));
        }
        // and they print on one A4 page with every link
        // (a link wraps on a slip, and pdftotext may mark a wrap with a dash: letters and digits are compared)
        byte[] slipsPdf = print(driver, "slips");
        then(Decoders.pdfPages(slipsPdf)).isEqualTo(1);
        String slipsText = lettersAndDigits(Decoders.pdfText(slipsPdf));
        then(links).allSatisfy(link -> then(slipsText).contains(lettersAndDigits(link)));

        assertNoProblems(Set.of("/sessions/{token}/plan", "/rounds/{token}/slips"));
    }

    /** Every selector of {@link #ON_SCREEN} that is missing or not wholly inside the window, unscrolled. */
    private static List<String> outsideViewport(WebDriver driver) {
        @SuppressWarnings("unchecked")
        List<String> outside = (List<String>) ((JavascriptExecutor) driver).executeScript(
                "window.scrollTo(0, 0);"
                + "return arguments[0].map(function (selector) {"
                + "  var element = document.querySelector(selector);"
                + "  if (!element) { return selector + ' is missing'; }"
                + "  var box = element.getBoundingClientRect();"
                + "  var inside = box.width > 0 && box.height > 0 && box.top >= 0 && box.left >= 0"
                + "    && box.bottom <= window.innerHeight && box.right <= window.innerWidth;"
                + "  return inside ? null : selector + ' at ' + Math.round(box.left) + ',' + Math.round(box.top) + ' to '"
                + "    + Math.round(box.right) + ',' + Math.round(box.bottom) + ' in ' + window.innerWidth + 'x' + window.innerHeight;"
                + "}).filter(function (problem) { return problem !== null; });", ON_SCREEN);
        return outside;
    }

    /**
     * Every selector of {@link #LARGE_TYPE} whose smallest computed font size is below its minimum (or that is
     * missing), and every distribution bar thinner than {@link #BAR_HEIGHT}; the sizes measured are printed.
     */
    private static List<String> smallType(WebDriver driver) {
        @SuppressWarnings("unchecked")
        Map<String, Object> measured = (Map<String, Object>) ((JavascriptExecutor) driver).executeScript(
                "var sizes = {};"
                + "Object.keys(arguments[0]).forEach(function (selector) {"
                + "  var least = null;"
                + "  document.querySelectorAll(selector).forEach(function (element) {"
                + "    var size = parseFloat(window.getComputedStyle(element).fontSize);"
                + "    least = least === null ? size : Math.min(least, size);"
                + "  });"
                + "  sizes[selector] = least;"
                + "});"
                + "var bars = Array.prototype.map.call(document.querySelectorAll('svg.bar'), function (bar) {"
                + "  return bar.getBoundingClientRect().height; });"
                + "sizes['svg.bar height'] = bars.length ? Math.min.apply(null, bars) : null;"
                + "return sizes;", LARGE_TYPE);
        System.out.println("Projector type at " + viewport(driver) + " (CSS px): " + measured);
        List<String> problems = new ArrayList<>();
        Map<String, Double> minimums = new LinkedHashMap<>(LARGE_TYPE);
        minimums.put("svg.bar height", BAR_HEIGHT);
        minimums.forEach((selector, minimum) -> {
            Object size = measured.get(selector);
            if (!(size instanceof Number number) || number.doubleValue() < minimum) {
                problems.add(selector + " is " + size + " px, less than " + minimum + " px");
            }
        });
        return problems;
    }

    private static Map<String, Double> linked(Object... selectorsAndSizes) {
        Map<String, Double> map = new LinkedHashMap<>();
        for (int i = 0; i < selectorsAndSizes.length; i += 2) {
            map.put((String) selectorsAndSizes[i], (Double) selectorsAndSizes[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }

    /** Only the letters and digits of a text, to compare what a PDF wraps and hyphenates. */
    private static String lettersAndDigits(String text) {
        return text.replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** The page gets exactly width x height CSS pixels, as on a projector (the headless window keeps some for itself). */
    private static void projectorViewport(Chromium browser, int width, int height) {
        browser.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride",
                java.util.Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    private static String viewport(WebDriver driver) {
        return (String) ((JavascriptExecutor) driver).executeScript("return window.innerWidth + 'x' + window.innerHeight");
    }

    private static List<String> qrCodes(WebDriver driver) {
        return Decoders.qrCodes(((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    /** The page printed on A4 through the browser's print command (Chromium's Page.printToPDF). */
    /** Kept in target/browser-prints (name.pdf) for a person to look at. */
    private static byte[] print(WebDriver driver, String name) throws java.io.IOException {
        PrintOptions options = new PrintOptions();
        options.setPageSize(new PageSize(29.7, 21.0));
        options.setBackground(true);
        String pdf = ((org.openqa.selenium.PrintsPage) driver).print(options).getContent();
        byte[] bytes = Base64.getDecoder().decode(pdf);
        Path kept = Files.createDirectories(Path.of("target", "browser-prints")).resolve(name + ".pdf");
        Files.write(kept, bytes);
        return bytes;
    }

    private Chromium open(Chromium browser) {
        browsers.add(browser);
        return browser;
    }

    private PageAudit audit(Chromium browser) {
        PageAudit audit = new PageAudit(browser);
        audits.add(audit);
        return audit;
    }

    private void assertNoProblems(Set<String> mustHaveChecked) {
        List<String> problems = new ArrayList<>();
        Set<String> checked = new TreeSet<>();
        for (PageAudit audit : audits) {
            problems.addAll(audit.problems());
            checked.addAll(audit.checkedPages());
        }
        System.out.println("Pages checked with axe and for their CSP: " + checked);
        then(problems).isEmpty();
        then(checked).containsAll(mustHaveChecked);
    }

    /** Tab into the place group, Space on the first value, arrows to the wanted one; each change is saved before the next key. */
    private static void placeWithKeyboard(WebDriver driver, int place) {
        tabTo(driver, "input[name=place]");
        for (int at = 1; at <= place; at++) {
            ((JavascriptExecutor) driver).executeScript("document.getElementById('play-status').textContent = ''");
            keys(driver, at == 1 ? Keys.SPACE : Keys.ARROW_RIGHT);
            waitOn(driver).until(d -> !text(d, "#play-status").isEmpty());
        }
        then(driver.findElement(By.cssSelector("input[name=place]:checked")).getAttribute("value")).isEqualTo(Integer.toString(place));
    }

    private static WebDriverWait waitOn(WebDriver driver) {
        WebDriverWait wait = new WebDriverWait(driver, WAIT);
        wait.ignoring(StaleElementReferenceException.class).ignoring(NoSuchElementException.class);
        return wait;
    }

    private static String text(WebDriver driver, String selector) {
        return driver.findElement(By.cssSelector(selector)).getText().strip();
    }

    private static List<String> texts(WebDriver driver, String selector) {
        return driver.findElements(By.cssSelector(selector)).stream().map(WebElement::getText).map(String::strip).toList();
    }

    private static void waitForUrl(WebDriver driver, String part) {
        waitOn(driver).until(d -> d.getCurrentUrl().contains(part) && loaded(d));
    }

    private static boolean loaded(WebDriver driver) {
        return "complete".equals(((JavascriptExecutor) driver).executeScript("return document.readyState"));
    }
}
