package org.inclusionscan.server.browser;

import static org.assertj.core.api.BDDAssertions.then;
import static org.inclusionscan.server.testing.Keyboard.keys;
import static org.inclusionscan.server.testing.Keyboard.tabTo;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.inclusionscan.model.Language;
import org.inclusionscan.model.Organisation;
import org.inclusionscan.model.Region;
import org.inclusionscan.model.Sector;
import org.inclusionscan.questionnaire.QuestionnaireRegistry;
import org.inclusionscan.server.InclusionServer;
import org.inclusionscan.server.TestDatabase;
import org.inclusionscan.server.mail.SmtpSettings;
import org.inclusionscan.server.model.Coordinator;
import org.inclusionscan.server.model.LinkKind;
import org.inclusionscan.server.model.Round;
import org.inclusionscan.server.service.RoundService.NewRound;
import org.inclusionscan.server.testing.Chromium;
import org.inclusionscan.server.testing.PageAudit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 23, items 5 and 7, in headless Chromium with the keyboard: a coordinator pastes a list with a
 * bad entry (refused, by line), corrects it, sends the links and the reminders; every page on the way,
 * in nl, fr and en, passes axe and has a CSP without inline script. The mails go through GreenMail.
 */
@EnabledIfSystemProperty(named = "browserTests", matches = "true")
class MailBrowserIT {

    private static final String EMAIL = "coordinator@mail.example";
    private static final String PASSWORD = "keyboard walrus pepper 61";
    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void aCoordinatorMailsLinksAndRemindersWithTheKeyboard() throws Exception {
        GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        List<String> problems = new ArrayList<>();
        Set<String> checked = new TreeSet<>();
        try (InclusionServer server = InclusionServer.start(TestDatabase.serverConfig().withSmtp(SmtpSettings.parse(
                "smtp://127.0.0.1:" + smtp.getSmtp().getPort(), "scan@mail.example", null, null)))) {
            Coordinator coordinator = server.services().accounts().addCoordinator(EMAIL, PASSWORD);
            Round round = server.services().rounds().create(coordinator, new NewRound(new Organisation("Buurtwerk <De Linde>",
                    Region.FLANDERS, Sector.OTHER, List.of()), QuestionnaireRegistry.DEFAULT_ID, List.of(Language.NL, Language.FR),
                    null, 3, LinkKind.PERSONAL, 2, false));
            try (Chromium laptop = Chromium.laptop()) {
                WebDriver driver = laptop.driver();
                PageAudit audit = new PageAudit(laptop);
                driver.get(server.url() + "/login?lang=en");
                tabTo(driver, "#email");
                keys(driver, EMAIL);
                tabTo(driver, "#password");
                keys(driver, PASSWORD, Keys.ENTER);
                waitForUrl(driver, "/rounds");

                // GIVEN the round page, from which the mail page is reached with the keyboard
                driver.get(server.url() + "/rounds/" + round.id());
                audit.check();
                tabTo(driver, "#mail-link");
                keys(driver, Keys.ENTER);
                waitForUrl(driver, "/mail");
                audit.check();

                // WHEN a list with a bad entry is sent THEN it is refused by line, and the list stays to correct
                tabTo(driver, "#addresses");
                keys(driver, "ann@linde.example", Keys.ENTER, "not-an-address", Keys.ENTER, "bob@linde.example");
                tabTo(driver, "form[action$='/mail'] button[type=submit]");
                keys(driver, Keys.ENTER);
                new WebDriverWait(driver, WAIT).until(d -> !d.findElements(By.id("mail-problems")).isEmpty());
                audit.check();
                then(driver.findElement(By.id("mail-problems")).getText()).contains("2").contains("not-an-address");

                // WHEN the list is corrected and sent again
                tabTo(driver, "#addresses");
                new Actions(driver).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).sendKeys(Keys.DELETE).perform();
                keys(driver, "ann@linde.example", Keys.ENTER, "bob@linde.example");
                tabTo(driver, "form[action$='/mail'] button[type=submit]");
                keys(driver, Keys.ENTER);
                new WebDriverWait(driver, WAIT).until(d -> !d.findElements(By.id("mail-result")).isEmpty());
                audit.check();

                // THEN two mails arrive, and reminders go to the same two
                then(smtp.waitForIncomingEmail(10_000, 2)).isTrue();
                tabTo(driver, "#send-reminders");
                keys(driver, Keys.ENTER);
                new WebDriverWait(driver, WAIT).until(d -> !d.findElements(By.id("remind-later")).isEmpty());
                audit.check();
                then(smtp.waitForIncomingEmail(10_000, 4)).isTrue();

                // AND the mail page is clean in every language
                for (String language : List.of("nl", "fr", "en")) {
                    driver.get(server.url() + "/rounds/" + round.id() + "/mail?lang=" + language);
                    audit.check();
                    then(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(language);
                }
                problems.addAll(audit.problems());
                checked.addAll(audit.checkedPages());
            }
        } finally {
            smtp.stop();
        }
        System.out.println("Pages checked with axe and for their CSP: " + checked);
        then(problems).isEmpty();
        then(checked).anyMatch(page -> page.endsWith("/mail"));
    }

    private static void waitForUrl(WebDriver driver, String part) {
        new WebDriverWait(driver, WAIT).until(d -> d.getCurrentUrl().contains(part));
    }
}
