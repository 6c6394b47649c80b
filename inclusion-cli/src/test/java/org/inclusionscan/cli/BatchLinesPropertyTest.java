package org.inclusionscan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.inclusionscan.json.InputLimits;
import org.inclusionscan.json.Json;

/**
 * Batch mode never drops a line (docs/reliability.md, "Batch mode"): for any mix of good, broken,
 * invalid, empty, blank, binary, non-UTF-8 and large lines, with either line break and with or
 * without one at the end, the output has exactly one line per input line, in order, numbered like
 * the input, ok exactly for the good ones, and the summary counts them all.
 */
class BatchLinesPropertyTest {

    enum Kind { GOOD, BROKEN_JSON, INVALID_SCAN, EMPTY, BLANK, BINARY, NOT_UTF8, LARGE, NESTED }

    record Line(Kind kind, byte[] bytes) {
        @Override
        public String toString() {
            return kind + "(" + bytes.length + " bytes)";
        }
    }

    static final String GOOD = compact("de-brug.json");

    private static String compact(String resource) {
        try {
            return Json.mapper().readTree(Examples.scan(resource).toFile()).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Property(tries = 60)
    void everyInputLineGetsExactlyOneOutputLineInOrder(@ForAll("lines") List<Line> lines, @ForAll boolean crlf,
            @ForAll boolean breakAtEnd) throws IOException {
        // GIVEN
        ByteArrayOutputStream input = new ByteArrayOutputStream();
        for (int i = 0; i < lines.size(); i++) {
            input.write(lines.get(i).bytes());
            boolean last = i == lines.size() - 1;
            // An empty last line exists only if a break ends it.
            if (!last || breakAtEnd || lines.get(i).bytes().length == 0) {
                input.write((crlf ? "\r\n" : "\n").getBytes(StandardCharsets.US_ASCII));
            }
        }
        lines.forEach(line -> Statistics.label("kind").collect(line.kind()));

        // WHEN / THEN
        batch(input.toByteArray(), lines.stream().map(Line::kind).toList());
    }

    @Example
    void aLineLongerThanTheDocumentLimitGetsItsErrorLineAndTheBatchGoesOn() throws IOException {
        int max = Math.toIntExact(InputLimits.DEFAULT.maxDocumentBytes());
        byte[] huge = new byte[max + 1];
        Arrays.fill(huge, (byte) 'a');
        ByteArrayOutputStream input = new ByteArrayOutputStream();
        input.write(GOOD.getBytes(StandardCharsets.UTF_8));
        input.write('\n');
        input.write(huge);
        input.write('\n');
        input.write(GOOD.getBytes(StandardCharsets.UTF_8));

        List<JsonNode> output = batch(input.toByteArray(), List.of(Kind.GOOD, Kind.LARGE, Kind.GOOD));

        assertThat(output.get(1).at("/problems/0/code").asText()).isEqualTo("limit.document");
    }

    /** Runs {@code score --batch} on the bytes and checks the output against the kinds of the lines. */
    private static List<JsonNode> batch(byte[] bytes, List<Kind> kinds) throws IOException {
        Path dir = Files.createTempDirectory("batch");
        try {
            Path in = dir.resolve("in.jsonl");
            Files.write(in, bytes);
            Path out = dir.resolve("out.jsonl");
            Path summary = dir.resolve("summary.json");
            CliRun run = CliRun.of("score", "--batch", in.toString(), "--out", out.toString(), "--summary", summary.toString(),
                    "--threads", "2", "--lang", "en");

            List<String> written = Files.readAllLines(out, StandardCharsets.UTF_8);
            assertThat(written).as("one output line per input line").hasSize(kinds.size());
            List<JsonNode> nodes = written.stream().map(BatchLinesPropertyTest::parse).toList();
            long good = kinds.stream().filter(kind -> kind == Kind.GOOD).count();
            for (int i = 0; i < nodes.size(); i++) {
                JsonNode node = nodes.get(i);
                assertThat(node.get("line").asLong()).isEqualTo(i + 1);
                assertThat(node.get("ok").asBoolean()).as("line %d (%s): %s", i + 1, kinds.get(i), node).isEqualTo(kinds.get(i) == Kind.GOOD);
                if (kinds.get(i) != Kind.GOOD) {
                    assertThat(node.get("problems")).isNotEmpty().allSatisfy(problem -> {
                        assertThat(problem.get("location").asText()).isNotBlank();
                        assertThat(problem.get("message").asText()).isNotBlank();
                        assertThat(problem.get("code").asText()).isNotEqualTo("internal");
                    });
                }
            }
            JsonNode totals = Json.mapper().readTree(summary.toFile());
            assertThat(totals.get("lines").asLong()).isEqualTo(kinds.size());
            assertThat(totals.get("scored").asLong()).isEqualTo(good);
            assertThat(totals.get("failed").asLong()).isEqualTo(kinds.size() - good);
            assertThat(run.exitCode()).isEqualTo(good == kinds.size() ? ExitCode.OK : ExitCode.USER_ERROR);
            try (Stream<Path> files = Files.list(dir)) {
                assertThat(files.map(f -> f.getFileName().toString())).as("no temporary file left")
                        .containsExactlyInAnyOrder("in.jsonl", "out.jsonl", "summary.json");
            }
            return nodes;
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private static JsonNode parse(String line) {
        try {
            return Json.mapper().readTree(line);
        } catch (IOException e) {
            throw new AssertionError("An output line is not JSON: " + line, e);
        }
    }

    @Provide
    Arbitrary<List<Line>> lines() {
        return line().list().ofMinSize(1).ofMaxSize(25);
    }

    private static Arbitrary<Line> line() {
        Arbitrary<Integer> position = Arbitraries.integers().between(0, GOOD.length() - 1);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, Arbitraries.just(new Line(Kind.GOOD, utf8(GOOD)))),
                net.jqwik.api.Tuple.of(2, position.map(at -> new Line(Kind.BROKEN_JSON, utf8(GOOD.substring(0, at))))),
                net.jqwik.api.Tuple.of(2, Arbitraries.of("board", "staff", "volunteer").map(role ->
                        new Line(Kind.INVALID_SCAN, utf8(GOOD.replaceFirst("\"role\":\"" + role + "\"", "\"role\":\"boss\"")
                                .replace("\"questionnaire\":", "\"questionaire\":"))))),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(new Line(Kind.EMPTY, new byte[0]))),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(" ", "\t", "   \t ", "\r").map(blank -> new Line(Kind.BLANK, utf8(blank)))),
                net.jqwik.api.Tuple.of(1, Arbitraries.bytes().filter(b -> b != '\n').array(byte[].class).ofMinSize(1).ofMaxSize(64)
                        .map(bytes -> new Line(Kind.BINARY, bytes(bytes)))),
                net.jqwik.api.Tuple.of(1, Combinators.combine(position, Arbitraries.of(0x80, 0xc0, 0xed, 0xfe, 0xff))
                        .as((at, bad) -> new Line(Kind.NOT_UTF8, insert(utf8(GOOD), at, (byte) bad.intValue())))),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(20_001, 300_000)
                        .map(length -> new Line(Kind.LARGE, utf8("{\"organisation\":\"" + "x".repeat(length) + "\"}")))),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(33, 5_000)
                        .map(depth -> new Line(Kind.NESTED, utf8("[".repeat(depth) + "]".repeat(depth))))));
    }

    /** Random bytes that cannot be read as a scan: never a line break, and never valid on their own. */
    private static byte[] bytes(byte[] random) {
        byte[] bytes = Arrays.copyOf(random, random.length + 1);
        bytes[random.length] = (byte) '{';
        return bytes;
    }

    private static byte[] insert(byte[] bytes, int at, byte value) {
        byte[] result = new byte[bytes.length + 1];
        System.arraycopy(bytes, 0, result, 0, at);
        result[at] = value;
        System.arraycopy(bytes, at, result, at + 1, bytes.length - at);
        return result;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

}
