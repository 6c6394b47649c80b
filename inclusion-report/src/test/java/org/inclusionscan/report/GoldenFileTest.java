package org.inclusionscan.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.inclusionscan.model.Language;
import org.inclusionscan.model.ScanResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every format in every language on the bundled example scans, compared exactly with the files in
 * {@code src/test/resources/golden}. After an intended change, rewrite them with
 * {@code ./mvnw -pl inclusion-report test -Dtest=GoldenFileTest -Dgolden.update=true} and review the diff.
 * Every output is also written to {@code target/reports/} for the HTML validator and axe-core.
 */
class GoldenFileTest {

    static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
    static final Path OUTPUT = Path.of("target", "reports");
    static final Reporter REPORTER = Reporter.defaults();

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (String scan : List.of("de-linde-2026", "single-respondent-youth-house", "de-linde-comparison", "de-linde-2026-session")) {
            for (Language language : Language.values()) {
                for (ReportFormat format : ReportFormat.values()) {
                    cases.add(Arguments.of(scan, language, format));
                }
            }
        }
        return cases.stream();
    }

    static String render(String name, Language language, ReportFormat format) {
        ReportOptions options = Fixtures.options(language);
        if (name.endsWith("-comparison")) {
            String organisation = name.substring(0, name.length() - "-comparison".length());
            ScanResult earlier = Fixtures.result(organisation + "-2025");
            ScanResult later = Fixtures.result(organisation + "-2026");
            return REPORTER.renderComparison(earlier, later, format, options);
        }
        if (name.endsWith("-session")) {
            return REPORTER.render(Fixtures.result(name.substring(0, name.length() - "-session".length())),
                    Fixtures.deLinde2026Session(), format, options);
        }
        return REPORTER.render(Fixtures.result(name), format, options);
    }

    static Stream<Arguments> plainCases() {
        return cases().filter(arguments -> {
            String name = (String) arguments.get()[0];
            return !name.endsWith("-comparison") && !name.endsWith("-session");
        });
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("plainCases")
    void aReportWithoutRoundContextIsExactlyThePlainReport(String name, Language language, ReportFormat format) throws IOException {
        // GIVEN the golden file of the report rendered without a round context
        Path golden = GOLDEN.resolve(name + "." + language.id() + "." + format.extension());

        // WHEN the same scan is rendered with an empty round context
        String actual = REPORTER.render(Fixtures.result(name), org.inclusionscan.session.RoundContext.NONE, format,
                Fixtures.options(language));

        // THEN not one byte differs
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("cases")
    void matchesGoldenFile(String name, Language language, ReportFormat format) throws IOException {
        // GIVEN a bundled scan and a fixed report date
        String fileName = name + "." + language.id() + "." + format.extension();

        // WHEN it is rendered
        String actual = render(name, language, format);

        // THEN it is exactly the golden file
        Files.createDirectories(OUTPUT);
        Files.writeString(OUTPUT.resolve(fileName), actual, StandardCharsets.UTF_8);
        Path golden = GOLDEN.resolve(fileName);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(golden).as("golden file; create it with -Dgolden.update=true and review it").exists();
        assertThat(actual).as("golden file %s; rerun with -Dgolden.update=true after an intended change", golden)
                .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
