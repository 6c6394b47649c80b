package org.inclusionscan.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.inclusionscan.json.Json;

/**
 * The floors of {@code score --batch} on one core, with none of this project's code: Jackson only tokenizing every
 * input line (split from 64 kB blocks, as the batch reads), and Jackson only writing the batch's own output lines
 * from their finished trees (as many lines as the input has). Each floor runs twice and the second run counts
 * (the first warms the JIT). Prints one JSON object: microseconds per line of CPU time and of wall time.
 *
 * <pre>java -cp ... org.inclusionscan.benchmarks.BatchFloors scans.jsonl batch-output.jsonl</pre>
 */
public final class BatchFloors {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private BatchFloors() {
    }

    public static void main(String[] args) throws IOException {
        Path input = Path.of(args[0]);
        Path output = Path.of(args[1]);
        JsonFactory factory = new JsonFactory();
        long lines = 0;
        double[] tokenize = null;
        for (int run = 0; run < 2; run++) {
            long cpu = THREADS.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            lines = tokenizeLines(input, factory);
            tokenize = new double[] {(THREADS.getCurrentThreadCpuTime() - cpu) / 1e3 / lines, (System.nanoTime() - wall) / 1e3 / lines};
        }
        List<JsonNode> trees = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(output, StandardCharsets.UTF_8)) {
            String line;
            while (trees.size() < 1000 && (line = reader.readLine()) != null) {
                JsonNode tree = Json.mapper().readTree(line);
                if (tree.path("ok").asBoolean()) {
                    trees.add(tree);
                }
            }
        }
        ObjectWriter writer = Json.mapper().writer().without(SerializationFeature.INDENT_OUTPUT);
        double[] write = null;
        long sink = 0;
        for (int run = 0; run < 2; run++) {
            long cpu = THREADS.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            for (long i = 0; i < lines; i++) {
                sink += writer.writeValueAsString(trees.get((int) (i % trees.size()))).length();
            }
            write = new double[] {(THREADS.getCurrentThreadCpuTime() - cpu) / 1e3 / lines, (System.nanoTime() - wall) / 1e3 / lines};
        }
        System.out.printf(Locale.ROOT,
                "{\"lines\": %d, \"tokenizeCpuUs\": %.2f, \"tokenizeWallUs\": %.2f, \"writeCpuUs\": %.2f, \"writeWallUs\": %.2f, \"written\": %d}%n",
                lines, tokenize[0], tokenize[1], write[0], write[1], sink);
    }

    /** Splits the file into lines as the batch does and runs Jackson's tokenizer over each; returns the line count. */
    private static long tokenizeLines(Path input, JsonFactory factory) throws IOException {
        byte[] block = new byte[1 << 16];
        byte[] line = new byte[1 << 16];
        int size = 0;
        long lines = 0;
        long tokens = 0;
        try (InputStream in = Files.newInputStream(input)) {
            int read;
            while ((read = in.read(block)) > 0) {
                for (int i = 0; i < read; i++) {
                    byte b = block[i];
                    if (b == '\n') {
                        tokens += tokenize(factory, line, size);
                        lines++;
                        size = 0;
                    } else {
                        if (size == line.length) {
                            line = java.util.Arrays.copyOf(line, line.length * 2);
                        }
                        line[size++] = b;
                    }
                }
            }
        }
        if (size > 0) {
            tokens += tokenize(factory, line, size);
            lines++;
        }
        if (tokens == 0) {
            throw new IllegalStateException("No tokens read from " + input);
        }
        return lines;
    }

    private static long tokenize(JsonFactory factory, byte[] bytes, int length) throws IOException {
        long tokens = 0;
        try (JsonParser parser = factory.createParser(bytes, 0, length)) {
            while (parser.nextToken() != null) {
                tokens++;
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            tokens++;
        }
        return tokens;
    }
}
