package org.inclusionscan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A policy team reads what is wrong with its rules, and how its scenarios went, in the language of --lang. */
class RuleProblemLanguageTest {

    @TempDir
    Path work;

    Path rules;

    @BeforeEach
    void copyTheDefaultRules() {
        rules = work.resolve("rules");
        assertThat(CliRun.of("init-rules", rules.toString()).exitCode()).isZero();
    }

    private void breakTheThresholds() throws IOException {
        Path thresholds = rules.resolve("thresholds.properties");
        Files.writeString(thresholds, Files.readString(thresholds).replaceFirst("factor\\.weak\\.below\\s*=\\s*[0-9.]+",
                "factor.weak.below = drie"));
    }

    @Test
    void checkShowsABrokenDirectoryInFrench() throws IOException {
        // GIVEN
        breakTheThresholds();

        // WHEN
        CliRun check = CliRun.of("check", rules.toString(), "--lang", "fr");

        // THEN
        assertThat(check.exitCode()).isEqualTo(ExitCode.USER_ERROR);
        assertThat(check.out()).containsPattern("ERREUR .*thresholds\\.properties:\\d+:\\d+: la valeur \\(drie\\) de \\(factor\\.weak\\.below\\) "
                + "n'est pas un nombre ; écrivez par exemple 2\\.5").contains("CONTRÔLE ÉCHOUÉ")
                .doesNotContain("is not a number", "ERROR");
    }

    @Test
    void checkShowsAFailingScenarioAndAWarningInFrench() throws IOException {
        // GIVEN a rule of the team's own without its wording, and a scenario that expects it to fire
        Files.writeString(rules.resolve("extra.drl"), """
                package org.inclusionscan.rules.defaults;

                // Never fires: a placeholder for a rule the team is still writing.
                rule "team.custom.never"
                when
                    eval(false)
                then
                end
                """);
        Path scenario = rules.resolve("scenarios/brussels-youth-house.json");
        Files.writeString(scenario, Files.readString(scenario).replace("\"recommendations\": [", "\"recommendations\": [\"team.custom.never\", "));

        // WHEN
        CliRun check = CliRun.of("check", rules.toString(), "--lang", "fr");

        // THEN
        assertThat(check.exitCode()).isEqualTo(ExitCode.USER_ERROR);
        assertThat(check.out()).contains("ÉCHEC", "recommandation team.custom.never attendue, mais l'avis donne [")
                .containsPattern("ATTENTION .*extra\\.drl:\\d+:0: la recommandation team\\.custom\\.never n'a pas de texte "
                        + "\\(advice\\.team\\.custom\\.never\\.title\\) en français ; ajoutez-le à advice_fr\\.properties")
                .doesNotContain("expected recommendation", "has no text");
    }

    @Test
    void scoreAndCompareWithBrokenRulesSpeakDutchByDefaultAndTheLanguageAsked() throws IOException {
        // GIVEN
        Files.writeString(rules.resolve("extra.drl"), "package org.inclusionscan.rules.defaults;\n\nrule \"broken\"\nwhen\n    FactorFact( mean < \nthen\nend\n");
        String scan = Examples.scan("de-brug.json").toString();

        // WHEN
        CliRun dutch = CliRun.of("score", scan, "--rules", rules.toString());
        CliRun french = CliRun.of("compare", scan, scan, "--rules", rules.toString(), "--lang", "fr");

        // THEN
        assertThat(dutch.exitCode()).isEqualTo(ExitCode.USER_ERROR);
        assertThat(dutch.err()).contains("de regels zijn niet bruikbaar").containsPattern("extra\\.drl:\\d+:\\d+: Drools meldt: ")
                .doesNotContain("Drools reports", "\tat ");
        assertThat(french.exitCode()).isEqualTo(ExitCode.USER_ERROR);
        assertThat(french.err()).containsPattern("extra\\.drl:\\d+:\\d+: Drools signale : ").doesNotContain("Drools reports", "\tat ");
    }
}
