package org.inclusionscan.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.inclusionscan.model.Factor;
import org.inclusionscan.model.Language;
import org.inclusionscan.rules.drools.DroolsAdvisor;
import org.inclusionscan.rules.drools.RuleSetCompiler;
import org.inclusionscan.rules.drools.RuleSetSources;
import org.inclusionscan.rules.facts.FactorRuleRow;
import org.inclusionscan.tools.ToolCatalogue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The factor table as policy teams make it: saved as CSV by Excel in Dutch or Belgian settings
 * (semicolons, a byte order mark, CRLF), or kept as an Excel or LibreOffice workbook (.xlsx), read
 * by our own reader with limits; problems are named by their cell, in the user's language.
 */
class SpreadsheetTableTest {

    @TempDir
    Path rules;

    @TempDir
    Path asSaved;

    @BeforeEach
    void extendingDirectory() throws IOException {
        Files.writeString(rules.resolve("ruleset.properties"), "name=excel\nmode=extend\n");
        Files.createDirectory(rules.resolve("scenarios"));
        Files.writeString(rules.resolve("scenarios/weak-history.json"), """
                {"given": {"organisation": {"region": "flanders", "sector": "social-work"}, "factors": {"history": 2.0}},
                 "expect": {"recommendations": ["factor.history.weak"], "tools": ["opiniestuk", "inclusietafels"]}}
                """);
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = SpreadsheetTableTest.class.getResourceAsStream("excel/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

    /** The rows a table gives, as id, factor, priority and tools. */
    private List<String> rowsOf(Path directory) {
        var ruleSet = new RuleSetCompiler(ToolCatalogue.defaults()).compile(RuleSetSources.fromDirectory(directory, true));
        return describe(ruleSet.tableRows());
    }

    private static List<String> describe(List<FactorRuleRow> rows) {
        return rows.stream().map(row -> row.getId() + " " + row.getFactor().id() + " " + row.getPriority() + " " + row.getTools())
                .toList();
    }

    private static final List<String> BUNDLED_ROWS = describe(DroolsAdvisor.defaults().compiled().tableRows());

    /**
     * The rows of the table the Excel and LibreOffice fixtures were saved from (the bundled table of
     * that day, kept as excel/factor-weak-as-saved.csv): the bundled table's tool cells have changed
     * since (issue 16), the fixtures cannot follow without the spreadsheet programs.
     */
    private List<String> savedRows() throws IOException {
        Files.writeString(asSaved.resolve("ruleset.properties"), "name=as-saved\nmode=extend\n");
        Files.write(asSaved.resolve("factor-weak.csv"), fixture("factor-weak-as-saved.csv"));
        return rowsOf(asSaved);
    }

    @ParameterizedTest
    @ValueSource(strings = {"factor-weak-excel-nl-BE-csv-utf8.csv", "factor-weak-excel-nl-NL-csv.csv"})
    void aTableSavedAsCsvByExcelInDutchOrBelgianSettingsChecksClean(String fixture) throws IOException {
        // GIVEN the table as Excel saves it: semicolons, CRLF, with or without a byte order mark
        Files.write(rules.resolve("factor-weak.csv"), fixture(fixture));

        // WHEN
        CheckReport check = RuleChecker.create().dataOnly(true).check(rules);

        // THEN it is clean, says it read semicolons, and gives the bundled rows
        assertThat(check.problems()).isEmpty();
        assertThat(check.warnings()).isEmpty();
        assertThat(check.passed()).as(check.toString()).isTrue();
        assertThat(check.notes()).singleElement().satisfies(note -> {
            assertThat(note.code()).isEqualTo(RuleMessageCode.TABLE_READ_AS);
            assertThat(note.describe(Language.NL)).isEqualTo(rules.resolve("factor-weak.csv")
                    + ": gelezen als CSV met puntkomma's (;) tussen de cellen");
        });
        assertThat(rowsOf(rules)).isEqualTo(savedRows());
    }

    @ParameterizedTest(name = "inline strings: {0}")
    @ValueSource(booleans = {false, true})
    void aWorkbookGivesTheSameRowsAsTheCsv(boolean inlineStrings) throws IOException {
        // GIVEN
        Files.write(rules.resolve("factor-weak.xlsx"), Workbooks.xlsx(Workbooks.bundledRows(), inlineStrings));

        // WHEN
        CheckReport check = RuleChecker.create().dataOnly(true).check(rules);

        // THEN
        assertThat(check.passed()).as(check.toString()).isTrue();
        assertThat(check.notes()).extracting(note -> note.message(Language.EN))
                .containsExactly("read as the first sheet of an Excel workbook (.xlsx)");
        assertThat(rowsOf(rules)).isEqualTo(BUNDLED_ROWS);
    }

    @Test
    void aWorkbookSavedByLibreOfficeGivesTheSameRowsAsTheCsv() throws IOException {
        // GIVEN the nl-BE CSV, opened in LibreOffice Calc and saved as Excel 2007-365 (.xlsx)
        Files.write(rules.resolve("factor-weak.xlsx"), fixture("factor-weak-libreoffice.xlsx"));

        // WHEN
        CheckReport check = RuleChecker.create().dataOnly(true).check(rules);

        // THEN
        assertThat(check.passed()).as(check.toString()).isTrue();
        assertThat(rowsOf(rules)).isEqualTo(savedRows());
    }

    @Test
    void problemsInAWorkbookAreNamedByTheirCellInTheUsersLanguage() throws IOException {
        // GIVEN row 11 (history) with a misspelt tool, and a formula as a priority in row 5
        List<List<String>> rows = new ArrayList<>(Workbooks.bundledRows());
        rows.set(10, List.of("factor.history.weak", "history", "45", "opiniestuk, inclusietafel"));
        rows.set(4, List.of("factor.local-environment.weak", "local-environment", "=50+10", "leidraad-buurtanalyse"));
        Files.write(rules.resolve("factor-weak.xlsx"), Workbooks.xlsx(rows, false));

        // WHEN
        RuleSetException refused = catchThrowableOfType(RuleSetException.class,
                () -> Advisor.builder().rulesDirectory(rules).dataOnly(true).build());

        // THEN
        String file = rules.resolve("factor-weak.xlsx").toString();
        assertThat(refused.problems()).extracting(problem -> problem.describe(Language.NL)).containsExactly(
                file + ": C5: bevat een formule; typ de waarde zelf, een tabel bevat alleen waarden",
                file + ": D11: de tool (inclusietafel) staat niet in de toolcatalogus; bedoelt u inclusietafels?");
        assertThat(refused.problems().get(1).describe(Language.FR))
                .isEqualTo(file + ": D11: l'outil (inclusietafel) ne figure pas dans le catalogue d'outils ; vouliez-vous dire inclusietafels ?");
    }

    @Test
    void aZipBombIsRefusedWithoutBeingUnpacked() throws IOException {
        // GIVEN a "workbook" whose sheet unpacks to 100 MB of zeros (about 100 kB packed)
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("xl/worksheets/sheet1.xml", new byte[100 * 1024 * 1024]);
        Files.write(rules.resolve("factor-weak.xlsx"), Workbooks.zipBytes(parts));

        // WHEN
        long started = System.nanoTime();
        RuleSetException refused = catchThrowableOfType(RuleSetException.class,
                () -> Advisor.builder().rulesDirectory(rules).dataOnly(true).build());

        // THEN
        assertThat(refused.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(RuleMessageCode.XLSX_TOO_BIG);
            assertThat(problem.file()).isEqualTo(rules.resolve("factor-weak.xlsx").toString());
        });
        assertThat((System.nanoTime() - started) / 1_000_000).as("ms").isLessThan(5_000);
    }

    @Test
    void aWorkbookWithADtdOrAnExternalEntityIsRefusedAndNothingIsFetched() throws IOException {
        // GIVEN a sheet that tries to pull /etc/passwd into a cell
        List<List<String>> rows = Workbooks.bundledRows();
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("xl/workbook.xml", "<workbook xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                + "<sheets><sheet name=\"x\" r:id=\"rId1\"/></sheets></workbook>");
        parts.put("xl/_rels/workbook.xml.rels", "<Relationships><Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
        parts.put("xl/worksheets/sheet1.xml", "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row></sheetData></worksheet>");
        Files.write(rules.resolve("factor-weak.xlsx"), Workbooks.zip(parts));

        // WHEN
        RuleSetException refused = catchThrowableOfType(RuleSetException.class,
                () -> Advisor.builder().rulesDirectory(rules).dataOnly(true).build());

        // THEN
        assertThat(rows).isNotEmpty();
        assertThat(refused.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(RuleMessageCode.XLSX_NOT_A_WORKBOOK);
            assertThat(problem.describe(Language.EN)).doesNotContain("root:");
        });
    }

    @Test
    void aFileThatIsNotAWorkbookIsSaidSoInWordsANonProgrammerUnderstands() throws IOException {
        // GIVEN a CSV renamed to .xlsx
        Files.write(rules.resolve("factor-weak.xlsx"), fixture("factor-weak-excel-nl-BE-csv-utf8.csv"));

        // WHEN
        RuleSetException refused = catchThrowableOfType(RuleSetException.class,
                () -> Advisor.builder().rulesDirectory(rules).dataOnly(true).build());

        // THEN
        assertThat(refused.problems()).extracting(problem -> problem.describe(Language.NL)).containsExactly(
                rules.resolve("factor-weak.xlsx") + ": kan niet gelezen worden als Excel-werkmap (.xlsx); bewaar het opnieuw"
                        + " vanuit Excel of LibreOffice als .xlsx, of als CSV");
    }

    @Test
    void propertiesFilesWithAByteOrderMarkWork() throws IOException {
        // GIVEN thresholds and wording saved by an editor that writes a byte order mark
        Files.writeString(rules.resolve("thresholds.properties"), "\uFEFFfactor.weak.below=3.0\r\n", StandardCharsets.UTF_8);
        Files.writeString(rules.resolve("advice_en.properties"), "\uFEFFadvice.factor.vision.weak.title=See further\r\n",
                StandardCharsets.UTF_8);

        // WHEN
        Advisor advisor = Advisor.builder().rulesDirectory(rules).allowFailingScenarios(true).build();

        // THEN the first key of each file is read
        assertThat(advisor.thresholds().value("factor.weak.below")).isEqualTo(3.0);
        assertThat(advisor.texts().get(Language.EN, "advice.factor.vision.weak.title")).isEqualTo("See further");
        assertThat(advisor.advise(ScoreCards.fromFactorMeans(Map.of(Factor.VISION, 2.8)), Organisations.FLEMISH_SERVICE_CENTRE)
                .recommendationIds()).contains("factor.vision.weak");
    }
}
