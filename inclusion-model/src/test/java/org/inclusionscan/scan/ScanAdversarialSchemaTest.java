package org.inclusionscan.scan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import org.inclusionscan.json.Json;
import org.inclusionscan.model.InvalidInputException;
import org.inclusionscan.model.Problem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Schema equals reader (issue 15): every adversarial document is accepted by both docs/scan.schema.json (networknt
 * json-schema-validator, Draft 2020-12, format assertions on) and ScanReader, or refused by both. The only
 * exceptions are the checks the schema's description names as beyond JSON Schema: the reader alone refuses
 * those, so a document the reader refuses for them alone may pass the schema.
 */
class ScanAdversarialSchemaTest {

    /** Problems JSON Schema cannot express (named in the schema's description). */
    private static final Set<String> READER_ONLY = Set.of("scan.unknown-item", "scan.unknown-questionnaire", "scan.duplicate-respondent");

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String ITEM = "legislation-1";
    private static JsonSchema schema;

    @BeforeAll
    static void schema() throws IOException {
        JsonNode tree = Json.mapper().readTree(Path.of("..", "docs", "scan.schema.json").toFile());
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(tree, config);
    }

    private static ObjectNode valid() {
        ObjectNode root = NODES.objectNode();
        ObjectNode organisation = root.putObject("organisation");
        organisation.put("name", "De Linde");
        organisation.put("region", "brussels");
        organisation.put("sector", "local-service-centre");
        organisation.putArray("targetGroups").add("older-people");
        root.put("questionnaire", "selfscan-1");
        root.put("date", "2026-11-22");
        ArrayNode respondents = root.putArray("respondents");
        for (String id : List.of("r1", "r2")) {
            ObjectNode respondent = respondents.addObject();
            respondent.put("id", id);
            respondent.put("role", "frontline");
            respondent.putObject("answers").put(ITEM, 3).put("legislation-2", "dont-know");
        }
        return root;
    }

    /** The cases of the issue, by name. */
    private static Map<String, Consumer<ObjectNode>> issueCases() {
        Map<String, Consumer<ObjectNode>> cases = new LinkedHashMap<>();
        cases.put("name of 200 emoji (400 UTF-16 units, 200 code points)", doc -> org(doc).put("name", "\uD83D\uDE00".repeat(200)));
        cases.put("name of 201 emoji", doc -> org(doc).put("name", "\uD83D\uDE00".repeat(201)));
        cases.put("name of 200 letters", doc -> org(doc).put("name", "a".repeat(200)));
        cases.put("name of 201 letters", doc -> org(doc).put("name", "a".repeat(201)));
        cases.put("$schema empty", doc -> doc.put("$schema", ""));
        cases.put("$schema blank", doc -> doc.put("$schema", "   "));
        cases.put("$schema 10001 long", doc -> doc.put("$schema", "h".repeat(10_001)));
        cases.put("$schema a number", doc -> doc.put("$schema", 3));
        cases.put("$schema null", doc -> doc.putNull("$schema"));
        cases.put("answer 3.0", doc -> answers(doc).put(ITEM, 3.0));
        cases.put("answer 1e0", doc -> answers(doc).put(ITEM, NODES.numberNode(new java.math.BigDecimal("1e0"))));
        cases.put("answer 2.5", doc -> answers(doc).put(ITEM, 2.5));
        cases.put("answer 3.0000000000000000001", doc -> answers(doc).put(ITEM, new java.math.BigDecimal("3.0000000000000000001")));
        cases.put("answer 0.0", doc -> answers(doc).put(ITEM, 0.0));
        cases.put("answer 1e400", doc -> answers(doc).put(ITEM, new java.math.BigDecimal("1e400")));
        cases.put("answer 6.0", doc -> answers(doc).put(ITEM, 6.0));
        cases.put("answer \"3\"", doc -> answers(doc).put(ITEM, "3"));
        cases.put("questionnaire blank", doc -> doc.put("questionnaire", "  "));
        cases.put("questionnaire empty", doc -> doc.put("questionnaire", ""));
        cases.put("date 2026-02-30", doc -> doc.put("date", "2026-02-30"));
        cases.put("date 2026-13-01", doc -> doc.put("date", "2026-13-01"));
        cases.put("date 2025-02-29", doc -> doc.put("date", "2025-02-29"));
        cases.put("date 2024-02-29", doc -> doc.put("date", "2024-02-29"));
        cases.put("targetGroups null", doc -> org(doc).putNull("targetGroups"));
        cases.put("organisation note null", doc -> org(doc).putNull("note"));
        cases.put("scan note null", doc -> doc.putNull("note"));
        cases.put("respondent note null", doc -> respondent(doc).putNull("note"));
        cases.put("name of only U+00A0", doc -> org(doc).put("name", "\u00A0"));
        cases.put("name of only U+2007", doc -> org(doc).put("name", "\u2007\u2007"));
        cases.put("name of only U+202F", doc -> org(doc).put("name", "\u202F"));
        cases.put("name of only U+3000", doc -> org(doc).put("name", "\u3000"));
        cases.put("name with U+00A0 and a letter", doc -> org(doc).put("name", "\u00A0x"));
        cases.put("name of only a byte-order mark", doc -> org(doc).put("name", "\uFEFF"));
        cases.put("respondent id blank", doc -> respondent(doc).put("id", " \t"));
        cases.put("duplicate target group", doc -> ((ArrayNode) org(doc).get("targetGroups")).add("older-people"));
        cases.put("answers null", doc -> respondent(doc).putNull("answers"));
        cases.put("no respondents", doc -> doc.putArray("respondents"));
        cases.put("unknown key", doc -> doc.put("extra", true));
        return cases;
    }

