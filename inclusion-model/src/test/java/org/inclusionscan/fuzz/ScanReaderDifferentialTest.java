package org.inclusionscan.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.inclusionscan.json.InputLimits;
import org.inclusionscan.json.Json;
import org.inclusionscan.model.InvalidInputException;
import org.inclusionscan.model.Language;
import org.inclusionscan.questionnaire.QuestionnaireRegistry;
import org.inclusionscan.scan.Scan;
import org.inclusionscan.scan.ScanReader;
import org.inclusionscan.scan.ScanReaderPaths;

/**
 * The streaming scan reader against the tree reader it replaced (the reference, still what locates
 * the problems of a refused document): for valid, mutated and hostile documents, both accept the
 * same documents and give the same scan (equal, and written the same, so also in the same order), and
 * every public way of reading gives exactly the reference's outcome: the same scan, or the same
 * problems (location, code, arguments, texts) in the same order. A valid UTF-8 document never needs
 * the second, tree reading.
 */
class ScanReaderDifferentialTest {

    private static final ScanReader READER = ScanReader.create();
    /** Small limits, so that generated documents reach them: 3 respondents, 40-character names, depth 6. */
    private static final ScanReader STRICT = ScanReader.create(QuestionnaireRegistry.defaults(),
            new InputLimits(6_000, 6, 400, 12, 3, 40, 300, 100));

    @Property
    void aValidScanReadsTheSameOnBothPaths(@ForAll("scans") Scan scan, @ForAll boolean indented, @ForAll long seed)
            throws IOException {
        ObjectNode tree = Json.mapper().valueToTree(scan);
        reorder(tree, new Random(seed));
        byte[] document = indented ? Json.mapper().writeValueAsBytes(tree) : Documents.WRITER.writeValueAsBytes(tree);

        String outcome = sameOnBothPaths(READER, document);
        Statistics.label("outcome").collect(outcome);
        assertThat(outcome).as("a valid scan is read").isEqualTo("read");
        assertThat(sameOnBothPaths(STRICT, document)).isNotNull();
    }

    @Property
    void aScanChangedAsATreeReadsTheSameOnBothPaths(@ForAll("smallScans") Scan scan,
            @ForAll("treeMutations") List<TreeMutation> mutations, @ForAll boolean strict) throws IOException {
        JsonNode tree = Json.mapper().valueToTree(scan);
        for (TreeMutation mutation : mutations) {
            tree = mutation.apply(tree);
        }
        String outcome = sameOnBothPaths(strict ? STRICT : READER, Documents.WRITER.writeValueAsBytes(tree));
        Statistics.label("outcome").collect(outcome);
        Statistics.label("outcome").coverage(coverage -> {
            coverage.check("read").count(count -> count > 0);
            coverage.check("json.unknown-key").count(count -> count > 0);
            coverage.check("json.type").count(count -> count > 0);
        });
    }

    @Property
    void aScanChangedAsBytesReadsTheSameOnBothPaths(@ForAll("smallScans") Scan scan,
            @ForAll("byteMutations") List<ByteMutation> mutations, @ForAll boolean indented, @ForAll boolean strict)
            throws IOException {
        byte[] document = indented ? Json.mapper().writeValueAsBytes(scan) : Documents.WRITER.writeValueAsBytes(scan);
        for (ByteMutation mutation : mutations) {
            document = mutation.apply(document);
        }
        String outcome = sameOnBothPaths(strict ? STRICT : READER, document);
        Statistics.label("outcome").collect(outcome);
        Statistics.label("outcome").coverage(coverage -> {
            coverage.check("read").count(count -> count > 0);
            coverage.check("json.syntax").count(count -> count > 0);
        });
    }

    @Property
    void aHostileDocumentReadsTheSameOnBothPaths(@ForAll("hostile") JsonNode value, @ForAll("smallScans") Scan scan,
            @ForAll("keys") String key, @ForAll boolean inAnswers) throws IOException {
        // The value in place of a whole document, of a root key, or of an answer.
        ObjectNode tree = Json.mapper().valueToTree(scan);
        if (inAnswers) {
            ((ObjectNode) tree.get("respondents").get(0).get("answers")).set(Documents.QUESTIONNAIRE.items().get(0).id(), value);
        } else {
            tree.set(key, value);
        }
        sameOnBothPaths(READER, Documents.WRITER.writeValueAsBytes(value));
        String outcome = sameOnBothPaths(READER, Documents.WRITER.writeValueAsBytes(tree));
        Statistics.label("outcome").collect(outcome);
    }

