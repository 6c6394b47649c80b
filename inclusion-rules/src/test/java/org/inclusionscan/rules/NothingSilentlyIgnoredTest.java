package org.inclusionscan.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.inclusionscan.model.Language;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Edits that used to do nothing without a word (issue 12): files named almost right, misspelt or
 * out-of-range thresholds, misspelt wording keys, scenarios that name unknown ids or expect
 * nothing, failing scenarios, and files that are not plain files inside the directory.
 */
class NothingSilentlyIgnoredTest {

    @TempDir
    Path rules;

    @BeforeEach
    void extendingDirectory() throws IOException {
        Files.writeString(rules.resolve("ruleset.properties"), "name=edits\nmode=extend\n");
    }

    private RuleSetException refused() {
        return catchThrowableOfType(RuleSetException.class, () -> Advisor.builder().rulesDirectory(rules).build());
    }

    @Test
    void filesNamedAlmostLikeRuleFilesAreWarnedAboutByName() throws IOException {
        // GIVEN
        for (String name : List.of("factor-weak.drl.CSV", "Thresholds.properties", "thresholds.properties.txt", "README.md",
                "~$factor-weak.xlsx", ".~lock.factor-weak.xlsx#")) {
            Files.writeString(rules.resolve(name), "x=1\n");
        }
        Files.createDirectory(rules.resolve("scenarios"));
        Files.writeString(rules.resolve("scenarios/weak.JSON"), "{}");

        // WHEN
        CheckReport check = RuleChecker.create().check(rules);

        // THEN each is named with the name it was probably meant to have; README.md and the lock files
        // Excel and LibreOffice keep while the table is open are not rule files
        assertThat(check.problems()).isEmpty();
        assertThat(check.warnings()).filteredOn(warning -> warning.code() == RuleMessageCode.SOURCE_LOOKS_LIKE)
                .extracting(RuleProblem::toString).containsExactlyInAnyOrder(
                        rules.resolve("Thresholds.properties") + ": is not read; did you mean thresholds.properties? Rename the file, or remove it",
                        rules.resolve("factor-weak.drl.CSV") + ": is not read; did you mean factor-weak.csv? Rename the file, or remove it",
                        rules.resolve("thresholds.properties.txt") + ": is not read; did you mean thresholds.properties? Rename the file, or remove it",
                        rules.resolve("scenarios/weak.JSON") + ": is not read; did you mean weak.json? Rename the file, or remove it");
    }

    @Test
    void aMisspeltThresholdKeyIsAnErrorWithTheKeyMeant() throws IOException {
        // GIVEN
        Files.writeString(rules.resolve("thresholds.properties"), "# ours\nfactor.weak.belwo=2.0\n");

        // WHEN
        RuleSetException refused = refused();

        // THEN
        assertThat(refused.problems()).extracting(problem -> problem.describe(Language.NL)).containsExactly(
                rules.resolve("thresholds.properties") + ":2:1: geen enkele regel gebruikt de sleutel (factor.weak.belwo); bedoelt u factor.weak.below?");
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({
            "factor.weak.below, -1, the value (-1) of (factor.weak.below) must be between 1 and 5",
            "factor.weak.below, 99, the value (99) of (factor.weak.below) must be between 1 and 5",
            "overall.strong.from, 0.5, the value (0.5) of (overall.strong.from) must be between 1 and 5",
            "dimension.lagging.gap, 4.5, the value (4.5) of (dimension.lagging.gap) must be between 0 and 4",
            "team.disagreement.sd, 2.5, the value (2.5) of (team.disagreement.sd) must be between 0 and 2",
            "team.disagreement.min-respondents, 1, the value (1) of (team.disagreement.min-respondents) must be between 2 and 1000",
            "team.disagreement.min-respondents, 2.5, the value (2.5) of (team.disagreement.min-respondents) must be a whole number",
            "priority.context, 101, the value (101) of (priority.context) must be between 0 and 100",
            "target-group.boost, -5, the value (-5) of (target-group.boost) must be between 0 and 100"})
    void aThresholdOutsideItsDocumentedRangeIsRefused(String key, String value, String message) throws IOException {
        // GIVEN
        Files.writeString(rules.resolve("thresholds.properties"), key + "=" + value + "\n");

        // WHEN
        RuleSetException refused = refused();

        // THEN
        assertThat(refused.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(1);
            assertThat(problem.message()).isEqualTo(message);
        });
    }

