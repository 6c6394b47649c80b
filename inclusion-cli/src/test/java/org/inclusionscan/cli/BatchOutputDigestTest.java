package org.inclusionscan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.inclusionscan.json.Json;
import org.inclusionscan.model.Region;
import org.inclusionscan.model.Sector;
import org.inclusionscan.model.TargetGroup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Holds {@code score --batch}'s output on a fixed input to a committed SHA-256 digest, so that a change
 * made for speed cannot change one byte of it (issue 25, item 2). The input is generated here, the same
 * way every time: 300 variations of the demo scan (answers moved by -1, 0 or +1, region, sector and
 * target groups at random from a fixed seed), one line in 50 with two mistakes.
 *
 * <p>A change to rule or advice content changes the output on purpose. Then update the expected value:
 * run this test with {@code -DupdateBatchDigest=true} (it rewrites {@value #DIGEST_FILE} and passes), or
 * paste the digest from the failure message into that file, and commit it with the content change.
 */
class BatchOutputDigestTest {

    private static final String DIGEST_FILE = "src/test/resources/org/inclusionscan/cli/batch-output.sha256";
    private static final int LINES = 300;
    private static final long SEED = 25;

    @Test
    void theBatchOutputOnAFixedInputIsByteForByteTheCommittedOneWithAnyNumberOfThreads(@TempDir Path dir) throws Exception {
        Path input = dir.resolve("scans.jsonl");
        Files.write(input, generate(LINES, SEED), StandardCharsets.UTF_8);

        String one = runBatch(input, dir, 1);
        String two = runBatch(input, dir, 2);
        String three = runBatch(input, dir, 3);

        assertThat(two).as("the output with --threads 2 differs from --threads 1").isEqualTo(one);
        assertThat(three).as("the output with --threads 3 differs from --threads 1").isEqualTo(one);
        Path digestFile = Path.of(DIGEST_FILE);
        if (Boolean.getBoolean("updateBatchDigest")) {
            Files.writeString(digestFile, one + "\n", StandardCharsets.US_ASCII);
        }
        String expected = Files.readString(digestFile, StandardCharsets.US_ASCII).strip();
        assertThat(one)
                .as("""
                        The SHA-256 of `score --batch` output on the fixed input (%d generated scans, seed %d) changed. \
                        If only speed work changed, this is a regression: the output must stay byte for byte the same. \
                        If rule, advice or scoring content changed on purpose, update the expected value: run \
                        ./mvnw -B -q -o -pl inclusion-cli -am test -Dtest=BatchOutputDigestTest -Dsurefire.failIfNoSpecifiedTests=false \
                        -DupdateBatchDigest=true (or write %s into inclusion-cli/%s) and commit it with the content change.""",
                        LINES, SEED, one, DIGEST_FILE)
                .isEqualTo(expected);
    }

    @Test
    void theInputIsTheSameEveryTimeAndHasGoodAndBadLines() throws IOException {
        List<String> first = generate(LINES, SEED);
        assertThat(generate(LINES, SEED)).isEqualTo(first);
        assertThat(first).hasSize(LINES).doesNotHaveDuplicates();
        assertThat(first.stream().filter(line -> line.contains("\"boss\""))).hasSize(LINES / 50);
    }

    /** The lines and the summary, digested; the line count and failures are checked on the way. */
    private static String runBatch(Path input, Path dir, int threads) throws IOException, NoSuchAlgorithmException {
        Path output = dir.resolve("out-" + threads + ".jsonl");
        Path summary = dir.resolve("summary-" + threads + ".json");
        CliRun run = CliRun.of("score", "--batch", input.toString(), "--out", output.toString(), "--summary", summary.toString(),
                "--threads", String.valueOf(threads), "--lang", "en");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.USER_ERROR);  // the bad lines, on purpose
        List<String> written = Files.readAllLines(output, StandardCharsets.UTF_8);
        assertThat(written).hasSize(LINES);
        assertThat(written.stream().filter(line -> line.contains("\"ok\":false"))).hasSize(LINES / 50);
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        digest.update(Files.readAllBytes(output));
        digest.update(Files.readAllBytes(summary));
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Variations of the demo scan, one compact JSON document per line, from a fixed seed. */
    static List<String> generate(int count, long seed) throws IOException {
        ObjectNode demo = (ObjectNode) Json.mapper().readTree(Examples.scan("het-anker-2025.json").toFile());
        List<Region> regions = List.of(Region.values());
        List<Sector> sectors = List.of(Sector.values());
        List<TargetGroup> groups = List.of(TargetGroup.values());
        SplittableRandom random = new SplittableRandom(seed);
        List<String> lines = new ArrayList<>(count);
        for (int line = 1; line <= count; line++) {
            ObjectNode scan = demo.deepCopy();
            ObjectNode organisation = (ObjectNode) scan.get("organisation");
            organisation.put("name", "Organisation " + line);
            organisation.put("region", regions.get(random.nextInt(regions.size())).id());
            organisation.put("sector", sectors.get(random.nextInt(sectors.size())).id());
            ArrayNode targetGroups = organisation.putArray("targetGroups");
            int first = random.nextInt(groups.size());
            for (int i = 0, n = random.nextInt(4); i < n; i++) {
                targetGroups.add(groups.get((first + i) % groups.size()).id());
            }
            for (JsonNode respondent : scan.get("respondents")) {
                for (Iterator<Map.Entry<String, JsonNode>> it = respondent.get("answers").fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> answer = it.next();
                    if (answer.getValue().isInt()) {
                        answer.setValue(Json.mapper().getNodeFactory().numberNode(
                                Math.max(1, Math.min(5, answer.getValue().intValue() + random.nextInt(3) - 1))));
                    }
                }
            }
            if (line % 50 == 0) {
                ((ObjectNode) scan.get("respondents").get(0)).put("role", "boss");
                ((ObjectNode) scan.get("respondents").get(2).get("answers")).put("vision-1", 7);
            }
            lines.add(scan.toString());  // compact: one document per line
        }
        return lines;
    }
}
