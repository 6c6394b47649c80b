package org.inclusionscan.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.inclusionscan.server.InclusionServer;
import org.inclusionscan.server.TestDatabase;
import org.inclusionscan.server.mail.SmtpSettings;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 23, item 5, over HTTP and through a real SMTP server (GreenMail, in this process, on a free
 * port): personal links to a pasted list, each address its own working link; a submit deletes the
 * address; reminders reach only those who have not handed in; a list with bad entries is refused by
 * line; a mail server that is down gives a located message and "send again" sends each mail once;
 * invitations arrive by mail; closing and erasing forget every address. On H2, and on PostgreSQL
 * with {@code -Dinclusion.test.db=postgresql}.
 */
class MailFlowTest {

    private static final String EMAIL = "mailer@example.org";
    private static final String ADMIN = "admin-mail@example.org";
    private static final String PASSWORD = "a long enough password";
    private static final Pattern LINK = Pattern.compile("(http://[^\\s]+/answer/([A-Za-z0-9_-]+))");

    private static GreenMail smtp;
    private static InclusionServer server;

    @BeforeAll
    static void start() {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        server = InclusionServer.start(TestDatabase.serverConfig().withSmtp(settings(smtp.getSmtp().getPort())));
        server.services().accounts().addCoordinator(EMAIL, PASSWORD);
        server.services().platform().addAdmin(ADMIN, PASSWORD);
    }

    @AfterAll
    static void stop() {
        server.close();
        smtp.stop();
    }

    @BeforeEach
    void emptyMailboxes() throws Exception {
        smtp.purgeEmailFromAllMailboxes();
    }

    private static SmtpSettings settings(int port) {
        return SmtpSettings.parse("smtp://127.0.0.1:" + port, "inclusietracker@example.org", null, null);
    }

    private static Browser loggedIn(InclusionServer on, String email) {
        Browser browser = new Browser(on.url());
        browser.get("/login");
        assertThat(browser.post("/login", Map.of("email", email, "password", PASSWORD)).status()).isEqualTo(303);
        return browser;
    }

    /** A round with three numbered personal links, in Dutch and French, closing on 2099-03-31. */
    private static String round(Browser browser, String name) {
        browser.get("/rounds/new");
        Map<String, String> fields = new LinkedHashMap<>(Map.of("name", name, "region", "brussels", "sector",
                "local-service-centre", "minRespondents", "3", "linkKind", "personal", "personalLinks", "3",
                "closesOn", "2099-03-31"));
        fields.put("languages", "nl");
        Browser.Page created = browser.post("/rounds", fields);
        assertThat(created.status()).as(created.body()).isEqualTo(303);
        return created.location();
    }

    private static Browser.Page mail(Browser browser, String round, String addresses, String language) {
        Document page = browser.get(round + "/mail").document();
        String key = page.selectFirst("input[name=requestKey]").attr("value");
        return browser.post(round + "/mail", Map.of("addresses", addresses, "language", language, "requestKey", key));
    }

    private static Map<String, String> linksByAddress(MimeMessage[] messages) throws MessagingException {
        Map<String, String> links = new LinkedHashMap<>();
        for (MimeMessage message : messages) {
            Matcher link = LINK.matcher(GreenMailUtil.getBody(message).replaceAll("=\\r?\\n", ""));
            assertThat(link.find()).as("a link in the mail").isTrue();
            links.put(message.getRecipients(Message.RecipientType.TO)[0].toString(), link.group(2));
        }
        return links;
    }

    private static void submit(String token) {
        Browser phone = new Browser(server.url());
        Document form = phone.get("/answer/" + token).document();
        String item = form.select("fieldset.item input[type=radio]").first().attr("name");
        Browser.Page submitted = phone.post("/answer/" + token, Map.of("page", "1", "action", "submit", item, "4"));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(303);
    }

    private static int count(String query, Object... parameters) {
        return server.database().sql().inTransaction(tx -> tx.count(query, parameters));
    }