    @Test
    void aTableRowNamedLikeARuleOfTheRuleSetIsRefusedRatherThanMergedWithIt() throws IOException {
        // GIVEN
        Files.writeString(rules.resolve("factor-weak.csv"), "rule,factor,priority,tools\ndimension.policy.lagging,vision,50,opiniestuk\n");

        // WHEN
        RuleSetException refused = catchThrowableOfType(RuleSetException.class,
                () -> Advisor.builder().rulesDirectory(rules).dataOnly(true).build());

        // THEN
        assertThat(refused.problems()).extracting(RuleProblem::toString).containsExactly(rules.resolve("factor-weak.csv")
                + ": A2: the rule id (dimension.policy.lagging) is already the name of a rule in dimensions.drl; give the row an id"
                + " of its own, such as factor.<factor>.weak");
    }

    @Test
    void aMisspeltWordingKeyIsAnErrorWithTheKeyMeant() throws IOException {
        // GIVEN
        Files.writeString(rules.resolve("advice_nl.properties"), "advice.factor.vision.weak.title=Kijk verder\n"
                + "advice.factor.vision.weak.titel=Kijk verder\n");

        // WHEN
        RuleSetException refused = refused();

        // THEN
        assertThat(refused.problems()).extracting(RuleProblem::toString).containsExactly(rules.resolve("advice_nl.properties")
                + ":2:1: the key (advice.factor.vision.weak.titel) is not a text of this rule set; did you mean advice.factor.vision.weak.title?");
    }

    @Test
    void aPluralThatCannotBeReadIsAnErrorThatShowsHowToWriteIt() throws IOException {
        // GIVEN a count text whose plural lacks its "other" choice
        Files.writeString(rules.resolve("cli_en.properties"), "cli.batch.summary = Batch: {lines, plural, one {# line}}, "
                + "{scored} scored, {failed} with errors.\n");

        // WHEN
        RuleSetException refused = refused();

        // THEN
        assertThat(refused.problems()).extracting(RuleProblem::toString).containsExactly(rules.resolve("cli_en.properties")
                + ":1:1: the text of cli.batch.summary has a plural that cannot be read: {lines, plural, one {# line}};"
                + " write it as {count, plural, one {# ...} other {# ...}}");
    }

    @Test
    void aScenarioThatNamesAnUnknownRecommendationOrExpectsNothingIsAnError() throws IOException {
        // GIVEN
        Files.createDirectory(rules.resolve("scenarios"));
        Files.writeString(rules.resolve("scenarios/typo.json"), """
                {"given": {"organisation": {"region": "flanders", "sector": "social-work"}, "factors": {"vision": 3.0}},
                 "expect": {"absentRecommendations": ["factor.visoin.weak"]}}
                """);
        Files.writeString(rules.resolve("scenarios/empty.json"), """
                {"given": {"organisation": {"region": "flanders", "sector": "social-work"}, "factors": {"vision": 3.0}},
                 "expect": {}}
                """);

        // WHEN
        CheckReport check = RuleChecker.create().check(rules);
        RuleSetException refused = refused();

        // THEN
        assertThat(check.passed()).isFalse();
        assertThat(check.problems()).extracting(RuleProblem::toString).containsExactly(
                rules.resolve("scenarios/empty.json") + ": expect: the scenario expects nothing; list at least one recommendation"
                        + " or tool that must be there or must be absent",
                rules.resolve("scenarios/typo.json") + ": expect.absentRecommendations[0]: no rule of this rule set makes the"
                        + " recommendation \"factor.visoin.weak\"; did you mean factor.vision.weak?");
        assertThat(refused.problems()).hasSize(2);
    }