    @Property
    void hostileBytesReadTheSameOnBothPaths(@ForAll("bytes") byte[] document) throws IOException {
        sameOnBothPaths(READER, document);
    }

    /**
     * Reads the document every way and checks each against the tree path; returns "read" or the
     * reference's first problem code.
     */
    private static String sameOnBothPaths(ScanReader reader, byte[] document) throws IOException {
        Outcome reference = outcome(() -> ScanReaderPaths.withTree(reader, document, "doc.json"));
        Scan streamed = ScanReaderPaths.streaming(reader, document);
        if (streamed != null) {
            assertThat(reference.scan).as("the tree path accepts what the streaming path accepts: %s", reference).isNotNull();
            assertSameScan(streamed, reference.scan);
        } else if (reference.scan != null) {
            assertThat(Json.isWellFormedUtf8(document, 0, document.length))
                    .as("the streaming path reads every valid UTF-8 document itself").isFalse();
        }
        assertThat(outcome(() -> reader.read(document, "doc.json"))).isEqualTo(reference);
        assertThat(outcome(() -> {
            try {
                return reader.read(new ByteArrayInputStream(document), "doc.json");
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        })).isEqualTo(reference);
        if (reference.scan != null) {
            assertSameScan(reader.read(document, "doc.json"), reference.scan);
        }
        String text = new String(document, StandardCharsets.UTF_8);
        if (java.util.Arrays.equals(text.getBytes(StandardCharsets.UTF_8), document)) {
            assertThat(outcome(() -> reader.read(text, "doc.json"))).isEqualTo(reference);
        }
        return reference.scan != null ? "read" : reference.problems.get(0).code();
    }

    private static void assertSameScan(Scan actual, Scan expected) throws JsonProcessingException {
        assertThat(actual).isEqualTo(expected);
        // Written out, so that the order of answers and target groups counts too.
        assertThat(Json.mapper().writeValueAsString(actual)).isEqualTo(Json.mapper().writeValueAsString(expected));
    }

    /** A scan, or the problems with their texts in every language; equal when the outcomes are the same. */
    private record Outcome(Scan scan, List<org.inclusionscan.model.Problem> problems, List<String> texts) {

        @Override
        public String toString() {
            return scan != null ? "read" : texts.toString();
        }
    }

    private static Outcome outcome(Supplier<Scan> reading) {
        try {
            return new Outcome(reading.get(), null, null);
        } catch (InvalidInputException e) {
            List<String> texts = new ArrayList<>();
            for (Language language : Language.values()) {
                texts.add(e.source() + " " + e.describe(language));
            }
            return new Outcome(null, e.problems(), texts);
        }
    }

    /** Shuffles the keys of every object (questionnaire after respondents, answers in any order). */
    private static void reorder(ObjectNode object, Random random) {
        List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
        object.fields().forEachRemaining(field -> fields.add(Map.entry(field.getKey(), field.getValue())));
        Collections.shuffle(fields, random);
        object.removeAll();
        for (Map.Entry<String, JsonNode> field : fields) {
            object.set(field.getKey(), field.getValue());
            if (field.getValue() instanceof ObjectNode child) {
                reorder(child, random);
            } else if (field.getValue().isArray()) {
                field.getValue().forEach(element -> {
                    if (element instanceof ObjectNode child) {
                        reorder(child, random);
                    }
                });
            }
        }
    }

    @Provide
    Arbitrary<Scan> scans() {
        return Documents.scans();
    }

    @Provide
    Arbitrary<Scan> smallScans() {
        return Documents.scans(4);
    }

    @Provide
    Arbitrary<List<TreeMutation>> treeMutations() {
        return TreeMutation.few();
    }

    @Provide
    Arbitrary<List<ByteMutation>> byteMutations() {
        return ByteMutation.few();
    }

    @Provide
    Arbitrary<JsonNode> hostile() {
        return Documents.hostileValues();
    }

    @Provide
    Arbitrary<String> keys() {
        return Documents.hostileKeys();
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        return Arbitraries.oneOf(
                Arbitraries.bytes().array(byte[].class).ofMaxSize(64),
                Arbitraries.of("", " ", "{}", "[]", "null", "{\"questionnaire\":\"selfscan-1\"}", "{} {}", "{}x", "\uFEFF{}",
                        "{\"a\":1,\"a\":2}").map(text -> text.getBytes(StandardCharsets.UTF_8)),
                Arbitraries.of(ByteMutation.INVALID_UTF8));
    }
}