    @Test
    void theIssuesCasesAreAcceptedByBothOrRefusedByBoth() {
        List<String> disagreements = new ArrayList<>();
        issueCases().forEach((name, mutation) -> {
            ObjectNode doc = valid();
            mutation.accept(doc);
            disagreement(name, doc).ifPresent(disagreements::add);
        });
        assertThat(disagreements).isEmpty();
    }

    @Test
    void generatedDocumentsAreAcceptedByBothOrRefusedByBoth() {
        List<String> disagreements = new ArrayList<>();
        int accepted = 0;
        for (long seed = 1; seed <= 600; seed++) {
            Random random = new Random(seed);
            ObjectNode doc = valid();
            StringBuilder name = new StringBuilder("seed " + seed + ":");
            for (int mutations = 1 + random.nextInt(2); mutations > 0; mutations--) {
                name.append(' ').append(mutate(doc, random));
            }
            var outcome = disagreement(name.toString(), doc);
            outcome.ifPresent(disagreements::add);
            if (schema.validate(doc).isEmpty()) {
                accepted++;
            }
        }
        assertThat(disagreements).isEmpty();
        assertThat(accepted).as("some generated documents are valid, so acceptance is compared too").isGreaterThan(30);
    }

    private static final String[] PATHS = {"/$schema", "/questionnaire", "/date", "/note", "/organisation", "/organisation/name",
        "/organisation/region", "/organisation/sector", "/organisation/targetGroups", "/organisation/note", "/respondents",
        "/respondents/0/id", "/respondents/1/id", "/respondents/0/role", "/respondents/0/note", "/respondents/0/answers",
        "/respondents/0/answers/" + ITEM, "/respondents/1/answers/legislation-2", "/respondents/0/answers/legislation-3"};

