package org.inclusionscan.cli;

import java.nio.file.Path;
import org.inclusionscan.model.ScanResult;
import org.inclusionscan.questionnaire.Questionnaire;
import org.inclusionscan.report.Reporter;
import org.inclusionscan.rules.Advisor;
import org.inclusionscan.scan.Scan;
import org.inclusionscan.scan.ScanReader;

/**
 * What the scoring commands share: one reader, one advisor (the bundled rules or a policy team's
 * directory) and one reporter using the advisor's wording. Thread-safe, built once per run.
 */
final class Engine {

    private final ScanReader reader = ScanReader.create();
    private final Advisor advisor;
    private final Reporter reporter;

    private Engine(Advisor advisor) {
        this.advisor = advisor;
        this.reporter = Reporter.withTexts(advisor.texts());
    }

    /**
     * @param rules    a policy team's rules directory, or null for the bundled rules
     * @param dataOnly refuse DRL files (code) in that directory
     * @param allowFailingScenarios use the directory even when its scenarios fail
     */
    static Engine create(Path rules, boolean dataOnly, boolean allowFailingScenarios) {
        Advisor advisor = rules == null ? Advisor.defaults()
                : Advisor.builder().rulesDirectory(UserFiles.existingDirectory(rules)).dataOnly(dataOnly)
                        .allowFailingScenarios(allowFailingScenarios).build();
        return new Engine(advisor);
    }

    ScanReader reader() {
        return reader;
    }

    Advisor advisor() {
        return advisor;
    }

    Reporter reporter() {
        return reporter;
    }

    ScanResult evaluate(Scan scan) {
        Questionnaire questionnaire = reader.questionnaires().find(scan.questionnaireId()).orElseThrow();
        return advisor.evaluate(scan, questionnaire);
    }
}