    private static String roundId(String round) {
        return round.substring(round.lastIndexOf('/') + 1);
    }

    @Test
    void each_address_gets_its_own_working_link_and_a_submit_deletes_the_address() throws Exception {
        // GIVEN a round of the coordinator
        Browser coordinator = loggedIn(server, EMAIL);
        String round = round(coordinator, "Huis van het Kind");
        String id = roundId(round);

        // WHEN three addresses are pasted, one of them twice and in capitals, over lines, commas and semicolons
        Browser.Page sent = mail(coordinator, round, "ann@example.org\r\nbob@example.org; cy@example.org,\r\n\r\nANN@example.org",
                "nl");

        // THEN the page gives counts only, and three mails arrive, each with a link of its own
        assertThat(sent.status()).isEqualTo(200);
        String result = sent.document().select("#mail-result").text();
        assertThat(result).contains("3").contains("1 adres stond");
        assertThat(sent.body()).doesNotContain("ann@example.org").doesNotContain("/answer/");
        assertThat(smtp.waitForIncomingEmail(5000, 3)).isTrue();
        MimeMessage[] messages = smtp.getReceivedMessages();
        assertThat(messages).hasSize(3);
        Map<String, String> links = linksByAddress(messages);
        assertThat(links.keySet()).containsExactlyInAnyOrder("ann@example.org", "bob@example.org", "cy@example.org");
        assertThat(new HashSet<>(links.values())).hasSize(3);
        assertThat(messages[0].getSubject()).contains("Huis van het Kind");
        assertThat(messages[0].getFrom()[0].toString()).isEqualTo("inclusietracker@example.org");
        // the mail's promise says only what holds (docs/server.md, "Anonymity: who can learn what")
        assertThat(GreenMailUtil.getBody(messages[0]).replaceAll("=\\r?\\n", "")).contains("2099-03-31")
                .contains("worden je antwoorden bewaard zonder je naam, je e-mailadres of je link.").doesNotContain("Niemand, ook");
        // AND the mailed links are not among the numbered links the round page and the CSV show
        String roundPage = coordinator.get(round).body();
        String csv = String.join("\n", coordinator.lines(round + "/links.csv").toList());
        for (String token : links.values()) {
            assertThat(roundPage).doesNotContain(token);
            assertThat(csv).doesNotContain(token);
        }
        assertThat(coordinator.get(round).document().select("#personal-links li")).hasSize(3);
        assertThat(count("SELECT COUNT(*) FROM mail_recipients WHERE round_id = ?", id)).isEqualTo(3);

        // WHEN Ann hands in through her link
        String ann = links.get("ann@example.org");
        submit(ann);

        // THEN her address is gone from the database, in the same transaction as the submit; the others stay
        assertThat(count("SELECT COUNT(*) FROM mail_recipients WHERE address = 'ann@example.org'")).isZero();
        assertThat(count("SELECT COUNT(*) FROM mail_recipients WHERE token = ?", ann)).isZero();
        assertThat(count("SELECT COUNT(*) FROM respondent_links WHERE token = ? AND state = 'submitted'", ann)).isOne();
        assertThat(count("SELECT COUNT(*) FROM mail_recipients WHERE round_id = ?", id)).isEqualTo(2);
        assertThat(new Browser(server.url()).get("/answer/" + ann).document().select("#address-deleted")).hasSize(1);
        // AND the audit log says how many, never to whom
        assertThat(count("SELECT COUNT(*) FROM audit_log WHERE action = 'links-mailed' AND subject = '3' AND organisation_id = "
                + "(SELECT organisation_id FROM rounds WHERE id = ?)", id)).isOne();
        assertThat(count("SELECT COUNT(*) FROM audit_log WHERE subject LIKE '%ann@%' OR subject LIKE '%bob@%'")).isZero();

        // WHEN the same form comes a second time (a double click, a reload)
        Document form = coordinator.get(round + "/mail").document();
        String key = form.selectFirst("input[name=requestKey]").attr("value");
        coordinator.post(round + "/mail", Map.of("addresses", "dan@example.org", "language", "nl", "requestKey", key));
        smtp.purgeEmailFromAllMailboxes();
        Browser.Page again = coordinator.post(round + "/mail", Map.of("addresses", "dan@example.org", "language", "nl",
                "requestKey", key));

        // THEN nothing is sent again
        assertThat(again.document().select("#mail-result").text()).contains("al verstuurd");
        Thread.sleep(300);
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void reminders_reach_only_the_addresses_not_handed_in_and_go_out_once_a_day() throws Exception {
        Browser coordinator = loggedIn(server, EMAIL);
        String round = round(coordinator, "De Kade");
        mail(coordinator, round, "eva@example.org\nfons@example.org\ngreet@example.org", "nl");
        assertThat(smtp.waitForIncomingEmail(5000, 3)).isTrue();
        Map<String, String> links = linksByAddress(smtp.getReceivedMessages());
        submit(links.get("fons@example.org"));
        smtp.purgeEmailFromAllMailboxes();

        // WHEN the coordinator sends reminders
        Document page = coordinator.get(round + "/mail").document();
        assertThat(page.select("#mail-waiting").text()).isEqualTo("2");
        Browser.Page reminded = coordinator.post(round + "/reminders", Map.of());

        // THEN the two who have not handed in get one, with their own link; the coordinator sees a count
        assertThat(reminded.status()).isEqualTo(200);
        assertThat(reminded.document().select("#mail-result").text()).contains("2 herinneringen");
        assertThat(smtp.waitForIncomingEmail(5000, 2)).isTrue();
        Map<String, String> reminders = linksByAddress(smtp.getReceivedMessages());
        assertThat(reminders).containsOnly(Map.entry("eva@example.org", links.get("eva@example.org")),
                Map.entry("greet@example.org", links.get("greet@example.org")));
        assertThat(reminded.document().select("#remind-later")).hasSize(1);

        // WHEN the button is pressed again within 24 hours THEN nothing goes out, and the page says when it can
        Browser.Page tooSoon = coordinator.post(round + "/reminders", Map.of());
        assertThat(tooSoon.status()).isEqualTo(409);
        assertThat(tooSoon.body()).contains("24");
        Thread.sleep(300);
        assertThat(smtp.getReceivedMessages()).hasSize(2);
    }

    @Test
    void double_submits_of_mailed_links_racing_reminders_count_once_and_leave_no_address() throws Exception {
        // GIVEN ten mailed links, each with an answer saved
        Browser coordinator = loggedIn(server, EMAIL);
        String round = round(coordinator, "Wedloop");
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            list.append("race").append(i).append("@example.org\n");
        }
        mail(coordinator, round, list.toString(), "nl");
        assertThat(smtp.waitForIncomingEmail(5000, 10)).isTrue();
        Map<String, String> links = linksByAddress(smtp.getReceivedMessages());
        Map<String, Map<String, String>> forms = new LinkedHashMap<>();
        Map<String, Browser> phones = new LinkedHashMap<>();
        for (String token : links.values()) {
            Browser phone = new Browser(server.url());
            String item = phone.get("/answer/" + token).document().select("fieldset.item input[type=radio]").first().attr("name");
            forms.put(token, Map.of("page", "1", "action", "submit", item, "3"));
            phones.put(token, phone);
        }

        // WHEN every link is submitted twice at once (a double click) while the coordinator sends reminders
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        List<java.util.concurrent.Future<Integer>> submits = new ArrayList<>();
        java.util.concurrent.Future<Integer> reminders = pool.submit(() -> coordinator.post(round + "/reminders", Map.of()).status());
        for (Map.Entry<String, Map<String, String>> form : forms.entrySet()) {
            for (int click = 0; click < 2; click++) {
                submits.add(pool.submit(() -> phones.get(form.getKey()).post("/answer/" + form.getKey(), form.getValue()).status()));
            }
        }
        List<Integer> statuses = new ArrayList<>();
        for (java.util.concurrent.Future<Integer> submit : submits) {
            statuses.add(submit.get(2, java.util.concurrent.TimeUnit.MINUTES));
        }
        assertThat(reminders.get(2, java.util.concurrent.TimeUnit.MINUTES)).isIn(200, 409);
        pool.shutdown();

        // THEN each link counted once, the second click was refused, and no address is left
        assertThat(statuses.stream().filter(status -> status == 303)).hasSize(10);
        assertThat(statuses.stream().filter(status -> status == 409)).hasSize(10);
        assertThat(count("SELECT COUNT(*) FROM mail_recipients WHERE round_id = ?", roundId(round))).isZero();
        assertThat(count("SELECT COUNT(*) FROM respondent_links WHERE round_id = ? AND number IS NULL AND state = 'submitted'",
                roundId(round))).isEqualTo(10);
    }

