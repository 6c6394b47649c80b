package org.inclusionscan.examples.kafka;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.inclusionscan.model.Language;
import org.inclusionscan.report.ReportOptions;

/**
 * Runs the topology against a Kafka cluster. Configuration is one properties file: every Kafka Streams setting
 * ({@code application.id}, {@code bootstrap.servers}, {@code num.stream.threads}, ...) plus the {@code inclusion.*}
 * keys below. Exactly-once is the default here: a scan's report (or dead letter) and its consumer offset are
 * committed in one transaction, so a crash neither loses nor doubles a report.
 *
 * <pre>
 * inclusion.rules.directory=/etc/inclusion/rules   (required: the policy team's rules, mounted on every instance)
 * inclusion.rules.data-only=false                    (true refuses *.drl in that directory)
 * inclusion.rules.reload-seconds=30
 * inclusion.language=en                              (reports and problem messages)
 * inclusion.topic.scans=scans  inclusion.topic.reports=reports  inclusion.topic.dead-letter=scans-dead-letter
 * </pre>
 *
 * See docs/scaling.md.
 */
public final class ScanStreamsApp {

    private ScanStreamsApp() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 1) {
            System.err.println("Usage: ScanStreamsApp streams.properties");
            System.exit(2);
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
            properties.load(in);
        }
        RulesWatcher rules = RulesWatcher.watch(Path.of(required(properties, "inclusion.rules.directory")),
                Boolean.parseBoolean(properties.getProperty("inclusion.rules.data-only", "false")));
        ScanTopology.Settings settings = new ScanTopology.Settings(
                properties.getProperty("inclusion.topic.scans", "scans"),
                properties.getProperty("inclusion.topic.reports", "reports"),
                properties.getProperty("inclusion.topic.dead-letter", "scans-dead-letter"),
                ReportOptions.in(Language.fromId(properties.getProperty("inclusion.language", "en"))),
                Duration.ofSeconds(Long.parseLong(properties.getProperty("inclusion.rules.reload-seconds", "30"))));
        properties.putIfAbsent(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        properties.stringPropertyNames().stream().filter(name -> name.startsWith("inclusion.")).forEach(properties::remove);

        KafkaStreams streams = new KafkaStreams(ScanTopology.build(settings, rules), properties);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            streams.close(Duration.ofSeconds(30));
            stopped.countDown();
        }, "inclusion-streams-shutdown"));
        streams.start();
        stopped.await();
    }

    private static String required(Properties properties, String key) {
        String value = properties.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The setting (" + key + ") is required; see docs/scaling.md.");
        }
        return value;
    }
}
