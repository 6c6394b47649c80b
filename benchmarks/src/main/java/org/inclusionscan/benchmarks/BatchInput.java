package org.inclusionscan.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.inclusionscan.model.Region;
import org.inclusionscan.model.Sector;
import org.inclusionscan.model.TargetGroup;

/**
 * Writes N scans, one per line, for {@code score --batch}: each like the demo (het-anker-2025, six respondents,
 * 432 answers), with every answer moved by -1, 0 or +1 at random, a region, sector and target groups at random,
 * and one line in a hundred with two mistakes (an unknown role and an answer outside 1-5) so that the error path
 * runs too. Deterministic: the same N and seed give the same file.
 *
 * <pre>java -cp ... org.inclusionscan.benchmarks.BatchInput 1000000 scans.jsonl [seed]</pre>
 */
public final class BatchInput {

    /** One line in this many has mistakes. */
    public static final int BAD_EVERY = 100;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private BatchInput() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("Usage: BatchInput N FILE.jsonl [seed]");
            System.exit(2);
        }
        long count = Long.parseLong(args[0]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 17;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(Path.of(args[1])), 1 << 16)) {
            write(count, seed, out);
        }
    }

    public static void write(long count, long seed, OutputStream out) throws IOException {
        ObjectNode demo = (ObjectNode) MAPPER.readTree(Inputs.demoJson());
        SplittableRandom random = new SplittableRandom(seed);
        List<Region> regions = List.of(Region.values());
        List<Sector> sectors = List.of(Sector.values());
        List<TargetGroup> groups = List.of(TargetGroup.values());
        for (long line = 1; line <= count; line++) {
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
                        answer.setValue(MAPPER.getNodeFactory().numberNode(
                                Math.max(1, Math.min(5, answer.getValue().intValue() + random.nextInt(3) - 1))));
                    }
                }
            }
            if (line % BAD_EVERY == 0) {
                ((ObjectNode) scan.get("respondents").get(0)).put("role", "boss");
                ((ObjectNode) scan.get("respondents").get(2).get("answers")).put("vision-1", 7);
            }
            out.write(MAPPER.writeValueAsString(scan).getBytes(StandardCharsets.UTF_8));
            out.write('\n');
        }
    }
}