    @Test
    void a_line_break_in_the_organisations_name_adds_no_header_to_the_mail() throws Exception {
        // GIVEN a round whose organisation name (from the API or an import, not the form) holds a line break and a header
        org.inclusionscan.server.model.Coordinator owner = server.services().accounts().login(EMAIL, PASSWORD, "t").coordinator();
        org.inclusionscan.server.model.Round round = server.services().rounds().create(owner,
                new org.inclusionscan.server.service.RoundService.NewRound(new org.inclusionscan.model.Organisation(
                        "Evil\r\nBcc: thief@example.org", org.inclusionscan.model.Region.FLANDERS,
                        org.inclusionscan.model.Sector.OTHER, List.of()), org.inclusionscan.questionnaire.QuestionnaireRegistry.DEFAULT_ID,
                        List.of(org.inclusionscan.model.Language.EN), null, 3, org.inclusionscan.server.model.LinkKind.PERSONAL, 1,
                        false));
        Browser coordinator = loggedIn(server, EMAIL);

        // WHEN a link is mailed
        mail(coordinator, "/rounds/" + round.id(), "victim@example.org", "en");

        // THEN one mail arrives, to the one address, with the name on one line
        assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
        Thread.sleep(300);
        MimeMessage[] messages = smtp.getReceivedMessages();
        assertThat(messages).hasSize(1);
        assertThat(messages[0].getAllRecipients()).extracting(Object::toString).containsExactly("victim@example.org");
        assertThat(messages[0].getHeader("Bcc")).isNull();
        assertThat(messages[0].getSubject()).startsWith("Evil Bcc: thief@example.org:").doesNotContain("\n");
    }

