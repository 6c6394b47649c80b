package org.inclusionscan.examples.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.inclusionscan.examples.ExampleScan;
import org.inclusionscan.json.Json;
import org.inclusionscan.model.InvalidInputException;
import org.inclusionscan.model.Language;
import org.inclusionscan.model.Problem;
import org.inclusionscan.report.ReportOptions;
import org.inclusionscan.rules.Advisor;
import org.inclusionscan.scan.ScanReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScanTopologyTest {

    private static final Duration RELOAD = Duration.ofSeconds(30);

    @TempDir
    Path rulesDirectory;

    private RulesWatcher rules;
    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> scans;
    private TestOutputTopic<String, byte[]> reports;
    private TestOutputTopic<String, byte[]> deadLetters;

    @BeforeEach
    void startTopology() throws IOException {
        Advisor.exportDefaults(rulesDirectory);
        rules = RulesWatcher.watch(rulesDirectory, false);
        ScanTopology.Settings settings = new ScanTopology.Settings("scans", "reports", "scans-dead-letter",
                ReportOptions.in(Language.EN), RELOAD);
        Properties properties = new Properties();
        properties.put(StreamsConfig.APPLICATION_ID_CONFIG, "inclusion-scans-test");
        properties.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        properties.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        driver = new TopologyTestDriver(ScanTopology.build(settings, rules), properties);
        scans = driver.createInputTopic("scans", new StringSerializer(), new ByteArraySerializer());
        reports = driver.createOutputTopic("reports", new StringDeserializer(), new ByteArrayDeserializer());
        deadLetters = driver.createOutputTopic("scans-dead-letter", new StringDeserializer(), new ByteArrayDeserializer());
    }

    @AfterEach
    void closeDriver() {
        driver.close();
    }

    @Test
    void aGoodScanGivesItsJsonReportUnderTheSameKey() throws IOException {
        // GIVEN the demo scan
        // WHEN it arrives on the scans topic
        scans.pipeInput("het-anker", bytes(ExampleScan.HET_ANKER_2025));

        // THEN its report is on the reports topic, with the advice of the rules directory, and nothing is dead
        TestRecord<String, byte[]> record = reports.readRecord();
        assertThat(record.key()).isEqualTo("het-anker");
        JsonNode report = Json.mapper().readTree(record.value());
        assertThat(report.path("kind").asText()).isEqualTo("report");
        assertThat(report.path("language").asText()).isEqualTo("en");
        assertThat(report.path("organisation").path("name").asText()).isEqualTo("Lokaal dienstencentrum Het Anker");
        assertThat(report.path("ruleSet").path("version").asText()).isEqualTo(rules.advisor().ruleSet().version());
        assertThat(ids(report.path("recommendations")))
                .containsExactlyElementsOf(rules.advisor().evaluate(ExampleScan.HET_ANKER_2025.read()).advice()
                        .recommendations().stream().map(r -> r.id()).toList());
        assertThat(reports.isEmpty()).isTrue();
        assertThat(deadLetters.isEmpty()).isTrue();
    }

    @Test
    void aBadScanGoesToTheDeadLetterTopicWithEveryProblemAtItsJsonPath() throws IOException {
        // GIVEN the demo scan with an unknown role and an answer outside 1-5
        ObjectNode scan = (ObjectNode) Json.mapper().readTree(bytes(ExampleScan.HET_ANKER_2025));
        ((ObjectNode) scan.path("respondents").path(0)).put("role", "boss");
        ((ObjectNode) scan.path("respondents").path(2).path("answers")).put("vision-1", 7);
        byte[] bad = Json.mapper().writeValueAsBytes(scan);

        // WHEN it arrives after a good one
        scans.pipeInput("good", bytes(ExampleScan.HET_ANKER_2025));
        scans.pipeInput("bad", bad);

        // THEN only the good one has a report; the bad one's problems are located exactly as the reader locates them
        assertThat(reports.readKeyValuesToList()).extracting(kv -> kv.key).containsExactly("good");
        TestRecord<String, byte[]> dead = deadLetters.readRecord();
        assertThat(dead.key()).isEqualTo("bad");
        JsonNode letter = Json.mapper().readTree(dead.value());
        assertThat(letter.path("source").asText()).isEqualTo("scans-0@1");
        List<Problem> expected = problemsOf(bad);
        assertThat(expected).extracting(Problem::location)
                .containsExactlyInAnyOrder("respondents[0].role", "respondents[2].answers.vision-1");
        List<String> locations = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        letter.path("problems").forEach(problem -> {
            locations.add(problem.path("location").asText());
            messages.add(problem.path("message").asText());
        });
        assertThat(locations).containsExactlyElementsOf(expected.stream().map(Problem::location).toList());
        assertThat(messages).containsExactlyElementsOf(expected.stream().map(p -> p.message(Language.EN)).toList());
        assertThat(letter.path("scan").asText().getBytes(StandardCharsets.UTF_8)).isEqualTo(bad);
    }

    @Test
    void recordsThatAreNotScansAtAllAreDeadLettersTooAndTheStreamGoesOn() throws IOException {
        // GIVEN text that is not JSON, an empty record and then the demo scan
        scans.pipeInput("not-json", "{\"organisation\": ".getBytes(StandardCharsets.UTF_8));
        scans.pipeInput("empty", (byte[]) null);
        scans.pipeInput("good", bytes(ExampleScan.HET_ANKER_2025));

        // THEN two dead letters with a location each, and the good scan still gets its report
        List<JsonNode> letters = new ArrayList<>();
        for (byte[] value : deadLetters.readValuesToList()) {
            letters.add(Json.mapper().readTree(value));
        }
        assertThat(letters).hasSize(2);
        assertThat(letters.get(0).path("problems").path(0).path("location").asText()).startsWith("line 1, column");
        assertThat(letters.get(1).path("problems").path(0).path("code").asText()).isEqualTo("json.empty");
        assertThat(reports.readKeyValuesToList()).extracting(kv -> kv.key).containsExactly("good");
    }

    @Test
    void rulesChangedBetweenTwoRecordsAreUsedFromTheNextLookOn() throws IOException {
        // GIVEN a report with the rules as exported
        scans.pipeInput("before", bytes(ExampleScan.HET_ANKER_2025));
        JsonNode before = Json.mapper().readTree(reports.readValue());

        // WHEN the policy team raises the weak-factor threshold (and drops the bundled scenarios, which
        // expect the old threshold: a directory whose scenarios fail is refused), and the next look comes
        try (var files = Files.list(rulesDirectory.resolve("scenarios"))) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Path thresholds = rulesDirectory.resolve("thresholds.properties");
        Files.writeString(thresholds, Files.readString(thresholds).replace("factor.weak.below=2.5", "factor.weak.below=3.5"));
        scans.pipeInput("same-rules", bytes(ExampleScan.HET_ANKER_2025));
        driver.advanceWallClockTime(RELOAD);
        scans.pipeInput("after", bytes(ExampleScan.HET_ANKER_2025));

        // THEN a record before the look still has the old rules, the next one the new: another version, more weak factors
        JsonNode sameRules = Json.mapper().readTree(reports.readValue());
        JsonNode after = Json.mapper().readTree(reports.readValue());
        assertThat(version(sameRules)).isEqualTo(version(before));
        assertThat(version(after)).isNotEqualTo(version(before)).isEqualTo(rules.advisor().ruleSet().version());
        assertThat(weakFactorRules(after)).hasSizeGreaterThan(weakFactorRules(before).size())
                .containsAll(weakFactorRules(before));
    }

    @Test
    void brokenRulesAreNotUsedAndTheStreamKeepsThePreviousOnes() throws IOException {
        // GIVEN a working topology
        String version = rules.advisor().ruleSet().version();

        // WHEN a rule file that does not compile appears, and the next look comes
        Files.writeString(rulesDirectory.resolve("broken.drl"), "package org.inclusionscan.rules.defaults;\nrule \"x\" when then end oops\n");
        driver.advanceWallClockTime(RELOAD);
        scans.pipeInput("after-broken", bytes(ExampleScan.HET_ANKER_2025));

        // THEN scans are still scored with the previous rules
        assertThat(version(Json.mapper().readTree(reports.readValue()))).isEqualTo(version);
        assertThat(deadLetters.isEmpty()).isTrue();

        // AND when the file is fixed (removed), the directory is looked at again and the rules are the exported ones
        Files.delete(rulesDirectory.resolve("broken.drl"));
        driver.advanceWallClockTime(RELOAD);
        assertThat(rules.advisor().ruleSet().version()).isEqualTo(version);
    }

    private static List<Problem> problemsOf(byte[] scan) {
        try {
            ScanReader.create().read(new String(scan, StandardCharsets.UTF_8), "scan");
            throw new AssertionError("The scan was meant to be bad.");
        } catch (InvalidInputException e) {
            return e.problems();
        }
    }

    private static String version(JsonNode report) {
        return report.path("ruleSet").path("version").asText();
    }

    private static List<String> weakFactorRules(JsonNode report) {
        return ids(report.path("recommendations")).stream().filter(id -> id.startsWith("factor.")).toList();
    }

    private static List<String> ids(JsonNode recommendations) {
        List<String> ids = new ArrayList<>();
        recommendations.forEach(recommendation -> ids.add(recommendation.path("id").asText()));
        return ids;
    }

    private static byte[] bytes(ExampleScan example) throws IOException {
        try (InputStream in = example.open()) {
            return in.readAllBytes();
        }
    }
}
