package org.inclusionscan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.inclusionscan.model.Language;
import org.inclusionscan.model.ScanResult;
import org.inclusionscan.report.ReportFormat;
import org.inclusionscan.report.ReportOptions;
import org.inclusionscan.report.Reporter;
import org.inclusionscan.rules.Advisor;
import org.inclusionscan.rules.ReloadingAdvisor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15: a reporter built once and shared renders each result in the wording of the rule set that advised it. */
class SharedReporterReloadTest {

    private static final String KEY = "advice.domain.environment.weak.title";

    @Test
    void aSharedReporterRendersEachResultWithTheWordingItWasAdvisedWith(@TempDir Path rules) throws IOException {
        // GIVEN a policy team's wording for the rule that fires for Lindegem, a reloading advisor and one shared reporter
        Files.writeString(rules.resolve("ruleset.properties"), "name=wording\nmode=extend\n", StandardCharsets.UTF_8);
        writeTitle(rules, "Island wording one");
        ReloadingAdvisor advisor = Advisor.builder().rulesDirectory(rules).buildReloading();
        Reporter reporter = Reporter.withTexts(advisor.texts());
        ScanResult before = advisor.evaluate(ExampleScan.LINDEGEM.read());

        // WHEN the wording changes and the advisor reloads
        writeTitle(rules, "Island wording two");
        advisor.reload();
        ScanResult after = advisor.evaluate(ExampleScan.LINDEGEM.read());

        // THEN each result renders with its own rule set's wording, in every format that shows titles
        assertThat(after.advice().ruleSet().version()).isNotEqualTo(before.advice().ruleSet().version());
        for (ReportFormat format : new ReportFormat[] {ReportFormat.MARKDOWN, ReportFormat.HTML, ReportFormat.JSON}) {
            String earlier = reporter.render(before, format, ReportOptions.in(Language.EN));
            String later = reporter.render(after, format, ReportOptions.in(Language.EN));
            assertThat(earlier).as(format.name()).contains("Island wording one").doesNotContain("Island wording two");
            assertThat(later).as(format.name()).contains("Island wording two").doesNotContain("Island wording one");
        }
    }

    private static void writeTitle(Path rules, String title) throws IOException {
        Files.writeString(rules.resolve("advice_en.properties"), KEY + "=" + title + "\n", StandardCharsets.UTF_8);
    }
}