    @Test
    void a_list_with_bad_entries_is_refused_by_line_and_nothing_is_sent() throws Exception {
        Browser coordinator = loggedIn(server, EMAIL);
        String round = round(coordinator, "Buurthuis");
        String list = "good@example.org\nnot an address\nx@y; other@example.org\n@@, <script>@example.org";

        Browser.Page refused = mail(coordinator, round, list, "nl");

        assertThat(refused.status()).isEqualTo(400);
        List<String> problems = refused.document().select("#mail-problems li").eachText();
        assertThat(problems).hasSize(4);
        assertThat(problems.get(0)).startsWith("Regel 2:").contains("not an address");
        assertThat(problems.get(1)).startsWith("Regel 3:").contains("x@y");
        assertThat(problems.get(2)).startsWith("Regel 4:").contains("@@");
        assertThat(problems.get(3)).startsWith("Regel 4:").contains("<script>@example.org");
        assertThat(refused.body()).doesNotContain("<script>@");
        assertThat(refused.document().selectFirst("textarea#addresses").text()).contains("good@example.org");
        Thread.sleep(300);
        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThat(count("SELECT COUNT(*) FROM mail_recipients WHERE round_id = ?", roundId(round))).isZero();
    }

    @Test
    void a_mail_server_that_is_down_gives_a_located_message_and_sending_again_sends_each_mail_once() throws Exception {
        // GIVEN a server whose mail server is not there yet
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        try (InclusionServer down = InclusionServer.start(TestDatabase.serverConfig().withSmtp(settings(port)))) {
            down.services().accounts().addCoordinator(EMAIL, PASSWORD);
            Browser coordinator = loggedIn(down, EMAIL);
            String round = round(coordinator, "Vzw Onderweg");

            // WHEN links are mailed (the server's log caught on the way)
            java.io.ByteArrayOutputStream log = new java.io.ByteArrayOutputStream();
            java.io.PrintStream previous = System.err;
            Browser.Page failed;
            try {
                System.setErr(new java.io.PrintStream(log, true, java.nio.charset.StandardCharsets.UTF_8));
                failed = mail(coordinator, round, "hans@example.org\nines@example.org", "nl");
            } finally {
                System.setErr(previous);
            }

            // THEN the log names the mail server and what went wrong, never an address
            String logged = log.toString(java.nio.charset.StandardCharsets.UTF_8);
            assertThat(logged).contains("smtp://127.0.0.1:" + port).doesNotContain("hans@").doesNotContain("ines@");

            // THEN the page says the mail server could not be reached, and where; the mails wait
            assertThat(failed.status()).isEqualTo(200);
            assertThat(failed.document().select("#mail-failure").text()).contains("127.0.0.1:" + port);
            assertThat(failed.document().select("#mail-not-sent").text()).contains("2");
            assertThat(failed.document().select("#mail-unsent").text()).isEqualTo("2");

            // WHEN the mail server is up and the coordinator sends the waiting mails, twice
            GreenMail late = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            late.start();
            try {
                Browser.Page retried = coordinator.post(round + "/mail/unsent", Map.of());
                assertThat(retried.document().select("#mail-result").text()).contains("2");
                Browser.Page twice = coordinator.post(round + "/mail/unsent", Map.of());
                assertThat(twice.document().select("#mail-result").text()).contains("0");

                // THEN each address got exactly one mail
                assertThat(late.waitForIncomingEmail(5000, 2)).isTrue();
                Thread.sleep(300);
                MimeMessage[] messages = late.getReceivedMessages();
                List<String> to = new ArrayList<>();
                for (MimeMessage message : messages) {
                    to.add(message.getRecipients(Message.RecipientType.TO)[0].toString());
                }
                assertThat(to).containsExactlyInAnyOrder("hans@example.org", "ines@example.org");
                assertThat(twice.document().select("#send-unsent")).isEmpty();
            } finally {
                late.stop();
            }
        }
    }

