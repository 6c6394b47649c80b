package org.inclusionscan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inclusionscan.report.HostileTextTest.SEMICOLON_FORMULA;
import static org.inclusionscan.report.HostileTextTest.assertNoFormulaCell;
import static org.inclusionscan.report.HostileTextTest.cells;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.inclusionscan.i18n.Texts;
import org.inclusionscan.model.Language;
import org.inclusionscan.model.Organisation;
import org.inclusionscan.model.ScanResult;
import org.inclusionscan.scan.Scan;
import org.inclusionscan.scoring.ScoreCard;
import org.inclusionscan.scoring.Scorer;
import org.inclusionscan.tools.ToolCatalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The organisation name {@code x;=cmd|' /C calc'!A0;} that Excel with ';' as list separator opened
 * as a formula (issue 12), in the report and the comparison, and the same text through a policy
 * team's {@code labels_*.properties}: every text cell is quoted and its formula starts neutralised,
 * numbers stay bare (docs/report.md, "CSV").
 */
class CsvInjectionTest {

    private static ScanResult named(String name) {
        Scan scan = Fixtures.readScan("de-linde-2026");
        Organisation organisation = scan.organisation();
        Scan renamed = new Scan(new Organisation(name, organisation.region(), organisation.sector(), organisation.targetGroups(),
                organisation.note()), scan.questionnaireId(), scan.date(), scan.respondents(), scan.note());
        return Fixtures.result(renamed);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theOrganisationNameIsTextInCommaAndSemicolonSpreadsheets(Language language) {
        ScanResult result = named(SEMICOLON_FORMULA);

        String csv = Reporter.defaults().render(result, ReportFormat.CSV, Fixtures.options(language));

        String firstRow = csv.lines().skip(1).findFirst().orElseThrow();
        assertThat(firstRow).startsWith("\"x;'=cmd|' /C calc'!A0;\",\"2026-");
        assertThat(cells(csv, ',')).contains("x;'=cmd|' /C calc'!A0;");
        assertNoFormulaCell(csv);
    }

    @Test
    void theComparisonToo() {
        ScanResult earlier = named(SEMICOLON_FORMULA);
        ScanResult later = named(SEMICOLON_FORMULA);

        String csv = Reporter.defaults().renderComparison(earlier, later, ReportFormat.CSV, Fixtures.options(Language.NL));

        assertThat(csv.lines().skip(1).findFirst().orElseThrow()).startsWith("\"x;'=cmd|' /C calc'!A0;\",");
        assertNoFormulaCell(csv);
    }

    @Test
    void aLabelFromAPolicyTeamsLabelsFileToo(@TempDir Path rules) throws IOException {
        for (Language language : Language.values()) {
            Files.writeString(rules.resolve("labels_" + language.id() + ".properties"),
                    "factor.vision=" + SEMICOLON_FORMULA + "\nreport.overall=-1+1;@SUM(A1)\n", StandardCharsets.ISO_8859_1);
        }
        Texts texts = Texts.defaults().withOverrides(rules);

        String csv = Reporter.create(texts, ToolCatalogue.defaults()).render(named("De Linde"), ReportFormat.CSV, Fixtures.options(Language.FR));

        assertThat(cells(csv, ',')).contains("x;'=cmd|' /C calc'!A0;", "'-1+1;'@SUM(A1)");
        assertNoFormulaCell(csv);
    }

    @Test
    void numbersStayBareSoSpreadsheetsReadThemAsNumbers() {
        String csv = Reporter.defaults().render(named("De Linde"), ReportFormat.CSV, Fixtures.options(Language.NL));

        String overall = csv.lines().skip(1).findFirst().orElseThrow();
        assertThat(overall).matches("\"De Linde\",\"\\d{4}-\\d\\d-\\d\\d\",\"overall\",\"overall\",\"\",\"\",\"[^\"]+\",\\d\\.\\d+,\"[a-z-]+\",\\d+,\\d+,\\d+,\\d+,,,,");
    }
}
