package org.inclusionscan.cli;

import java.nio.file.Path;
import org.inclusionscan.model.Language;
import org.inclusionscan.report.ReportFormat;
import org.inclusionscan.report.ReportOptions;
import picocli.CommandLine.Option;

/** The options every report command takes. */
final class ReportOptionsMixin {

    @Option(names = "--rules", paramLabel = "DIR", descriptionKey = "rules")
    Path rules;

    @Option(names = "--data-only", descriptionKey = "data-only")
    boolean dataOnly;

    @Option(names = "--allow-failing-scenarios", descriptionKey = "allow-failing-scenarios")
    boolean allowFailingScenarios;

    @Option(names = "--format", paramLabel = "json|md|html|csv", descriptionKey = "report.format")
    ReportFormat format;

    @Option(names = "--lang", paramLabel = "nl|fr|en", descriptionKey = "lang")
    Language language = Language.NL;

    @Option(names = "--out", paramLabel = "FILE", descriptionKey = "out")
    Path out;

    @Option(names = "--min-role-size", paramLabel = "N", descriptionKey = "min-role-size")
    int minimumRoleSize = ReportOptions.DEFAULT_MINIMUM_ROLE_SIZE;

    /** The format asked for, Markdown when none was. */
    ReportFormat format() {
        return format == null ? ReportFormat.MARKDOWN : format;
    }

    ReportOptions options() {
        return ReportOptions.in(language).withMinimumRoleSize(minimumRoleSize);
    }
}