    @Test
    void an_invitation_goes_by_mail_too_and_its_link_works() throws Exception {
        Browser admin = loggedIn(server, ADMIN);
        admin.get("/admin");
        Browser.Page made = admin.post("/admin/organisations", Map.of("name", "Sportclub"));
        String organisation = made.location().replace("/organisations/", "").replace("/manage", "");
        admin.get("/organisations/" + organisation + "/manage");

        Browser.Page shown = admin.post("/organisations/" + organisation + "/invitations?lang=en",
                Map.of("email", "new.coordinator@example.org"));

        assertThat(shown.status()).isEqualTo(200);
        String link = shown.document().selectFirst("input#secret").attr("value");
        assertThat(shown.document().select("#secret-mailed").text()).contains("new.coordinator@example.org");
        assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage message = smtp.getReceivedMessages()[0];
        assertThat(message.getRecipients(Message.RecipientType.TO)[0].toString()).isEqualTo("new.coordinator@example.org");
        assertThat(message.getSubject()).contains("Sportclub");
        assertThat(GreenMailUtil.getBody(message).replaceAll("=\\r?\\n", "")).contains(link);
        Browser invited = new Browser(server.url());
        String path = link.substring(server.url().length());
        assertThat(invited.get(path).status()).isEqualTo(200);
        Browser.Page accepted = invited.post(path, Map.of("password", "quiet orchard ferry 36!", "again", "quiet orchard ferry 36!"));
        assertThat(accepted.status()).isEqualTo(303);
        assertThat(accepted.location()).isEqualTo("/rounds");

        // AND a new-password link for that coordinator goes by mail too
        smtp.purgeEmailFromAllMailboxes();
        String newLink = admin.get("/organisations/" + organisation + "/manage").document()
                .selectFirst("form[action$='/link']").attr("action");
        Browser.Page passwordPage = admin.post(newLink, Map.of());
        assertThat(passwordPage.document().select("#secret-mailed")).hasSize(1);
        assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
        assertThat(GreenMailUtil.getBody(smtp.getReceivedMessages()[0]).replaceAll("=\\r?\\n", ""))
                .contains(passwordPage.document().selectFirst("input#secret").attr("value"));
    }

