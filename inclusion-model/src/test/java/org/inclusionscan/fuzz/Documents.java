package org.inclusionscan.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.inclusionscan.model.Dimension;
import org.inclusionscan.model.Factor;
import org.inclusionscan.model.Language;
import org.inclusionscan.model.Organisation;
import org.inclusionscan.model.Region;
import org.inclusionscan.model.Role;
import org.inclusionscan.model.Sector;
import org.inclusionscan.model.TargetGroup;
import org.inclusionscan.questionnaire.Item;
import org.inclusionscan.questionnaire.Questionnaire;
import org.inclusionscan.questionnaire.QuestionnaireRegistry;
import org.inclusionscan.scan.Answer;
import org.inclusionscan.scan.Respondent;
import org.inclusionscan.scan.Scan;

/**
 * Generators of valid documents, built from the real default questionnaire, and of the hostile
 * values and keys that mutations put into them.
 */
final class Documents {

    static final Questionnaire QUESTIONNAIRE = QuestionnaireRegistry.defaultQuestionnaire();

    /** Writes mutated trees as they are; no limits, no pretty printing. */
    static final JsonMapper WRITER = JsonMapper.builder().addModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
            .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Every key the scan and questionnaire formats know, so that mutations hit real keys too. */
    static final List<String> KNOWN_KEYS = List.of("$schema", "organisation", "questionnaire", "date", "respondents", "note",
            "name", "region", "sector", "targetGroups", "id", "role", "answers", "title", "description", "items", "factor",
            "dimension", "reversed", "text", "nl", "fr", "en", "vision-1", "image-2", "dont-know");

    private Documents() {
    }

    /** A weighted choice for {@link Arbitraries#frequencyOf}, typed so that the tuples of one call agree. */
    private static <T> Tuple.Tuple2<Integer, Arbitrary<? extends T>> w(int weight, Arbitrary<? extends T> arbitrary) {
        return Tuple.of(weight, arbitrary);
    }

    // ---- text ------------------------------------------------------------------------------

    /** Ranges of code points a person may type or paste: mostly plain, with accents, scripts, emoji and controls. */
    private static final int[][] CODE_POINTS = {{0x20, 0x7e}, {0x20, 0x7e}, {0x20, 0x7e}, {0x20, 0x7e}, {0x20, 0x7e},
            {0xa0, 0x24f}, {0xa0, 0x24f}, {0x0, 0x1f}, {0x7f, 0x9f}, {0x2000, 0x206f}, {0xfeff, 0xfeff}, {0xfff0, 0xffff},
            {0x370, 0x6ff}, {0x4e00, 0x4fff}, {0x1f300, 0x1faff}, {0x10000, 0x10ffff}};

    /**
     * A text of {@code minLength} to {@code maxLength} well-formed code points (no lone surrogates),
     * possibly blank. Drawn from a seeded {@link java.util.Random}: building texts character by
     * character through jqwik made the suite ten times slower.
     */
    static Arbitrary<String> texts(int minLength, int maxLength) {
        return Combinators.combine(Arbitraries.integers().between(minLength, maxLength), Arbitraries.longs())
                .as((length, seed) -> text(new java.util.Random(seed), length));
    }