    private static JsonNode value(Random random) {
        return switch (random.nextInt(40)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.textNode("");
            case 2 -> NODES.textNode(" ");
            case 3 -> NODES.textNode("\u00A0");
            case 4 -> NODES.textNode("\u2007\u202F");
            case 5 -> NODES.textNode("x".repeat(200));
            case 6 -> NODES.textNode("x".repeat(201));
            case 7 -> NODES.textNode("\uD83D\uDE00".repeat(150));
            case 8 -> NODES.textNode("\uD83D\uDE00".repeat(201));
            case 9 -> NODES.numberNode(0);
            case 10 -> NODES.numberNode(1);
            case 11 -> NODES.numberNode(5);
            case 12 -> NODES.numberNode(6);
            case 13 -> NODES.numberNode(-1);
            case 14 -> NODES.numberNode(3.0);
            case 15 -> NODES.numberNode(2.5);
            case 16 -> NODES.numberNode(new java.math.BigDecimal("4e0"));
            case 17 -> NODES.booleanNode(true);
            case 18 -> NODES.arrayNode();
            case 19 -> NODES.objectNode();
            case 20 -> NODES.textNode("dont-know");
            case 21 -> NODES.textNode("2026-02-30");
            case 22 -> NODES.textNode("2024-02-29");
            case 23 -> NODES.textNode("2026-1-01");
            case 24 -> NODES.textNode("brussels");
            case 25 -> NODES.textNode("board");
            case 26 -> NODES.textNode("r1");
            case 27 -> NODES.arrayNode().add("poverty").add("children");
            case 28 -> NODES.arrayNode().add("poverty").add("poverty");
            case 29 -> NODES.arrayNode().add("nope");
            case 30 -> NODES.textNode("selfscan-1");
            case 31 -> NODES.textNode("selfscan-9");
            case 32 -> NODES.textNode("De Linde");
            case 33 -> NODES.textNode("\t\n");
            case 34 -> NODES.numberNode(3);
            case 35 -> NODES.textNode("\u3000a");
            case 36 -> NODES.objectNode().put(ITEM, 2);
            case 37 -> NODES.objectNode().put("Legislation 1", 2);
            case 38 -> NODES.textNode("n".repeat(10_001));
            default -> NODES.textNode("\uFEFF");
        };
    }

    /** Sets, removes or adds a key somewhere; returns what it did. */
    private static String mutate(ObjectNode doc, Random random) {
        String path = PATHS[random.nextInt(PATHS.length)];
        int slash = path.lastIndexOf('/');
        JsonNode parent = doc.at(path.substring(0, slash));
        String key = path.substring(slash + 1);
        int action = random.nextInt(10);
        if (parent instanceof ObjectNode object) {
            if (action == 0) {
                object.remove(key);
                return "remove " + path;
            }
            if (action == 1) {
                object.put("unknown", 1);
                return "add unknown key under " + path.substring(0, slash);
            }
            JsonNode value = value(random);
            object.set(key, value);
            return "set " + path + " = " + abbreviate(value);
        }
        if (parent instanceof ArrayNode array && key.chars().allMatch(Character::isDigit) && array.size() > Integer.parseInt(key)) {
            JsonNode value = value(random);
            array.set(Integer.parseInt(key), value);
            return "set " + path + " = " + abbreviate(value);
        }
        return "no-op at " + path;
    }

    private static String abbreviate(JsonNode value) {
        String text = value.toString();
        return text.length() > 30 ? text.substring(0, 27) + "..." : text;
    }

    private static java.util.Optional<String> disagreement(String name, ObjectNode doc) {
        boolean schemaAccepts = schema.validate(doc).isEmpty();
        List<Problem> problems;
        try {
            ScanReader.create().read(doc, "adversarial");
            problems = List.of();
        } catch (InvalidInputException refused) {
            problems = refused.problems();
        }
        boolean readerAccepts = problems.isEmpty();
        boolean readerOnly = !problems.isEmpty() && problems.stream().allMatch(problem -> READER_ONLY.contains(problem.code()));
        if (schemaAccepts == readerAccepts || (schemaAccepts && readerOnly)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(name + " -> schema " + (schemaAccepts ? "accepts" : "refuses " + schema.validate(doc))
                + ", reader " + (readerAccepts ? "accepts" : "refuses " + problems));
    }

    private static ObjectNode org(ObjectNode doc) {
        return (ObjectNode) doc.get("organisation");
    }

    private static ObjectNode respondent(ObjectNode doc) {
        return (ObjectNode) doc.get("respondents").get(0);
    }

    private static ObjectNode answers(ObjectNode doc) {
        return (ObjectNode) respondent(doc).get("answers");
    }
}