    @Test
    void closing_the_round_and_erasing_it_forget_every_address() throws Exception {
        Browser coordinator = loggedIn(server, EMAIL);
        String closed = round(coordinator, "Gesloten");
        String erased = round(coordinator, "Gewist");
        mail(coordinator, closed, "jo@example.org", "nl");
        mail(coordinator, erased, "kim@example.org", "nl");
        coordinator.post(erased + "/reminders", Map.of());
        assertThat(count("SELECT COUNT(*) FROM mail_recipients")).isGreaterThanOrEqualTo(2);

        assertThat(coordinator.post(closed + "/close", Map.of()).status()).isEqualTo(303);
        coordinator.get(erased + "/erase");
        assertThat(coordinator.post(erased + "/erase", Map.of("confirm", "Gewist")).status()).isEqualTo(303);

        for (String round : List.of(closed, erased)) {
            for (String table : List.of("mail_recipients", "mail_requests", "mail_reminders")) {
                assertThat(count("SELECT COUNT(*) FROM " + table + " WHERE round_id = ?", roundId(round))).as(table).isZero();
            }
        }
        assertThat(count("SELECT COUNT(*) FROM mail_recipients WHERE address IN ('jo@example.org', 'kim@example.org')")).isZero();
        // AND a closed round's mail page offers nothing more
        Document page = coordinator.get(closed + "/mail").document();
        assertThat(page.select("#mail-closed")).hasSize(1);
        assertThat(page.select("textarea")).isEmpty();
    }

    @Test
    void a_round_past_its_closing_date_forgets_its_addresses_and_sends_nothing() throws Exception {
        Browser coordinator = loggedIn(server, EMAIL);
        String round = round(coordinator, "Verlopen");
        mail(coordinator, round, "lien@example.org", "nl");
        assertThat(count("SELECT COUNT(*) FROM mail_recipients WHERE round_id = ?", roundId(round))).isOne();

        // WHEN the closing date passes (nobody closes the round) and the coordinator opens the round page
        server.database().sql().inTransaction(tx -> tx.update("UPDATE rounds SET closes_on = ? WHERE id = ?",
                java.sql.Date.valueOf(java.time.LocalDate.now().minusDays(1)), roundId(round)));
        coordinator.get(round);

        // THEN the address is gone, and neither links nor reminders go out
        assertThat(count("SELECT COUNT(*) FROM mail_recipients WHERE round_id = ?", roundId(round))).isZero();
        assertThat(coordinator.get(round + "/mail").document().select("#mail-closed")).hasSize(1);
        assertThat(coordinator.post(round + "/reminders", Map.of()).status()).isEqualTo(409);
        Document form = coordinator.get(round + "/mail").document();
        assertThat(form.select("input[name=requestKey]")).isEmpty();
    }

