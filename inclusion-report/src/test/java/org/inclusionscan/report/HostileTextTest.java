package org.inclusionscan.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.inclusionscan.i18n.ControlCharacters;
import org.inclusionscan.i18n.Texts;
import org.inclusionscan.model.Factor;
import org.inclusionscan.model.Language;
import org.inclusionscan.model.Role;
import org.inclusionscan.model.Organisation;
import org.inclusionscan.model.ScanResult;
import org.inclusionscan.questionnaire.Item;
import org.inclusionscan.questionnaire.Questionnaire;
import org.inclusionscan.questionnaire.QuestionnaireRegistry;
import org.inclusionscan.scan.Respondent;
import org.inclusionscan.scan.Scan;
import org.inclusionscan.scoring.ScoreCard;
import org.inclusionscan.scoring.Scorer;
import org.inclusionscan.session.AgreedPicture;
import org.inclusionscan.session.Agreement;
import org.inclusionscan.session.AgreementReview;
import org.inclusionscan.session.AgreementStatus;
import org.inclusionscan.session.CardOutcome;
import org.inclusionscan.session.CardRef;
import org.inclusionscan.session.RoundContext;
import org.inclusionscan.tools.ToolCatalogue;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Hostile text in every free-text field a report shows (docs/reliability.md, "Hostile text"): the
 * organisation's name and note, the scan's note, respondents' notes, an organisation's own
 * questionnaire (title, description, item texts) and a policy team's wording, where every text key
 * of every bundle is overridden, and the agreements of a team session and of its review (the team's own words).
 * Each field carries its own marker, so the tests also see that the
 * text is shown, as text. HTML is parsed (jsoup): no element, attribute or URL scheme that the same
 * report without hostile text lacks. Markdown: no raw tag, link, image or heading from the text.
 * CSV: no cell a spreadsheet would run as a formula.
 */
class HostileTextTest {

    /** A formula behind a ';', which Excel with ';' as list separator (nl-BE, nl-NL) opened as a formula (issue 12). */
    static final String SEMICOLON_FORMULA = "x;=cmd|' /C calc'!A0;";

    /** A terminal's clipboard write (OSC 52), a colour change and a bidi override. */
    static final String TERMINAL_CONTROL = "\u001b]52;c;eA==\u0007\u001b[32m\u202e";

    /** Markup, event handlers, URL schemes, Markdown syntax, a line break into a heading, formulas and terminal controls. */
    static String payload(String marker) {
        return SEMICOLON_FORMULA + TERMINAL_CONTROL + "=cmd|' /C calc'!A0 " + marker + " <script>alert('" + marker + "')</script>\"><img src=x onerror=alert(1)>"
                + "'><svg onload=alert(1)><a href=\"javascript:alert(1)\">x</a> [link](javascript:alert(1)) "
                + "![img](http://example.invalid/x.png) <!-- c --> &lt;b&gt; `code` *em* | cell |\n# heading " + marker;
    }

    /** The fields a report shows (the questionnaire's title and description are not shown, so not checked for presence). */
    static final List<String> SHOWN = List.of("ORGNAME", "ORGNOTE", "SCANNOTE", "RESPNOTE", "ITEMTEXT", "WORDING", "AGREEMENT",
            "REVIEWED");

    static Texts wording;
    static ScanResult hostile;
    static ScanResult plain;
    static RoundContext hostileRound;
    static final RoundContext PLAIN_ROUND = Fixtures.deLinde2026Session();

    @BeforeAll
    static void hostileScanWithOwnQuestionnaireAndWording(@TempDir Path rules) throws IOException {
        // A policy team's wording: every key of every bundle, in every language.
        for (Language language : Language.values()) {
            Properties properties = new Properties();
            for (String key : Texts.defaults().keys(language)) {
                properties.setProperty(key, payload("WORDING"));
            }
            try (Writer writer = Files.newBufferedWriter(rules.resolve("advice_" + language.id() + ".properties"), StandardCharsets.UTF_8)) {
                properties.store(writer, null);
            }
        }
        wording = Texts.defaults().withOverrides(rules);

        // An organisation's own questionnaire, found through the registry like any other.
        Scan scan = Fixtures.readScan("de-linde-2026");
        Questionnaire bundled = QuestionnaireRegistry.defaults().find(scan.questionnaireId()).orElseThrow();
        List<Item> items = new ArrayList<>();
        for (Item item : bundled.items()) {
            items.add(new Item(item.id(), item.factor(), item.dimension(), item.reversed(), everyLanguage(payload("ITEMTEXT"))));
        }
        Questionnaire own = new Questionnaire("own-questionnaire", everyLanguage(payload("QTITLE")),
                everyLanguage(payload("QTITLE")), items);
        Questionnaire found = QuestionnaireRegistry.defaults().with(own).find("own-questionnaire").orElseThrow();

        Organisation organisation = scan.organisation();
        List<Respondent> respondents = new ArrayList<>();
        for (Respondent respondent : scan.respondents()) {
            respondents.add(new Respondent(respondent.id(), respondent.role(), respondent.answers(), payload("RESPNOTE")));
        }
        Scan hostileScan = new Scan(new Organisation(payload("ORGNAME"), organisation.region(), organisation.sector(),
                organisation.targetGroups(), payload("ORGNOTE")), found.id(), scan.date(), respondents, payload("SCANNOTE"));
        ScoreCard scores = Scorer.create().score(hostileScan, found);
        hostile = new ScanResult(hostileScan, found, scores, Fixtures.advise(hostileScan, scores));
        plain = Fixtures.result(scan);
        LocalDate due = LocalDate.of(2027, 3, 31);
        hostileRound = RoundContext.of(new AgreedPicture(Fixtures.SESSION_DATE, List.of(
                CardOutcome.of(CardRef.item("network-vitality-2", Factor.NETWORK_VITALITY), 2,
                        new Agreement(Factor.NETWORK_VITALITY, payload("AGREEMENT"), Role.FRONTLINE, due, "inclusieweb")),
                CardOutcome.of(CardRef.factor(Factor.INFORMATION), 3,
                        Agreement.of(Factor.INFORMATION, payload("AGREEMENT"), Role.STAFF, due)))))
                .withReviews(List.of(new AgreementReview(Agreement.of(Factor.PARTICIPATION, payload("REVIEWED"), Role.BOARD, due),
                        Fixtures.EARLIER_SESSION_DATE, AgreementStatus.DROPPED)));
    }

    private static Map<Language, String> everyLanguage(String text) {
        Map<Language, String> texts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            texts.put(language, text);
        }
        return texts;
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void htmlShowsEveryHostileTextAsTextAndNoMarkupOfIt(Language language) {
        // GIVEN the same report without hostile text, as the measure of the report's own markup
        Document own = Jsoup.parse(Reporter.defaults().render(plain, PLAIN_ROUND, ReportFormat.HTML, Fixtures.options(language)));

        // WHEN
        String html = Reporter.create(wording, ToolCatalogue.defaults()).render(hostile, hostileRound, ReportFormat.HTML,
                Fixtures.options(language));
        Document document = Jsoup.parse(html);
        HostileInputTest.writeForAccessibilityCheck("hostile-text." + language.id() + ".html", html);

        // THEN
        assertThat(document.select("script, img, iframe, object, embed, form, base, meta[http-equiv]")).isEmpty();
        assertThat(tags(document)).isSubsetOf(tags(own));
        assertThat(attributeNames(document)).isSubsetOf(attributeNames(own)).noneMatch(name -> name.startsWith("on"));
        for (Element element : document.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                String value = attribute.getValue().replaceAll("[\\s\\x00-\\x1f]", "").toLowerCase(java.util.Locale.ROOT);
                assertThat(value).as("%s of <%s>", attribute.getKey(), element.tagName())
                        .doesNotStartWith("javascript:").doesNotStartWith("vbscript:").doesNotStartWith("data:text");
            }
        }
        assertThat(document.select("a[href]")).allSatisfy(link -> assertThat(link.attr("href")).matches("#.*|https?://.*"));
        String text = document.text();
        for (String field : SHOWN) {
            assertThat(text).as("%s is shown as text", field).contains("<script>alert('" + field + "')</script>");
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void markdownShowsEveryHostileTextWithoutItsMarkup(Language language) {
        String own = Reporter.defaults().render(plain, PLAIN_ROUND, ReportFormat.MARKDOWN, Fixtures.options(language));

        String markdown = Reporter.create(wording, ToolCatalogue.defaults()).render(hostile, hostileRound, ReportFormat.MARKDOWN,
                Fixtures.options(language));

        assertThat(rawTags(markdown)).as("raw HTML tags").isSubsetOf(rawTags(own)).doesNotContain("script", "img", "svg", "a");
        assertThat(Pattern.compile("(?<!\\\\)\\]\\((?!https?://)").matcher(markdown).find()).as("a link that is not the report's own").isFalse();
        assertThat(Pattern.compile("(?<!\\\\)!\\[").matcher(markdown).find()).as("an image").isFalse();
        assertThat(Pattern.compile("(?<!\\\\)<!--").matcher(markdown).find()).as("an HTML comment").isFalse();
        assertThat(markdown.lines()).noneMatch(line -> line.matches("\\s{0,3}#+ heading.*"));
        assertThat(markdown.chars()).as("a control character").noneMatch(c -> c != '\n' && ControlCharacters.isControl((char) (int) c));
        assertThat(markdown).contains("\\u001b\\]52;c;eA==\\u0007\\u001b\\[32m\\u202e");
        for (String field : SHOWN) {
            assertThat(markdown).as("%s is shown", field).contains(field);
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void csvHasNoCellThatASpreadsheetRunsAsAFormula(Language language) {
        String csv = Reporter.create(wording, ToolCatalogue.defaults()).render(hostile, hostileRound, ReportFormat.CSV,
                Fixtures.options(language));

        assertThat(cells(csv)).anyMatch(cell -> cell.contains("ORGNAME") && cell.contains(SEMICOLON_FORMULA.replace("=", "'=")));
        assertThat(cells(csv)).anyMatch(cell -> cell.contains("AGREEMENT")).anyMatch(cell -> cell.contains("REVIEWED"));
        assertNoFormulaCell(csv);
    }

    @Test
    void theEarlierAgreementsInAComparisonStayTextInEveryFormat() {
        // GIVEN the comparison of De Linde's two rounds with a hostile agreement of the earlier round
        RoundContext round = RoundContext.NONE.withReviews(hostileRound.reviews());
        ScanResult earlier = Fixtures.result("de-linde-2025");
        Reporter reporter = Reporter.defaults();

        // WHEN it is rendered in HTML, Markdown and CSV
        Document document = Jsoup.parse(reporter.renderComparison(earlier, plain, round, ReportFormat.HTML, Fixtures.options(Language.EN)));
        String markdown = reporter.renderComparison(earlier, plain, round, ReportFormat.MARKDOWN, Fixtures.options(Language.EN));
        String csv = reporter.renderComparison(earlier, plain, round, ReportFormat.CSV, Fixtures.options(Language.EN));

        // THEN the team's words are shown as text, never as markup or a formula
        assertThat(document.select("script, img, a[href^=javascript], [onload], [onerror]")).isEmpty();
        assertThat(document.select("svg")).as("only the chart").hasSize(1);
        assertThat(document.select("#review tbody th").text()).contains("<script>alert('REVIEWED')</script>");
        assertThat(rawTags(markdown)).as("raw HTML tags").doesNotContain("script", "img", "a");
        assertThat(markdown.lines()).noneMatch(line -> line.matches("\\s{0,3}#+ heading.*"));
        assertThat(markdown).contains("REVIEWED");
        assertThat(cells(csv)).anyMatch(cell -> cell.contains("REVIEWED"));
        assertNoFormulaCell(csv);
    }

    /**
     * No cell a spreadsheet would run, however the lines are split: at ',' (RFC 4180), at ';' (Excel
     * in a ';' locale, honouring quotes), or at every ',', ';' and line break, ignoring quotes (a
     * reader that gets the quoting wrong). A cell may start with '-' only as a number.
     */
    static void assertNoFormulaCell(String csv) {
        List<String> all = new ArrayList<>(cells(csv, ','));
        all.addAll(cells(csv, ';'));
        for (String naive : csv.split("[,;\r\n]")) {
            all.add(naive.replaceFirst("^[\" ]+", ""));
        }
        assertThat(all).allSatisfy(cell -> {
            String shown = cell.stripLeading();
            assertThat(shown).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@")
                    .doesNotStartWith("\t").doesNotStartWith("\r");
            if (shown.startsWith("-")) {
                assertThat(shown).as("a cell starting with '-' is a number").matches("-\\d+(\\.\\d+)?");
            }
        });
    }

    private static Set<String> tags(Document document) {
        Set<String> tags = new HashSet<>();
        document.getAllElements().forEach(element -> tags.add(element.tagName()));
        return tags;
    }

    private static Set<String> attributeNames(Document document) {
        Set<String> names = new HashSet<>();
        document.getAllElements().forEach(element -> element.attributes().forEach(a -> names.add(a.getKey().toLowerCase(java.util.Locale.ROOT))));
        return names;
    }

    private static Set<String> rawTags(String markdown) {
        Set<String> tags = new HashSet<>();
        Matcher matcher = Pattern.compile("(?<!\\\\)</?([A-Za-z][A-Za-z0-9-]*)").matcher(markdown);
        while (matcher.find()) {
            tags.add(matcher.group(1).toLowerCase(java.util.Locale.ROOT));
        }
        return tags;
    }

    /** The cells of an RFC 4180 document (quoted cells may hold commas, quotes and line breaks). */
    static List<String> cells(String csv) {
        return cells(csv, ',');
    }

    /** The cells of a document with this separator, quotes honoured. */
    static List<String> cells(String csv, char separator) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator || c == '\n') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c != '\r') {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
