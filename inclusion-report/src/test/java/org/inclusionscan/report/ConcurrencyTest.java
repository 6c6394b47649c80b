package org.inclusionscan.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.inclusionscan.model.Language;
import org.inclusionscan.model.ScanResult;
import org.junit.jupiter.api.Test;

/** One Reporter shared by many threads gives the same output as one thread. */
class ConcurrencyTest {

    @Test
    void sharedReporterIsThreadSafe() throws Exception {
        Reporter reporter = Reporter.defaults();
        ScanResult result = Fixtures.result("de-linde-2026");
        List<String> expected = new ArrayList<>();
        List<ReportOptions> options = new ArrayList<>();
        List<ReportFormat> formats = new ArrayList<>();
        for (Language language : Language.values()) {
            for (ReportFormat format : ReportFormat.values()) {
                options.add(Fixtures.options(language));
                formats.add(format);
                expected.add(reporter.render(result, format, Fixtures.options(language)));
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int round = 0; round < 4; round++) {
                for (int i = 0; i < expected.size(); i++) {
                    int index = i;
                    futures.add(pool.submit(() -> reporter.render(result, formats.get(index), options.get(index))));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(expected.get(i % expected.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
