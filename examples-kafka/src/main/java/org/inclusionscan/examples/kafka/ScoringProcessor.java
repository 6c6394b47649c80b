package org.inclusionscan.examples.kafka;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.inclusionscan.json.Json;
import org.inclusionscan.model.InvalidInputException;
import org.inclusionscan.model.Language;
import org.inclusionscan.model.Problem;
import org.inclusionscan.model.ScanResult;
import org.inclusionscan.report.ReportFormat;
import org.inclusionscan.report.ReportOptions;
import org.inclusionscan.scan.ScanReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scores one scan record: the JSON report, or the record's located problems for the dead-letter topic. Kafka Streams
 * makes one processor per task; they all share one {@link ScanReader} and one {@link RulesWatcher} (thread-safe), so
 * rules are compiled once per instance, not per task or thread. A bad record, or even a bug while scoring one, costs
 * that record only: it goes to the dead-letter topic and the stream goes on.
 */
final class ScoringProcessor implements FixedKeyProcessor<String, byte[], ScanOutcome> {

    private static final Logger LOG = LoggerFactory.getLogger(ScoringProcessor.class);

    private final ScanReader reader;
    private final RulesWatcher rules;
    private final ReportOptions options;
    private final Duration reloadInterval;
    private FixedKeyProcessorContext<String, ScanOutcome> context;

    ScoringProcessor(ScanReader reader, RulesWatcher rules, ReportOptions options, Duration reloadInterval) {
        this.reader = reader;
        this.rules = rules;
        this.options = options;
        this.reloadInterval = reloadInterval;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, ScanOutcome> context) {
        this.context = context;
        // Wall-clock time: rules change without any record arriving. Every task asks; the watcher compiles once.
        context.schedule(reloadInterval, PunctuationType.WALL_CLOCK_TIME, now -> rules.reloadIfChanged());
    }

    @Override
    public void process(FixedKeyRecord<String, byte[]> record) {
        String source = source();
        ScanOutcome outcome;
        try {
            if (record.value() == null) {
                throw new InvalidInputException(source, List.of(Problem.at("$", "json.empty")));
            }
            var scan = reader.read(new ByteArrayInputStream(record.value()), source);
            ScanResult result = rules.advisor().evaluate(scan);
            byte[] report = rules.reporter().render(result, ReportFormat.JSON, options).getBytes(StandardCharsets.UTF_8);
            outcome = new ScanOutcome(true, report);
        } catch (InvalidInputException e) {
            outcome = new ScanOutcome(false, deadLetter(source, e.problems(), record.value()));
        } catch (IOException | RuntimeException e) {
            LOG.error("Record {} could not be scored", source, e);
            outcome = new ScanOutcome(false, deadLetter(source,
                    List.of(Problem.at("$", "internal", "message", String.valueOf(e.getMessage()))), record.value()));
        }
        context.forward(record.withValue(outcome));
    }

    /** {@code scans-0@17}: topic, partition and offset, so a dead letter leads back to its record. */
    private String source() {
        return context.recordMetadata()
                .map(meta -> meta.topic() + "-" + meta.partition() + "@" + meta.offset())
                .orElse("record");
    }

    /**
     * {@code {"source": "scans-0@17", "problems": [{"location", "code", "message"}], "scan": "<the record as text>"}}:
     * each problem with its JSON path and a message in the configured language, and the record itself for a replay.
     */
    private byte[] deadLetter(String source, List<Problem> problems, byte[] original) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("source", source);
        ArrayNode array = node.putArray("problems");
        Language language = options.language();
        for (Problem problem : problems) {
            ObjectNode item = array.addObject();
            item.put("location", problem.location());
            item.put("code", problem.code());
            item.put("message", problem.message(language));
        }
        node.put("scan", original == null ? null : new String(original, StandardCharsets.UTF_8));
        try {
            return Json.mapper().writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Writing JSON to memory cannot fail.", e);
        }
    }
}
