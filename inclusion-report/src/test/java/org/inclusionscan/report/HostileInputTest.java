package org.inclusionscan.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.inclusionscan.model.Language;
import org.inclusionscan.model.Organisation;
import org.inclusionscan.model.ScanResult;
import org.inclusionscan.scan.Scan;
import org.junit.jupiter.api.Test;

/** What a user types (organisation name, notes) is shown as text and never runs as markup or a formula. */
class HostileInputTest {

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String ATTRIBUTE = "\"><img src=x onerror=alert(1)>";
    static final String LINK = "[x](javascript:alert(1))";
    static final String FORMULA = "=HYPERLINK(\"http://example.invalid\",\"x\")";

    static ScanResult hostileResult() {
        return hostileResult(SCRIPT + " " + ATTRIBUTE + " " + LINK);
    }

    static ScanResult hostileResult(String name) {
        Scan scan = Fixtures.readScan("de-linde-2026");
        Organisation organisation = scan.organisation();
        Organisation hostile = new Organisation(name, organisation.region(), organisation.sector(),
                organisation.targetGroups(), ATTRIBUTE + "\n# heading\n" + LINK);
        java.util.List<org.inclusionscan.scan.Respondent> respondents = new java.util.ArrayList<>(scan.respondents());
        var first = respondents.get(0);
        respondents.set(0, new org.inclusionscan.scan.Respondent(first.id(), first.role(), first.answers(),
                LINK + " " + SCRIPT + "\n- list"));
        return Fixtures.result(new Scan(hostile, scan.questionnaireId(), scan.date(), respondents,
                SCRIPT + " ![img](http://example.invalid/x.png) <b>bold</b> &amp;"));
    }

    @Test
    void htmlEscapesEveryUserString() {
        // GIVEN an organisation whose name and notes hold markup
        ScanResult result = hostileResult();

        // WHEN the HTML report is rendered
        String html = Reporter.defaults().render(result, ReportFormat.HTML, Fixtures.options(Language.NL));

        // THEN no element or attribute comes from the user's strings (the file is also checked by axe-core)
        writeForAccessibilityCheck("hostile-names.nl.html", html);
        assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContain("onerror=alert(1)>")
                .doesNotContain("<b>bold").doesNotContain("href=\"javascript");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").contains("&quot;&gt;&lt;img src=x");
    }

    static void writeForAccessibilityCheck(String name, String html) {
        try {
            java.nio.file.Files.createDirectories(GoldenFileTest.OUTPUT);
            java.nio.file.Files.writeString(GoldenFileTest.OUTPUT.resolve(name), html);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void markdownEscapesEveryUserString() {
        String markdown = Reporter.defaults().render(hostileResult(), ReportFormat.MARKDOWN, Fixtures.options(Language.NL));

        // no raw HTML, no link or image, no heading opened from a note
        assertThat(Pattern.compile("(?<!\\\\)<(script|img|b)\\b").matcher(markdown).find()).isFalse();
        assertThat(Pattern.compile("(?<!\\\\)\\]\\(").matcher(markdown).find()).isFalse();
        assertThat(Pattern.compile("(?<!\\\\)!\\[").matcher(markdown).find()).isFalse();
        assertThat(markdown).doesNotContain("\n# heading");
        assertThat(markdown).contains("\\<script\\>alert(1)\\</script\\>").contains("\\[x\\](javascript:alert(1))");
    }

    @Test
    void csvDefusesFormulas() {
        String csv = Reporter.defaults().render(hostileResult(FORMULA), ReportFormat.CSV, Fixtures.options(Language.EN));

        String firstRow = csv.lines().skip(1).findFirst().orElseThrow();
        assertThat(firstRow).startsWith("\"'=HYPERLINK(\"\"http://example.invalid\"\",\"\"x\"\")\",");
        assertThat(csv.lines().skip(1)).allSatisfy(line -> assertThat(line).doesNotStartWith("="));
    }

    @Test
    void jsonCarriesUserStringsAsPlainStrings() {
        String json = Reporter.defaults().render(hostileResult(), ReportFormat.JSON, Fixtures.options(Language.EN));

        assertThat(json).contains("\"name\" : \"<script>alert(1)</script> \\\"><img src=x onerror=alert(1)> " + LINK + "\"");
    }
}