    static String text(java.util.Random random, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            int[] range = CODE_POINTS[random.nextInt(CODE_POINTS.length)];
            text.appendCodePoint(range[0] + random.nextInt(range[1] - range[0] + 1));
        }
        return text.toString();
    }

    /** A non-blank text a valid document accepts, at most {@code maxLength} UTF-16 units long. */
    static Arbitrary<String> validTexts(int maxLength) {
        if (maxLength < 80) {
            throw new IllegalArgumentException("Generated texts are up to 80 UTF-16 units long, not at most " + maxLength);
        }
        return texts(1, 40).map(text -> org.inclusionscan.json.TreeReader.isBlank(text) ? "x" + text : text);
    }

    /** Strings that ask for trouble: controls, lone surrogates, placeholders, quotes, lengths near the limits. */
    static Arbitrary<String> hostileStrings() {
        return Arbitraries.frequencyOf(
                w(6, texts(0, 30)),
                w(2, Arbitraries.strings().all().ofMaxLength(20)),
                w(2, Arbitraries.of("", " ", "\t\n", "\u0000", "\ud800", "x\udfff", "{key}", "{max}", "%s %n", "\\", "\"",
                        "$", "a.b", "[0]", "$[0]", "dont-know", "DONT-KNOW", "selfscan-1", "brussels", "board", "older-people",
                        "2025-02-29", "2024-02-29", "+999999999-12-31", "vision-1", "nl", "\u202eevil", "null", "true", "3")),
                w(1, Arbitraries.of(199, 200, 201, 9_999, 10_000, 10_001, 19_999, 20_000, 20_001)
                        .map(length -> "l".repeat(length))));
    }

    static Arbitrary<String> hostileKeys() {
        return Arbitraries.frequencyOf(
                w(3, Arbitraries.of(KNOWN_KEYS)),
                w(3, hostileStrings().filter(key -> key.length() < 1_000)),
                w(1, Arbitraries.of(201, 20_000, 20_001).map("k"::repeat)));
    }

    // ---- values ----------------------------------------------------------------------------

    /** Any JSON value that may land where another was expected: wrong types, odd numbers, deep nesting. */
    static Arbitrary<JsonNode> hostileValues() {
        return Arbitraries.frequencyOf(
                w(4, hostileStrings().map(NODES::textNode)),
                w(2, Arbitraries.integers().map(NODES::numberNode)),
                w(1, Arbitraries.longs().map(NODES::numberNode)),
                w(1, Arbitraries.integers().between(20, 40).map(digits ->
                        NODES.numberNode(BigInteger.TEN.pow(digits - 1).add(BigInteger.valueOf(digits))))),
                w(1, Arbitraries.integers().between(20, 40).map(digits ->
                        NODES.numberNode(new BigDecimal(BigInteger.TEN.pow(digits - 1).add(BigInteger.ONE), digits / 2)))),
                w(1, Arbitraries.of(3.5, -0.0, 0.0, 1e308, -1e308, 4.999999999, 5.0000001, 1e-300).map(NODES::numberNode)),
                w(1, Arbitraries.of(NODES.booleanNode(true), NODES.booleanNode(false), NODES.nullNode(),
                        NODES.arrayNode(), NODES.objectNode())),
                w(2, Arbitraries.of(NODES.textNode("dont-know"), NODES.numberNode(1), NODES.numberNode(5),
                        NODES.numberNode(0), NODES.numberNode(6), NODES.numberNode(-1), NODES.textNode("brussels"),
                        NODES.textNode("youth-work"), NODES.textNode("staff"), NODES.textNode("2025-11-20"))),
                w(1, Arbitraries.integers().between(1, 40).flatMap(depth ->
                        Arbitraries.of(true, false).map(arrays -> nested(depth, arrays)))),
                w(1, hostileStrings().list().ofMaxSize(5).map(strings -> {
                    ArrayNode array = NODES.arrayNode();
                    strings.forEach(array::add);
                    return array;
                })));
    }

    /** A value nested {@code depth} levels deep in arrays or objects. */
    static JsonNode nested(int depth, boolean arrays) {
        JsonNode node = NODES.numberNode(3);
        for (int i = 0; i < depth; i++) {
            node = arrays ? NODES.arrayNode().add(node) : NODES.objectNode().set("n", node);
        }
        return node;
    }

    // ---- valid scans -----------------------------------------------------------------------

    /** Valid scans of the default questionnaire: any organisation, 1 to 15 respondents, any coverage. */
    static Arbitrary<Scan> scans() {
        return scans(15);
    }

    static Arbitrary<Scan> scans(int maxRespondents) {
        Arbitrary<Organisation> organisations = Combinators.combine(
                validTexts(200), Arbitraries.of(Region.class), Arbitraries.of(Sector.class),
                Arbitraries.of(TargetGroup.class).list().uniqueElements().ofMaxSize(4),
                notes()).as(Organisation::new);
        Arbitrary<LocalDate> dates = Arbitraries.integers().between(-30_000, 60_000).map(LocalDate::ofEpochDay);
        Arbitrary<List<Respondent>> respondents = respondents().list().ofMinSize(1).ofMaxSize(maxRespondents)
                .uniqueElements(Respondent::id);
        return Combinators.combine(organisations, dates, respondents, notes())
                .as((organisation, date, people, note) -> new Scan(organisation, QUESTIONNAIRE.id(), date, people, note));
    }

    private static Arbitrary<String> notes() {
        return Arbitraries.frequencyOf(
                w(6, Arbitraries.just("absent").map(absent -> (String) null)),
                w(4, validTexts(10_000)),
                w(1, Arbitraries.of(9_999, 10_000).map("n"::repeat)));
    }

    private static Arbitrary<Respondent> respondents() {
        List<Item> items = QUESTIONNAIRE.items();
        // Per respondent a weight of leaving items out, so that some scores lack answers and go absent.
        // The answers come from a seeded java.util.Random: generating 73 values per respondent through jqwik is slow.
        Arbitrary<List<Integer>> answerCodes = Combinators.combine(Arbitraries.integers().between(0, 30), Arbitraries.longs())
                .as((missingWeight, seed) -> {
                    java.util.Random random = new java.util.Random(seed);
                    List<Integer> codes = new ArrayList<>(items.size());
                    for (int i = 0; i < items.size(); i++) {
                        int pick = random.nextInt(missingWeight + 18);
                        codes.add(pick < missingWeight + 1 ? -1 : pick < missingWeight + 3 ? 0 : 1 + (pick - missingWeight - 3) % 5);
                    }
                    return codes;
                });
        return Combinators.combine(validTexts(200), Arbitraries.of(Role.class), answerCodes, notes())
                .as((id, role, codes, note) -> {
                    Map<String, Answer> answers = new LinkedHashMap<>();
                    for (int i = 0; i < items.size(); i++) {
                        int code = codes.get(i);
                        if (code >= 0) {
                            answers.put(items.get(i).id(), code == 0 ? Answer.DONT_KNOW : Answer.of(code));
                        }
                    }
                    return new Respondent(id, role, answers, note);
                });
    }

    // ---- valid questionnaires -------------------------------------------------------------

    /** The bundled questionnaire as a tree, the start of every generated one. */
    static ObjectNode bundledQuestionnaire() {
        try (InputStream in = QuestionnaireRegistry.class.getResourceAsStream(QuestionnaireRegistry.DEFAULT_ID + ".json")) {
            return (ObjectNode) WRITER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Arbitrary<String> itemIds() {
        return Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789").ofLength(1)
                .flatMap(first -> Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789._-").ofMaxLength(30)
                        .map(rest -> first + rest));
    }

    private static Arbitrary<ObjectNode> languageTexts(int maxLength) {
        return Arbitraries.subsetOf(Language.values()).filter(languages -> !languages.isEmpty())
                .flatMap(languages -> validTexts(maxLength).list().ofSize(languages.size()).map(texts -> {
                    ObjectNode node = NODES.objectNode();
                    int i = 0;
                    for (Language language : Language.values()) {
                        if (languages.contains(language)) {
                            node.put(language.id(), texts.get(i++));
                        }
                    }
                    return node;
                }));
    }

    /** 30 distinct valid item ids, from a seeded java.util.Random (faster than jqwik's unique lists). */
    private static List<String> itemIds(long seed) {
        java.util.Random random = new java.util.Random(seed);
        String first = "abcdefghijklmnopqrstuvwxyz0123456789";
        String rest = first + "._-";
        java.util.Set<String> ids = new java.util.LinkedHashSet<>();
        while (ids.size() < 30) {
            StringBuilder id = new StringBuilder().append(first.charAt(random.nextInt(first.length())));
            int length = random.nextInt(random.nextBoolean() ? 8 : 60);
            for (int i = 0; i < length; i++) {
                id.append(rest.charAt(random.nextInt(rest.length())));
            }
            ids.add(id.toString());
        }
        return List.copyOf(ids);
    }

    /** Texts in one to three languages from a seeded java.util.Random, some long. */
    private static Arbitrary<ObjectNode> seededTexts() {
        return Combinators.combine(Arbitraries.integers().between(1, 7), Arbitraries.longs()).as((languages, seed) -> {
            java.util.Random random = new java.util.Random(seed);
            ObjectNode node = NODES.objectNode();
            for (Language language : Language.values()) {
                if ((languages & (1 << language.ordinal())) != 0) {
                    node.put(language.id(), "x" + text(random, random.nextInt(random.nextInt(10) == 0 ? 2_000 : 40)));
                }
            }
            return node;
        });
    }

    /** Valid questionnaires: 1 to 30 items with new ids, factors, dimensions and texts. */
    static Arbitrary<ObjectNode> questionnaires() {
        Arbitrary<ObjectNode> items = Combinators.combine(Arbitraries.of(Factor.class), Arbitraries.of(Dimension.class),
                Arbitraries.of("true", "false", "absent", "null"), seededTexts()).as((factor, dimension, reversed, text) -> {
                    ObjectNode item = NODES.objectNode();
                    item.put("factor", factor.id());
                    item.put("dimension", dimension.id());
                    switch (reversed) {
                        case "true", "false" -> item.put("reversed", Boolean.parseBoolean(reversed));
                        case "null" -> item.putNull("reversed");
                        default -> { }
                    }
                    item.set("text", text);
                    return item;
                });
        Arbitrary<List<ObjectNode>> itemLists = items.list().ofMinSize(1).ofMaxSize(30);
        Arbitrary<List<String>> ids = Arbitraries.longs().map(Documents::itemIds);
        Arbitrary<ObjectNode> descriptions = languageTexts(10_000).injectNull(0.3);
        return Combinators.combine(itemIds(), languageTexts(10_000), descriptions, itemLists, ids)
                .as((id, title, description, itemList, itemIdList) -> {
                    ObjectNode root = NODES.objectNode();
                    root.put("id", id);
                    root.set("title", title);
                    if (description != null) {
                        root.set("description", description);
                    }
                    ArrayNode array = root.putArray("items");
                    for (int i = 0; i < itemList.size(); i++) {
                        ObjectNode item = NODES.objectNode().put("id", itemIdList.get(i));
                        item.setAll(itemList.get(i));
                        array.add(item);
                    }
                    return root;
                });
    }

    /** A plain list, for building trees by hand in tests. */
    static List<JsonNode> elements(JsonNode array) {
        List<JsonNode> elements = new ArrayList<>();
        array.elements().forEachRemaining(elements::add);
        return elements;
    }
}