    @Test
    void aDirectoryWhoseScenariosFailIsRefusedUnlessTheCallerAllowsIt() throws IOException {
        // GIVEN a threshold change that breaks a scenario
        Files.writeString(rules.resolve("thresholds.properties"), "factor.weak.below=3.0\n");
        Files.createDirectory(rules.resolve("scenarios"));
        Files.writeString(rules.resolve("scenarios/vision-is-fine.json"), """
                {"name": "vision at 2.8 is fine", "given": {"organisation": {"region": "flanders", "sector": "social-work"},
                 "factors": {"vision": 2.8}}, "expect": {"absentRecommendations": ["factor.vision.weak"]}}
                """);

        // WHEN
        RuleSetException built = refused();
        RuleSetException reloading = catchThrowableOfType(RuleSetException.class,
                () -> Advisor.builder().rulesDirectory(rules).buildReloading());
        Advisor allowed = Advisor.builder().rulesDirectory(rules).allowFailingScenarios(true).build();
        ReloadingAdvisor allowedReloading = Advisor.builder().rulesDirectory(rules).allowFailingScenarios(true).buildReloading();

        // THEN the failure is listed, in the user's language
        for (RuleSetException refused : List.of(built, reloading)) {
            assertThat(refused.problems()).extracting(problem -> problem.describe(Language.NL)).containsExactly(
                    rules.resolve("scenarios/vision-is-fine.json") + ": het scenario (vision at 2.8 is fine) faalt: aanbeveling"
                            + " factor.vision.weak mag niet in het advies staan; verbeter de regels of het scenario, of sta falende scenario's toe"
                            + " (--allow-failing-scenarios)");
        }
        assertThat(allowed.thresholds().value("factor.weak.below")).isEqualTo(3.0);
        assertThat(allowedReloading.reload()).isEqualTo(allowed.ruleSet());
        Files.writeString(rules.resolve("thresholds.properties"), "factor.weak.below=2.5\n");
        assertThat(allowedReloading.reload().version()).isNotEqualTo(allowed.ruleSet().version());
    }

    @Test
    void aLinkOutOfTheDirectoryIsRefusedWithoutShowingWhatItPointsAt() throws IOException {
        // GIVEN
        Path secret = Files.writeString(Files.createTempFile("secret", ".txt"), "root:x:0:0:root:/root:/bin/bash\n");
        Files.createSymbolicLink(rules.resolve("thresholds.properties"), secret);
        Files.createSymbolicLink(rules.resolve("factor-weak.csv"), secret);
        Files.createSymbolicLink(rules.resolve("scenarios"), secret.getParent());

        // WHEN
        RuleSetException refused = catchThrowableOfType(RuleSetException.class,
                () -> Advisor.builder().rulesDirectory(rules).dataOnly(true).build());
        CheckReport check = RuleChecker.create().dataOnly(true).check(rules);

        // THEN each link is refused at its own name, and nothing of the file it points at is shown
        assertThat(refused.problems()).extracting(RuleProblem::file).containsExactlyInAnyOrder(
                rules.resolve("factor-weak.csv").toString(), rules.resolve("thresholds.properties").toString(),
                rules.resolve("scenarios").toString());
        assertThat(refused.problems()).allSatisfy(problem -> {
            assertThat(problem.code()).isEqualTo(RuleMessageCode.SOURCE_NOT_REGULAR);
            assertThat(problem.describe(Language.EN)).doesNotContain("root:").contains("link");
        });
        assertThat(check.toString()).doesNotContain("root:");
        Files.delete(secret);
    }

    @Test
    void aFileGivenAsTheDirectoryIsSaidToBeAFile() throws IOException {
        // GIVEN
        Path file = Files.writeString(rules.resolve("notes.txt"), "root:x:0:0\n");

        // WHEN
        CheckReport check = RuleChecker.create().check(file);
        CheckReport missing = RuleChecker.create().check(rules.resolve("nope"));

        // THEN
        assertThat(check.problems()).extracting(problem -> problem.describe(Language.EN)).containsExactly(
                file + ": is a file, not a directory; give the directory that holds ruleset.properties, thresholds.properties and the table");
        assertThat(missing.problems()).extracting(problem -> problem.describe(Language.EN)).containsExactly(
                rules.resolve("nope") + ": does not exist");
    }

    @Test
    void initRulesWritesTheWordingFilesItsHelpPromisesAndTheyChangeNothingUntilEdited() throws IOException {
        // GIVEN
        Path copy = rules.resolve("copy");

        // WHEN
        Advisor.exportDefaults(copy);

        // THEN
        for (Language language : Language.values()) {
            String wording = Files.readString(copy.resolve("advice_" + language.id() + ".properties"));
            assertThat(wording).contains("# advice.factor.vision.weak.title = ", "# advice.overall.strong.why = ");
            assertThat(wording.lines().filter(line -> !line.isBlank())).allMatch(line -> line.startsWith("#"));
        }
        assertThat(Advisor.builder().rulesDirectory(copy).build().ruleSet()).isEqualTo(Advisor.defaults().ruleSet());
    }
}
