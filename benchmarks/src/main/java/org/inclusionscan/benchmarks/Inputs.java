package org.inclusionscan.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.inclusionscan.model.Dimension;
import org.inclusionscan.model.Domain;
import org.inclusionscan.model.Factor;
import org.inclusionscan.model.Organisation;
import org.inclusionscan.model.Region;
import org.inclusionscan.model.Sector;
import org.inclusionscan.model.TargetGroup;
import org.inclusionscan.rules.Advisor;
import org.inclusionscan.rules.ScoreCards;
import org.inclusionscan.rules.drools.RuleSetSources;
import org.inclusionscan.rules.drools.RuleSource;
import org.inclusionscan.scan.Scan;
import org.inclusionscan.scan.ScanReader;
import org.inclusionscan.scoring.ScoreCard;
import org.inclusionscan.scoring.Scorer;

/** The inputs every benchmark shares: the demo scan, generated scans, score cards and rule sets. */
public final class Inputs {

    /** The realistic scan: a local service centre in Brussels, six respondents. */
    public static final String DEMO = "/org/inclusionscan/examples/het-anker-2025.json";

    /** A score card and the organisation it belongs to. */
    public record Case(ScoreCard card, Organisation organisation) {
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final double[] EDGES = {2.5, 2.49, 2.51, 3.25, 3.24, 4.0, 3.99, 1.0, 5.0};

    private Inputs() {
    }

    public static String demoJson() {
        try (InputStream in = Inputs.class.getResourceAsStream(DEMO)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The demo scan with this many respondents: the demo's six, repeated in turn, each answer moved
     * by -1, 0 or +1 at random (within 1-5), so scores and spreads differ per size.
     */
    public static String scanJson(int respondents, long seed) {
        try {
            ObjectNode root = (ObjectNode) MAPPER.readTree(demoJson());
            ArrayNode demo = (ArrayNode) root.get("respondents");
            ArrayNode generated = MAPPER.createArrayNode();
            SplittableRandom random = new SplittableRandom(seed);
            for (int i = 0; i < respondents; i++) {
                ObjectNode respondent = ((ObjectNode) demo.get(i % demo.size())).deepCopy();
                respondent.put("id", "r" + (i + 1));
                ObjectNode answers = (ObjectNode) respondent.get("answers");
                for (Iterator<Map.Entry<String, JsonNode>> it = answers.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> answer = it.next();
                    if (answer.getValue().isInt()) {
                        answer.setValue(MAPPER.getNodeFactory().numberNode(
                                Math.max(1, Math.min(5, answer.getValue().intValue() + random.nextInt(3) - 1))));
                    }
                }
                generated.add(respondent);
            }
            root.set("respondents", generated);
            return MAPPER.writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Generated score cards with random means (often exactly on or next to a threshold), spreads,
     * respondents, absent scores, lagging dimensions, strong profiles and organisations.
     */
    public static List<Case> cases(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Case> cases = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ScoreCards.Builder builder = ScoreCards.builder().respondents(1 + random.nextInt(8));
            boolean strong = random.nextInt(5) == 0;
            builder.allFactors(strong ? 4.0 + random.nextInt(101) / 100.0 : 3.5);
            for (Factor factor : Factor.values()) {
                int pick = random.nextInt(strong ? 40 : 10);
                if (pick == 0) {
                    builder.absent(factor);
                } else if (pick <= 2) {
                    builder.factor(factor, EDGES[random.nextInt(EDGES.length)]);
                } else if (pick <= 5) {
                    builder.factor(factor, 1.0 + random.nextInt(401) / 100.0);
                }
                if (random.nextInt(4) == 0) {
                    builder.spread(factor, random.nextInt(5) == 0 ? 1.0 : random.nextInt(161) / 100.0);
                }
            }
            for (Dimension dimension : Dimension.values()) {
                if (random.nextInt(3) == 0) {
                    builder.dimension(dimension, random.nextInt(6) == 0 ? 3.0 : 1.0 + random.nextInt(401) / 100.0);
                }
            }
            if (random.nextInt(6) == 0) {
                builder.domain(Domain.ENVIRONMENT, random.nextInt(3) == 0 ? 2.5 : 1.0 + random.nextInt(401) / 100.0);
            }
            cases.add(new Case(builder.build(), organisation(random)));
        }
        return cases;
    }

    /**
     * What the advise benchmarks advise: for {@code demo} the demo scan scored with the advisor's own
     * settings, otherwise 1,024 generated cases (seed 42).
     */
    public static Case[] adviseCases(String input, Advisor advisor) {
        if (input.equals("demo")) {
            ScanReader reader = ScanReader.create();
            Scan scan = reader.read(demoJson(), "demo");
            ScoreCard card = Scorer.create(advisor.scoringSettings())
                    .score(scan, reader.questionnaires().find(scan.questionnaireId()).orElseThrow());
            return new Case[] {new Case(card, scan.organisation())};
        }
        return cases(1024, 42L).toArray(Case[]::new);
    }

    private static Organisation organisation(SplittableRandom random) {
        Region region = Region.values()[random.nextInt(Region.values().length)];
        Sector sector = Sector.values()[random.nextInt(Sector.values().length)];
        List<TargetGroup> groups = new ArrayList<>();
        for (TargetGroup group : TargetGroup.values()) {
            if (random.nextInt(4) == 0) {
                groups.add(group);
            }
        }
        return new Organisation("Generated " + random.nextInt(1000), region, sector, groups);
    }

    /**
     * The bundled rule set and {@code copies - 1} copies of its DRL files, each in a package and
     * with rule names of its own ({@code dimension.policy.lagging.copy-3}): {@code copies} times the
     * rules, same thresholds, table and wording (each copy of the table rule matches the same rows).
     */
    public static RuleSetSources ruleSet(int copies) {
        RuleSetSources bundled = RuleSetSources.bundled();
        List<RuleSource> rules = new ArrayList<>(bundled.rules());
        for (int copy = 2; copy <= copies; copy++) {
            String suffix = ".copy-" + copy;
            String pkg = "org.inclusionscan.rules.copy" + copy;
            for (RuleSource file : bundled.rules()) {
                String content = file.content().replace("org.inclusionscan.rules.defaults", pkg)
                        .replaceAll("(?m)^rule \"([^\"]+)\"", "rule \"$1" + suffix + "\"");
                rules.add(new RuleSource("copy" + copy + "-" + file.name(), "copy" + copy + "/" + file.name(), content));
            }
        }
        return new RuleSetSources(bundled.name() + (copies > 1 ? "-x" + copies : ""), "generated x" + copies, rules,
                bundled.thresholds(), bundled.wording(), List.of(), bundled.table());
    }
}
