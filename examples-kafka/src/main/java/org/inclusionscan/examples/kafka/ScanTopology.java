package org.inclusionscan.examples.kafka;

import java.time.Duration;
import java.util.Objects;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.inclusionscan.report.ReportOptions;
import org.inclusionscan.scan.ScanReader;

/**
 * The topology: scans (JSON, one per record) in, a JSON report per good scan out, and every bad scan's located
 * problems to a dead-letter topic. Keys pass through unchanged (use the organisation's id, so one organisation's
 * scans stay in order on one partition). Stateless: no store, no repartition, so it scales with the input topic's
 * partitions.
 *
 * <pre>
 * scans --score--+-- ok ----> reports
 *                +-- else --> scans-dead-letter
 * </pre>
 */
public final class ScanTopology {

    /** Topic names, the report options and how often the rules directory is looked at. */
    public record Settings(String scans, String reports, String deadLetter, ReportOptions options, Duration reloadInterval) {
        public Settings {
            Objects.requireNonNull(scans, "scans");
            Objects.requireNonNull(reports, "reports");
            Objects.requireNonNull(deadLetter, "deadLetter");
            Objects.requireNonNull(options, "options");
            if (reloadInterval.isNegative() || reloadInterval.isZero()) {
                throw new IllegalArgumentException("The reload interval (%s) must be positive.".formatted(reloadInterval));
            }
        }

        /** {@code scans}, {@code reports}, {@code scans-dead-letter}, the report options given, a look every 30 s. */
        public static Settings defaults(ReportOptions options) {
            return new Settings("scans", "reports", "scans-dead-letter", options, Duration.ofSeconds(30));
        }
    }

    private ScanTopology() {
    }

    /**
     * @param rules shared by every task and stream thread of this instance
     */
    public static Topology build(Settings settings, RulesWatcher rules) {
        ScanReader reader = ScanReader.create();
        StreamsBuilder builder = new StreamsBuilder();
        KStream<String, byte[]> scans = builder.stream(settings.scans(), Consumed.with(Serdes.String(), Serdes.ByteArray()));
        scans.processValues(() -> new ScoringProcessor(reader, rules, settings.options(), settings.reloadInterval()),
                        Named.as("score"))
                .split(Named.as("outcome-"))
                .branch((key, outcome) -> outcome.ok(), Branched.withConsumer(reports -> reports
                        .mapValues(ScanOutcome::value, Named.as("report-json"))
                        .to(settings.reports(), Produced.with(Serdes.String(), Serdes.ByteArray())), "report"))
                .defaultBranch(Branched.withConsumer(failed -> failed
                        .mapValues(ScanOutcome::value, Named.as("dead-letter-json"))
                        .to(settings.deadLetter(), Produced.with(Serdes.String(), Serdes.ByteArray())), "dead-letter"));
        return builder.build();
    }
}