    @Test
    void another_coordinator_and_a_stranger_reach_nothing_of_a_rounds_mail() {
        Browser owner = loggedIn(server, EMAIL);
        String round = round(owner, "Alleen van mij");
        server.services().accounts().addCoordinator("someone.else@example.org", PASSWORD);
        Browser other = loggedIn(server, "someone.else@example.org");
        Browser stranger = new Browser(server.url());
        stranger.get("/login");

        for (Browser browser : List.of(other, stranger)) {
            int expected = browser == other ? 404 : 303;
            assertThat(browser.get(round + "/mail").status()).isEqualTo(expected);
            assertThat(browser.post(round + "/mail", Map.of("addresses", "x@example.org", "language", "nl", "requestKey", "k"))
                    .status()).isEqualTo(expected);
            assertThat(browser.post(round + "/mail/unsent", Map.of()).status()).isEqualTo(expected);
            assertThat(browser.post(round + "/reminders", Map.of()).status()).isEqualTo(expected);
        }
        assertThat(count("SELECT COUNT(*) FROM mail_recipients WHERE round_id = ?", roundId(round))).isZero();
    }

    @Test
    void a_mail_server_that_refuses_the_login_is_named_on_the_invitation_page() throws Exception {
        GreenMail guarded = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(com.icegreen.greenmail.configuration.GreenMailConfiguration.aConfig()
                        .withUser("scan", "the right password"));
        guarded.start();
        try (InclusionServer wrong = InclusionServer.start(TestDatabase.serverConfig().withSmtp(SmtpSettings.parse(
                "smtp://127.0.0.1:" + guarded.getSmtp().getPort(), "scan@example.org", "scan", "a wrong password")))) {
            wrong.services().platform().addAdmin(ADMIN, PASSWORD);
            Browser admin = loggedIn(wrong, ADMIN);
            admin.get("/admin");
            String organisation = admin.post("/admin/organisations", Map.of("name", "Slot")).location()
                    .replace("/organisations/", "").replace("/manage", "");
            admin.get("/organisations/" + organisation + "/manage");

            Browser.Page shown = admin.post("/organisations/" + organisation + "/invitations?lang=en",
                    Map.of("email", "locked@example.org"));

            assertThat(shown.status()).isEqualTo(200);
            assertThat(shown.document().selectFirst("input#secret").attr("value")).contains("/invitations/");
            assertThat(shown.document().select("#secret-mail-failed").text()).contains("refused the server's user and password")
                    .contains("127.0.0.1:" + guarded.getSmtp().getPort());
            Thread.sleep(300);
            assertThat(guarded.getReceivedMessages()).isEmpty();
        } finally {
            guarded.stop();
        }
    }

    @Test
    void the_mail_page_speaks_dutch_french_and_english() {
        Browser coordinator = loggedIn(server, EMAIL);
        String round = round(coordinator, "Talen");
        Map<String, String> titles = Map.of("nl", "Links per e-mail", "fr", "Liens par e-mail", "en", "Links by e-mail");
        for (Map.Entry<String, String> title : titles.entrySet()) {
            Document page = coordinator.get(round + "/mail?lang=" + title.getKey()).document();
            assertThat(page.selectFirst("html").attr("lang")).isEqualTo(title.getKey());
            assertThat(page.selectFirst("h1").text()).startsWith(title.getValue());
            assertThat(page.select("label[for=addresses]")).hasSize(1);
            assertThat(page.select("script:not([src])")).isEmpty();
            assertThat(coordinator.get(round + "?lang=" + title.getKey()).document().select("a#mail-link")).hasSize(1);
        }
    }

    @Test
    void without_a_mail_server_the_pages_say_so_and_the_mail_routes_do_not_exist() {
        try (InclusionServer plain = InclusionServer.start(TestDatabase.serverConfig())) {
            plain.services().accounts().addCoordinator(EMAIL, PASSWORD);
            Browser coordinator = loggedIn(plain, EMAIL);
            String round = round(coordinator, "Zonder mail");
            Document page = coordinator.get(round).document();
            assertThat(page.select("#round-mail-off").text()).contains("--smtp");
            assertThat(page.select("a#mail-link")).isEmpty();
            assertThat(coordinator.get(round + "/mail").status()).isEqualTo(404);
            assertThat(coordinator.post(round + "/reminders", Map.of()).status()).isEqualTo(404);
        }
    }
}
