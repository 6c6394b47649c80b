package org.inclusionscan.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.inclusionscan.json.InputLimits;
import org.inclusionscan.json.Json;
import org.inclusionscan.json.TreeReader;
import org.inclusionscan.model.Dimension;
import org.inclusionscan.model.Domain;
import org.inclusionscan.model.Factor;
import org.inclusionscan.model.HasId;
import org.inclusionscan.model.InvalidInputException;
import org.inclusionscan.model.LevelBands;
import org.inclusionscan.model.Organisation;
import org.inclusionscan.model.Region;
import org.inclusionscan.model.Sector;
import org.inclusionscan.model.TargetGroup;
import org.inclusionscan.session.AgreementStatus;
import org.inclusionscan.session.History;
import org.inclusionscan.tools.ToolCatalogue;

/**
 * Reads a scenario file strictly and totally: every problem is reported with its JSON path.
 *
 * <pre>
 * {"name": "weak network", "given": {"organisation": {"region": "brussels", "sector": "youth-care",
 *   "targetGroups": ["older-people"]}, "factors": {"network-vitality": 2.1}, "spread": {"image": 1.6},
 *   "respondents": 6, "dimensions": {"policy": 2.0}, "domains": {}, "absent": ["history"], "allFactors": 3.5,
 *   "history": {"previousFactors": {"network-vitality": 2.0},
 *               "agreements": [{"factor": "network-vitality", "tool": "inclusieweb", "status": "done"}]}},
 *  "expect": {"recommendations": [], "tools": [], "absentRecommendations": [], "absentTools": [], "order": [], "merged": []}}
 * </pre>
 */
public final class ScenarioReader {

    private static final Set<String> ROOT_KEYS = Set.of("$schema", "name", "description", "given", "expect");
    private static final Set<String> GIVEN_KEYS = Set.of("organisation", "factors", "spread", "respondents", "dimensions",
            "domains", "absent", "allFactors", "history");
    private static final Set<String> HISTORY_KEYS = Set.of("previousFactors", "agreements");
    private static final Set<String> AGREEMENT_KEYS = Set.of("factor", "tool", "status");
    private static final Set<String> ORGANISATION_KEYS = Set.of("name", "region", "sector", "targetGroups", "note");
    private static final Set<String> EXPECT_KEYS = Set.of("recommendations", "tools", "absentRecommendations", "absentTools",
            "order", "merged");

    private final ToolCatalogue catalogue;
    private final LevelBands bands;
    private final Set<String> recommendationIds;

    /**
     * A reader that checks tool ids against a catalogue and gives levels by the rule set's bands.
     *
     * @param catalogue the tool catalogue
     * @param bands     the rule set's level bands
     */
    public ScenarioReader(ToolCatalogue catalogue, LevelBands bands) {
        this(catalogue, bands, null);
    }

    /**
     * A reader that also refuses recommendation ids no rule of the rule set makes.
     *
     * @param catalogue         the tool catalogue
     * @param bands             the rule set's level bands
     * @param recommendationIds the ids the rule set can recommend; null to accept any
     */
    public ScenarioReader(ToolCatalogue catalogue, LevelBands bands, Set<String> recommendationIds) {
        this.catalogue = catalogue;
        this.bands = bands;
        this.recommendationIds = recommendationIds == null ? null : Set.copyOf(recommendationIds);
    }

