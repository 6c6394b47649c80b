package org.inclusionscan.rules.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.inclusionscan.json.Json;
import org.inclusionscan.model.Dimension;
import org.inclusionscan.model.Domain;
import org.inclusionscan.model.Factor;
import org.inclusionscan.model.HasId;
import org.inclusionscan.model.Region;
import org.inclusionscan.model.Sector;
import org.inclusionscan.model.TargetGroup;
import org.inclusionscan.rules.drools.RuleSetSources;
import org.inclusionscan.rules.drools.RuleSource;
import org.inclusionscan.tools.ToolCatalogue;

/**
 * Fuzzes the scenario reader (the check operation's input) with generated scenarios and with the
 * bundled ones changed as JSON trees and as bytes. The oracle is {@link RuleFileOracle}: read and
 * run against the default rules, or refuse with problems located by file and JSON path.
 *
 * <p>Each property runs {@code rules.fuzz.tries} times (300 by default, the module's pom hands it
 * to jqwik); {@code -Drules.fuzz.tries=5000} runs longer.
 */
class ScenarioFuzzTest {

    static final List<String> BUNDLED = RuleSetSources.bundled().scenarios().stream().map(RuleSource::content).toList();

    @Property
    void everyGeneratedScenarioReadsAndRuns(@ForAll("generated") JsonNode scenario) throws JsonProcessingException {
        assertThat(RuleFileOracle.scenario(Json.mapper().writeValueAsBytes(scenario))).isEqualTo(RuleFileOracle.READ);
    }

    @Property
    void aScenarioChangedAsATreeIsReadOrRefusedWithLocatedProblems(@ForAll("bundled") String scenario,
            @ForAll("treeMutations") List<Mutations.Tree> mutations) throws JsonProcessingException {
        JsonNode tree = Json.mapper().readTree(scenario);
        for (Mutations.Tree mutation : mutations) {
            tree = mutation.apply(tree);
        }
        String outcome = RuleFileOracle.scenario(Json.mapper().writeValueAsBytes(tree));
        Statistics.label("outcome").collect(outcome);
        Statistics.label("outcome").coverage(coverage -> {
            coverage.check(RuleFileOracle.READ).count(count -> count > 0);
            coverage.check("json.type").count(count -> count > 0);
        });
    }

    @Property
    void aScenarioChangedAsBytesIsReadOrRefusedWithLocatedProblems(@ForAll("bundled") String scenario,
            @ForAll("byteMutations") List<Mutations.Bytes> mutations) {
        byte[] document = scenario.getBytes(StandardCharsets.UTF_8);
        for (Mutations.Bytes mutation : mutations) {
            document = mutation.apply(document);
        }
        String outcome = RuleFileOracle.scenario(document);
        Statistics.label("outcome").collect(outcome);
        Statistics.label("outcome").coverage(coverage -> {
            coverage.check(RuleFileOracle.READ).count(count -> count > 0);
            coverage.check("json.syntax").count(count -> count > 0);
            coverage.check("not-utf-8").count(count -> count > 0);
        });
    }

    @Provide
    Arbitrary<String> bundled() {
        return Arbitraries.of(BUNDLED);
    }

    @Provide
    Arbitrary<List<Mutations.Tree>> treeMutations() {
        return Mutations.trees().list().ofMinSize(1).ofMaxSize(4);
    }

    @Provide
    Arbitrary<List<Mutations.Bytes>> byteMutations() {
        return Mutations.bytes(List.of("\"", "{", "}", "[", "]", ",", ":", "\\", "\\u", "\\ud800", "1e999", "null", "\"x\":1,"))
                .list().ofMinSize(1).ofMaxSize(3);
    }

    /** Valid scenarios from the whole vocabulary: any organisation, means and spreads in range, known ids to expect. */
    @Provide
    Arbitrary<JsonNode> generated() {
        Arbitrary<Double> means = Arbitraries.integers().between(100, 500).map(hundredths -> hundredths / 100.0);
        Arbitrary<Map<String, Double>> factors = Arbitraries.maps(ids(Factor.class), means).ofMaxSize(8);
        Arbitrary<Map<String, Double>> spread = Arbitraries.maps(ids(Factor.class),
                Arbitraries.integers().between(0, 400).map(h -> h / 100.0)).ofMaxSize(3);
        Arbitrary<Map<String, Double>> dimensions = Arbitraries.maps(ids(Dimension.class), means).ofMaxSize(3);
        Arbitrary<Map<String, Double>> domains = Arbitraries.maps(ids(Domain.class), means).ofMaxSize(3);
        Arbitrary<List<String>> groups = ids(TargetGroup.class).list().uniqueElements().ofMaxSize(3);
        // At least one tool: a scenario must expect something (issue 12).
        Arbitrary<List<String>> tools = Arbitraries.of(List.copyOf(ToolCatalogue.defaults().ids())).list().ofMinSize(1).ofMaxSize(3);
        Arbitrary<ObjectNode> given = Combinators.combine(ids(Region.class), ids(Sector.class), groups, factors, spread,
                dimensions, domains, Arbitraries.integers().between(1, 2000)).as((region, sector, targetGroups, f, s, d, o, respondents) -> {
                    ObjectNode node = Json.mapper().createObjectNode();
                    ObjectNode organisation = node.putObject("organisation").put("region", region).put("sector", sector);
                    targetGroups.forEach(organisation.putArray("targetGroups")::add);
                    f.forEach(node.putObject("factors")::put);
                    s.forEach(node.putObject("spread")::put);
                    d.forEach(node.putObject("dimensions")::put);
                    o.forEach(node.putObject("domains")::put);
                    node.put("respondents", respondents);
                    return node;
                });
        return Combinators.combine(given, tools, Arbitraries.strings().alpha().numeric().withChars(" éß-'").ofMaxLength(40).map(text -> "scenario " + text), means).as((g, t, name, all) -> {
            ObjectNode root = Json.mapper().createObjectNode();
            root.put("name", name);
            root.set("given", g.put("allFactors", all));
            ObjectNode expect = root.putObject("expect");
            t.forEach(expect.putArray("tools")::add);
            expect.putArray("recommendations");
            return root;
        });
    }

    private static <E extends Enum<E> & HasId> Arbitrary<String> ids(Class<E> type) {
        return Arbitraries.of(type).map(HasId::id);
    }
}