    /**
     * Reads a scenario file.
     *
     * @param json the file's text
     * @param file the file as the user knows it, for messages
     * @return the scenario
     * @throws InvalidInputException with every located problem
     */
    public Scenario read(String json, String file) {
        JsonNode root;
        try {
            root = Json.parseTree(Json.mapper(), new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        TreeReader reader = new TreeReader(InputLimits.DEFAULT);
        if (!reader.isObject(root, "")) {
            throw new InvalidInputException(file, reader.problems());
        }
        reader.allowOnly(root, "", ROOT_KEYS);
        String fallbackName = file.replaceAll(".*[/\\\\]", "").replaceAll("\\.json$", "");
        String name = reader.optionalString(root, "", "name", 200).orElse(fallbackName);
        reader.optionalString(root, "", "description", 10_000);
        ScoreCards.Builder scores = ScoreCards.builder().bands(bands);
        Organisation organisation = new Organisation("scenario", Region.OTHER, Sector.OTHER, List.of());
        History history = History.NONE;
        JsonNode given = root.get("given");
        if (given == null) {
            reader.problem("given", "json.required", "key", "given");
        } else if (reader.isObject(given, "given")) {
            reader.allowOnly(given, "given", GIVEN_KEYS);
            organisation = organisation(given.get("organisation"), reader).orElse(organisation);
            JsonNode allFactors = given.get("allFactors");
            if (allFactors != null) {
                if (!allFactors.isNumber()) {
                    reader.problem("given.allFactors", "json.type", "expected", "a number", "actual", TreeReader.describe(allFactors));
                } else if (allFactors.doubleValue() < 1.0 || allFactors.doubleValue() > 5.0) {
                    reader.problem("given.allFactors", "scenario.out-of-range", "value", allFactors.asText(), "min", 1.0, "max", 5.0);
                } else {
                    scores.allFactors(allFactors.doubleValue());
                }
            }
            means(given, "factors", Factor::fromId, reader, 1.0, 5.0, scores::factor);
            means(given, "spread", Factor::fromId, reader, 0.0, 4.0, scores::spread);
            means(given, "dimensions", Dimension::fromId, reader, 1.0, 5.0, scores::dimension);
            means(given, "domains", Domain::fromId, reader, 1.0, 5.0, scores::domain);
            JsonNode respondents = given.get("respondents");
            if (respondents != null) {
                if (!respondents.isInt()) {
                    reader.problem("given.respondents", "json.type", "expected", "a whole number", "actual", TreeReader.describe(respondents));
                } else if (respondents.intValue() < 1 || respondents.intValue() > InputLimits.DEFAULT.maxRespondents()) {
                    reader.problem("given.respondents", "scenario.out-of-range", "value", respondents.intValue(), "min", 1,
                            "max", InputLimits.DEFAULT.maxRespondents());
                } else {
                    scores.respondents(respondents.intValue());
                }
            }
            if (given.has("history")) {
                history = history(given.get("history"), reader);
            }
            if (given.has("absent")) {
                ids(given.get("absent"), "given.absent", reader).forEach((path, id) ->
                        reader.id(id, path, Factor::fromId).ifPresent(scores::absent));
            }
        }
        Scenario.Expectation expectation = new Scenario.Expectation(List.of(), List.of(), List.of(), List.of(), List.of());
        JsonNode expect = root.get("expect");
        if (expect == null) {
            reader.problem("expect", "json.required", "key", "expect");
        } else if (reader.isObject(expect, "expect")) {
            reader.allowOnly(expect, "expect", EXPECT_KEYS);
            expectation = new Scenario.Expectation(
                    list(expect, "recommendations", reader, false),
                    list(expect, "tools", reader, true),
                    list(expect, "absentRecommendations", reader, false),
                    list(expect, "absentTools", reader, true),
                    list(expect, "order", reader, false),
                    list(expect, "merged", reader, false));
            if (expectation.recommendations().isEmpty() && expectation.tools().isEmpty()
                    && expectation.absentRecommendations().isEmpty() && expectation.absentTools().isEmpty()
                    && expectation.order().isEmpty() && expectation.merged().isEmpty() && !reader.hasProblems()) {
                reader.problem("expect", "scenario.expects-nothing");
            }
        }
        if (reader.hasProblems()) {
            throw new InvalidInputException(file, reader.problems());
        }
        return new Scenario(name, file, organisation, scores.build(), history, expectation);
    }

    /** {@code given.history}: the previous round's factor means and earlier agreements by factor, tool and status. */
    private History history(JsonNode node, TreeReader reader) {
        String path = "given.history";
        if (!reader.isObject(node, path)) {
            return History.NONE;
        }
        reader.allowOnly(node, path, HISTORY_KEYS);
        Map<Factor, Double> previous = new java.util.EnumMap<>(Factor.class);
        means(node, "previousFactors", Factor::fromId, reader, 1.0, 5.0, previous::put, path);
        List<History.PastAgreement> agreements = new ArrayList<>();
        if (node.has("agreements")) {
            String listPath = TreeReader.child(path, "agreements");
            reader.array(node.get("agreements"), listPath).ifPresent(elements -> {
                for (int i = 0; i < elements.size(); i++) {
                    String elementPath = TreeReader.index(listPath, i);
                    JsonNode element = elements.get(i);
                    if (!reader.isObject(element, elementPath)) {
                        continue;
                    }
                    reader.allowOnly(element, elementPath, AGREEMENT_KEYS);
                    Optional<Factor> factor = reader.requiredId(element, elementPath, "factor", Factor::fromId);
                    Optional<AgreementStatus> status = reader.requiredId(element, elementPath, "status", AgreementStatus::fromId);
                    Optional<String> tool = reader.optionalString(element, elementPath, "tool", reader.limits().maxNameLength());
                    boolean knownTool = true;
                    if (tool.isPresent() && catalogue.find(tool.get()).isEmpty()) {
                        reader.problem(TreeReader.child(elementPath, "tool"), "scenario.unknown-tool", "id", TreeReader.shorten(tool.get()));
                        knownTool = false;
                    }
                    if (factor.isPresent() && status.isPresent() && knownTool) {
                        agreements.add(new History.PastAgreement(factor.get(), tool.orElse(null), status.get()));
                    }
                }
            });
        }
        return new History(previous, agreements);
    }

    private Optional<Organisation> organisation(JsonNode node, TreeReader reader) {
        String path = "given.organisation";
        if (node == null) {
            reader.problem(path, "json.required", "key", "organisation");
            return Optional.empty();
        }
        if (!reader.isObject(node, path)) {
            return Optional.empty();
        }
        reader.allowOnly(node, path, ORGANISATION_KEYS);
        String name = reader.optionalString(node, path, "name", reader.limits().maxNameLength()).orElse("scenario");
        Optional<Region> region = reader.requiredId(node, path, "region", Region::fromId);
        Optional<Sector> sector = reader.requiredId(node, path, "sector", Sector::fromId);
        reader.optionalString(node, path, "note", reader.limits().maxNoteLength());
        List<TargetGroup> groups = new ArrayList<>();
        if (node.has("targetGroups")) {
            ids(node.get("targetGroups"), TreeReader.child(path, "targetGroups"), reader)
                    .forEach((groupPath, id) -> reader.id(id, groupPath, TargetGroup::fromId).ifPresent(groups::add));
        }
        if (region.isEmpty() || sector.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Organisation(name, region.get(), sector.get(), groups));
    }

    private static <E extends Enum<E> & HasId> void means(JsonNode given, String key, Function<String, E> fromId,
            TreeReader reader, double min, double max, BiConsumer<E, Double> sink) {
        means(given, key, fromId, reader, min, max, sink, "given");
    }

    private static <E extends Enum<E> & HasId> void means(JsonNode parent, String key, Function<String, E> fromId,
            TreeReader reader, double min, double max, BiConsumer<E, Double> sink, String parentPath) {
        JsonNode node = parent.get(key);
        String path = TreeReader.child(parentPath, key);
        if (node == null || !reader.isObject(node, path)) {
            return;
        }
        for (Map.Entry<String, JsonNode> field : TreeReader.fields(node)) {
            String fieldPath = TreeReader.child(path, field.getKey());
            Optional<E> id = reader.id(field.getKey(), fieldPath, fromId);
            JsonNode value = field.getValue();
            if (!value.isNumber()) {
                reader.problem(fieldPath, "json.type", "expected", "a number", "actual", TreeReader.describe(value));
            } else if (value.doubleValue() < min || value.doubleValue() > max) {
                reader.problem(fieldPath, "scenario.out-of-range", "value", value.asText(), "min", min, "max", max);
            } else {
                id.ifPresent(constant -> sink.accept(constant, value.doubleValue()));
            }
        }
    }

    /** The strings of an array, by their path. */
    private static Map<String, String> ids(JsonNode node, String path, TreeReader reader) {
        Map<String, String> ids = new java.util.LinkedHashMap<>();
        reader.array(node, path).ifPresent(elements -> {
            for (int i = 0; i < elements.size(); i++) {
                String elementPath = TreeReader.index(path, i);
                reader.string(elements.get(i), elementPath, reader.limits().maxNameLength()).ifPresent(id -> ids.put(elementPath, id));
            }
        });
        return ids;
    }

    private List<String> list(JsonNode expect, String key, TreeReader reader, boolean tools) {
        if (!expect.has(key)) {
            return List.of();
        }
        List<String> result = new ArrayList<>();
        ids(expect.get(key), TreeReader.child("expect", key), reader).forEach((path, id) -> {
            if (tools && catalogue.find(id).isEmpty()) {
                reader.problem(path, "scenario.unknown-tool", "id", TreeReader.shorten(id));
            } else if (!tools && recommendationIds != null && !recommendationIds.contains(id)) {
                reader.problem(path, "scenario.unknown-recommendation",
                        DidYouMean.withHint(id, recommendationIds, "id", TreeReader.shorten(id)));
            } else {
                result.add(id);
            }
        });
        return result;
    }
}
