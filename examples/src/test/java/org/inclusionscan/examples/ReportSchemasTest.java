package org.inclusionscan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.inclusionscan.json.Json;
import org.inclusionscan.model.Factor;
import org.inclusionscan.model.Language;
import org.inclusionscan.model.Organisation;
import org.inclusionscan.model.Region;
import org.inclusionscan.model.Role;
import org.inclusionscan.model.ScanResult;
import org.inclusionscan.model.Sector;
import org.inclusionscan.model.TargetGroup;
import org.inclusionscan.questionnaire.Item;
import org.inclusionscan.questionnaire.Questionnaire;
import org.inclusionscan.questionnaire.QuestionnaireRegistry;
import org.inclusionscan.report.ReportFormat;
import org.inclusionscan.report.ReportOptions;
import org.inclusionscan.report.Reporter;
import org.inclusionscan.rules.Advisor;
import org.inclusionscan.scan.Answer;
import org.inclusionscan.scan.Respondent;
import org.inclusionscan.scan.Scan;
import org.inclusionscan.session.AgreedPicture;
import org.inclusionscan.session.Agreement;
import org.inclusionscan.session.AgreementReview;
import org.inclusionscan.session.AgreementStatus;
import org.inclusionscan.session.CardOutcome;
import org.inclusionscan.session.CardRef;
import org.inclusionscan.session.History;
import org.inclusionscan.session.RoundContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Schema equals output (issue 15, item 7) for the report and comparison schemas: every JSON report and comparison
 * the library produces (the bundled demo scans and generated ones, in nl, fr and en, first rounds and follow-ups
 * with a team session and reviewed agreements) validates against docs/report.schema.json or
 * docs/comparison.schema.json (networknt json-schema-validator, Draft 2020-12, format assertions on); and the
 * schemas are tight: mutations of a valid document (a key removed, an unknown key, a value of another type, a
 * number out of range, an impossible date, an unknown id) are refused.
 */
class ReportSchemasTest {

    private static final Advisor ADVISOR = Advisor.defaults();
    private static final Reporter REPORTER = Reporter.withTexts(ADVISOR.texts());
    private static final LocalDate GENERATED_ON = LocalDate.of(2027, 1, 15);
    private static final int GENERATED_ORGANISATIONS = 12;

    private static JsonSchema reportSchema;
    private static JsonSchema comparisonSchema;

    @BeforeAll
    static void schemas() {
        reportSchema = schema("report.schema.json");
        comparisonSchema = schema("comparison.schema.json");
    }

    private static JsonSchema schema(String file) {
        try {
            JsonNode tree = Json.mapper().readTree(Path.of("..", "docs", file).toFile());
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(tree, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------- what the library produces

    /** One round of an organisation: its result and what the report shows of its team sessions. */
    record Round(String name, ScanResult result, RoundContext context) {
    }

    /** An organisation's first round and a follow-up advised with its history, with sessions and reviews. */
    record Rounds(String name, Round first, Round second) {
    }

    static Stream<Rounds> produced() {
        List<Rounds> all = new ArrayList<>();
        all.add(followUp("het-anker", ExampleScan.HET_ANKER_2025.read(), ExampleScan.HET_ANKER_2026.read(), new Random(1)));
        for (ExampleScan example : List.of(ExampleScan.DE_BRUG, ExampleScan.LINDEGEM, ExampleScan.DE_PASSER)) {
            Scan scan = example.read();
            all.add(followUp(example.id(), scan, later(scan, new Random(example.ordinal())), new Random(example.ordinal())));
        }
        Random random = new Random(15);
        for (int i = 0; i < GENERATED_ORGANISATIONS; i++) {
            Scan first = generated(random, "generated-" + i, i == 0);
            all.add(followUp("generated-" + i, first, later(first, random), random));
        }
        return all.stream();
    }

    static Stream<Arguments> producedInEveryLanguage() {
        return produced().flatMap(rounds -> Stream.of(Language.values()).map(language -> Arguments.of(rounds, language)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("producedInEveryLanguage")
    void everyReportAndComparisonMatchesItsSchema(Rounds rounds, Language language) {
        ReportOptions options = ReportOptions.in(language).withGeneratedOn(GENERATED_ON);
        for (Round round : List.of(rounds.first(), rounds.second())) {
            for (RoundContext context : List.of(RoundContext.NONE, round.context())) {
                // WHEN a round is reported, without and with its sessions
                JsonNode report = json(REPORTER.render(round.result(), context, ReportFormat.JSON, options));

                // THEN the report keeps its schema
                assertThat(reportSchema.validate(report)).as(round.name() + (context.isEmpty() ? "" : " with session")).isEmpty();
            }
        }
        // WHEN the two rounds are compared THEN the comparison keeps its schema
        JsonNode comparison = json(REPORTER.renderComparison(rounds.first().result(), rounds.second().result(), ReportFormat.JSON,
                options));
        assertThat(comparisonSchema.validate(comparison)).as(rounds.name()).isEmpty();
    }

    /** Every report the suite produces (round 2 with its session and reviews), in English. */
    private static List<JsonNode> followUpReports() {
        return produced().map(rounds -> json(REPORTER.render(rounds.second().result(), rounds.second().context(), ReportFormat.JSON,
                ReportOptions.in(Language.EN).withGeneratedOn(GENERATED_ON)))).toList();
    }

    @Test
    void theProducedReportsShowEveryOptionalPartOfTheSchema() {
        // GIVEN the reports the suite above validates
        List<JsonNode> reports = followUpReports();

        // THEN together they show every optional part, so the schema is checked on each of them
        Map<String, java.util.function.Predicate<JsonNode>> parts = new LinkedHashMap<>();
        parts.put("agreed picture", report -> report.has("agreedPicture"));
        parts.put("reviewed agreements", report -> report.at("/agreementReview/agreements").size() > 0);
        parts.put("roles", report -> report.at("/team/roles").size() > 0);
        parts.put("hidden roles", report -> report.at("/team/hiddenRoles").size() > 0);
        parts.put("notes", report -> report.at("/team/notes").size() > 0);
        parts.put("topics", report -> report.at("/team/topics").size() > 0);
        parts.put("spread", report -> !report.at("/scores/factors").findValues("spread").isEmpty());
        parts.put("absent reason", report -> !report.at("/scores").findValues("absentReason").isEmpty());
        parts.put("reasons", report -> report.at("/recommendations").findValues("reasons").stream().mapToInt(JsonNode::size).sum() > 0);
        parts.put("follow-up advice", report -> report.at("/recommendations").findValues("id").stream().map(JsonNode::asText)
                .anyMatch(id -> id.startsWith("followup.")));
        parts.put("organisation note", report -> report.at("/organisation/note").isTextual());
        parts.put("scan note", report -> report.at("/scan/note").isTextual());
        List<String> missing = parts.entrySet().stream().filter(part -> reports.stream().noneMatch(part.getValue()))
                .map(Map.Entry::getKey).toList();
        assertThat(missing).isEmpty();
    }

    private static Rounds followUp(String name, Scan firstScan, Scan secondScan, Random random) {
        ScanResult first = ADVISOR.evaluate(firstScan);
        AgreedPicture session = session(first, firstScan.date().plusDays(7), random);
        List<AgreementReview> reviews = new ArrayList<>();
        AgreementStatus[] statuses = AgreementStatus.values();
        for (Agreement agreement : session.agreements()) {
            reviews.add(new AgreementReview(agreement, session.heldOn(), statuses[random.nextInt(statuses.length)]));
        }
        // The weakest factor's agreement done: if it stays weak, the follow-up rules speak.
        reviews.set(0, new AgreementReview(session.agreements().get(0), session.heldOn(), AgreementStatus.DONE));
        ScanResult second = ADVISOR.evaluate(secondScan, History.of(first.scores(), reviews));
        AgreedPicture secondSession = session(second, secondScan.date().plusDays(7), random);
        return new Rounds(name, new Round(name + " round 1", first, RoundContext.of(session)),
                new Round(name + " round 2", second, RoundContext.of(secondSession).withReviews(reviews)));
    }

    /** A team session on a round: a factor card and an item card, each with an agreement (one with a tool). */
    private static AgreedPicture session(ScanResult result, LocalDate heldOn, Random random) {
        Questionnaire questionnaire = result.questionnaire();
        Item item = questionnaire.items().get(random.nextInt(questionnaire.items().size()));
        // The weakest factor, so the agreement's review matters to the follow-up rules.
        Factor factor = java.util.Arrays.stream(Factor.values()).filter(f -> result.scores().factor(f).mean() != null)
                .min(java.util.Comparator.comparingDouble(f -> result.scores().factor(f).mean())).orElse(Factor.IMAGE);
        List<String> tools = List.copyOf(new java.util.TreeSet<>(org.inclusionscan.tools.ToolCatalogue.defaults().ids()));
        return new AgreedPicture(heldOn, List.of(
                CardOutcome.of(CardRef.factor(factor), 1 + random.nextInt(5), new Agreement(factor, "Ask \"three\" visitors, then decide",
                        Role.values()[random.nextInt(Role.values().length)], heldOn.plusMonths(3), tools.get(random.nextInt(tools.size())))),
                CardOutcome.of(CardRef.item(item.id(), item.factor()), 1 + random.nextInt(5), Agreement.of(item.factor(),
                        "Één pagina per maand — ça marche", Role.values()[random.nextInt(Role.values().length)], heldOn.plusMonths(6)))));
    }

    private static final List<String> NAMES = List.of("De Linde vzw", "Centre social « Les Tilleuls »", "Ōsaka-huis",
            "A\u00A0B", "Het \"Anker\"", "x", "Émile & Zoë", "\uD83D\uDE00 Smile");

    /** A random scan of a random organisation on one of the bundled questionnaires. */
    /** A generated scan; with {@code oneRole} everyone has the same role and there are enough of them to show roles. */
    private static Scan generated(Random random, String name, boolean oneRole) {
        List<TargetGroup> groups = new ArrayList<>();
        for (TargetGroup group : TargetGroup.values()) {
            if (random.nextInt(5) == 0) {
                groups.add(group);
            }
        }
        Organisation organisation = new Organisation(NAMES.get(random.nextInt(NAMES.size())) + " " + name,
                Region.values()[random.nextInt(Region.values().length)], Sector.values()[random.nextInt(Sector.values().length)],
                groups, random.nextBoolean() ? null : "A note; with \"quotes\"");
        String questionnaireId = QuestionnaireRegistry.BUNDLED_IDS.get(random.nextInt(QuestionnaireRegistry.BUNDLED_IDS.size()));
        Questionnaire questionnaire = QuestionnaireRegistry.defaults().find(questionnaireId).orElseThrow();
        // Some factors weak (scored 1 or 2), so that rules fire; many people of one role, so that roles show.
        java.util.Set<Factor> weak = java.util.EnumSet.noneOf(Factor.class);
        for (int w = random.nextInt(4); w > 0; w--) {
            weak.add(Factor.values()[random.nextInt(Factor.values().length)]);
        }
        int respondents = oneRole ? 8 : 1 + random.nextInt(14);
        Role usual = Role.values()[random.nextInt(Role.values().length)];
        List<Respondent> people = new ArrayList<>();
        for (int r = 0; r < respondents; r++) {
            Map<String, Answer> answers = new LinkedHashMap<>();
            for (Item item : questionnaire.items()) {
                int pick = random.nextInt(12);
                if (pick < 10) {
                    answers.put(item.id(), Answer.of(weak.contains(item.factor()) ? item.scored(1 + random.nextInt(2))
                            : 1 + random.nextInt(5)));
                } else if (pick == 10) {
                    answers.put(item.id(), Answer.DONT_KNOW);
                }
            }
            Role role = oneRole || random.nextInt(3) > 0 ? usual : Role.values()[random.nextInt(Role.values().length)];
            people.add(new Respondent("r" + r, role, answers, random.nextInt(4) == 0 ? "Note of r" + r : null));
        }
        return new Scan(organisation, questionnaireId, LocalDate.of(2025, 1 + random.nextInt(12), 1 + random.nextInt(28)), people);
    }

    /** The same team a year later, each answer moved by at most one step. */
    private static Scan later(Scan scan, Random random) {
        List<Respondent> people = new ArrayList<>();
        for (Respondent respondent : scan.respondents()) {
            Map<String, Answer> answers = new LinkedHashMap<>();
            respondent.answers().forEach((item, answer) -> answers.put(item, answer.isDontKnow() ? answer
                    : Answer.of(Math.max(1, Math.min(5, answer.value() + random.nextInt(3) - 1)))));
            people.add(new Respondent(respondent.id(), respondent.role(), answers, respondent.note()));
        }
        return new Scan(scan.organisation(), scan.questionnaireId(), scan.date().plusYears(1), people);
    }

    private static JsonNode json(String text) {
        try {
            return Json.mapper().readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------- the schemas are tight

    /**
     * The report the mutations start from: of the produced ones, the one with most parts (recommendations with
     * reasons, tools, roles, spreads, a session and reviews), so that every mutation has something to hit.
     */
    private static JsonNode validReport() {
        return followUpReports().stream().max(java.util.Comparator.comparingInt(report -> nodes(report).size())).orElseThrow();
    }

    /** The comparison of the same organisation's two rounds. */
    private static JsonNode validComparison() {
        JsonNode report = validReport();
        Rounds rounds = produced().filter(r -> r.second().result().scan().organisation().name()
                .equals(report.at("/organisation/name").asText())).findFirst().orElseThrow();
        return json(REPORTER.renderComparison(rounds.first().result(), rounds.second().result(), ReportFormat.JSON,
                ReportOptions.in(Language.EN).withGeneratedOn(GENERATED_ON)));
    }

    /** Keys whose absence the contract allows (optional keys, entries of open maps), as JSON pointers. */
    private static final Pattern OPTIONAL = Pattern.compile("/organisation/note|/scan/note|.*/absentReason|/scores/factors/[^/]+/spread"
            + "|.*/agreements/\\d+/(tool|toolName)|/agreedPicture/actionPlan/\\d+/(tool|toolName)|/agreedPicture|/agreementReview"
            + "|/recommendations/\\d+/figures/[^/]+|/team/roles/\\d+/factorMeans/[^/]+|/\\$schema");

    @Test
    void everyKeyOfAReportIsRequiredUnlessTheContractSaysOptional() {
        assertThat(acceptedRemovals(reportSchema, validReport())).isEmpty();
    }

    @Test
    void everyKeyOfAComparisonIsRequiredUnlessTheContractSaysOptional() {
        assertThat(acceptedRemovals(comparisonSchema, validComparison())).isEmpty();
    }

    @Test
    void noObjectOfAReportTakesAnUnknownKey() {
        assertThat(acceptedMutations(reportSchema, validReport(), ReportSchemasTest::withUnknownKey)).isEmpty();
    }

    @Test
    void noObjectOfAComparisonTakesAnUnknownKey() {
        assertThat(acceptedMutations(comparisonSchema, validComparison(), ReportSchemasTest::withUnknownKey)).isEmpty();
    }

    @Test
    void noValueOfAReportMayChangeItsType() {
        assertThat(acceptedMutations(reportSchema, validReport(), ReportSchemasTest::ofAnotherType)).isEmpty();
    }

    @Test
    void noValueOfAComparisonMayChangeItsType() {
        assertThat(acceptedMutations(comparisonSchema, validComparison(), ReportSchemasTest::ofAnotherType)).isEmpty();
    }

    /** Named mutations of the report that the schema must refuse: out of range, impossible, unknown. */
    private static Map<String, Consumer<ObjectNode>> reportCases() {
        Map<String, Consumer<ObjectNode>> cases = new LinkedHashMap<>();
        cases.put("mean above 5", doc -> factor(doc).put("mean", 5.01));
        cases.put("mean below 1", doc -> factor(doc).put("mean", 0.99));
        cases.put("overall mean 6", doc -> ((ObjectNode) doc.at("/scores/overall")).put("mean", 6));
        cases.put("role mean 0", ReportSchemasTest::firstRoleMeans);
        cases.put("priority 101", doc -> rec(doc).put("priority", 101));
        cases.put("priority -1", doc -> rec(doc).put("priority", -1));
        cases.put("priority 2.5", doc -> rec(doc).put("priority", 2.5));
        cases.put("shared score 6", doc -> card(doc).put("sharedScore", 6));
        cases.put("shared score 0", doc -> card(doc).put("sharedScore", 0));
        cases.put("respondents 0", doc -> ((ObjectNode) doc.get("scan")).put("respondents", 0));
        cases.put("negative coverage", doc -> ((ObjectNode) factor(doc).get("coverage")).put("answered", -1));
        cases.put("negative spread", doc -> firstSpread(doc).put("standardDeviation", -0.1));
        cases.put("disagreement threshold -1", doc -> ((ObjectNode) doc.get("team")).put("disagreementThreshold", -1));
        cases.put("review count -1", doc -> ((ObjectNode) doc.at("/agreementReview/counts")).put("done", -1));
        cases.put("language de", doc -> doc.put("language", "de"));
        cases.put("kind comparison", doc -> doc.put("kind", "comparison"));
        cases.put("schema version 2.0", doc -> doc.put("schemaVersion", "2.0"));
        cases.put("level excellent", doc -> factor(doc).put("level", "excellent"));
        cases.put("unknown factor key", doc -> ((ObjectNode) doc.at("/scores/factors")).set("netwerk", factor(doc).deepCopy()));
        cases.put("unknown factor in a recommendation", doc -> rec(doc).withArray("factors").add("netwerk"));
        cases.put("tool id with a space", doc -> ((ObjectNode) doc.at("/tools/0")).put("id", "Bad tool"));
        cases.put("unknown role", doc -> agreement(doc).put("role", "boss"));
        cases.put("unknown status", doc -> agreement(doc).put("status", "forgotten"));
        cases.put("impossible date", doc -> doc.put("generatedOn", "2027-02-30"));
        cases.put("month 13", doc -> ((ObjectNode) doc.get("scan")).put("date", "2026-13-01"));
        cases.put("date with a time", doc -> agreement(doc).put("due", "2027-03-31T00:00:00Z"));
        cases.put("empty organisation name", doc -> ((ObjectNode) doc.get("organisation")).put("name", ""));
        cases.put("unknown region", doc -> ((ObjectNode) doc.get("organisation")).put("region", "mars"));
        cases.put("unknown sector", doc -> ((ObjectNode) doc.get("organisation")).put("sector", "space"));
        cases.put("unknown target group", doc -> ((ObjectNode) doc.get("organisation")).withArray("targetGroups").add("aliens"));
        cases.put("empty recommendation id", doc -> rec(doc).put("id", ""));
        cases.put("empty action", doc -> agreement(doc).put("action", ""));
        cases.put("action of 501 letters", doc -> agreement(doc).put("action", "a".repeat(501)));
        cases.put("23 factors", doc -> ((ObjectNode) doc.at("/scores/factors")).remove("image"));
        cases.put("11 cells", doc -> ((ArrayNode) doc.at("/scores/cells")).remove(0));
        cases.put("card kind other", doc -> card(doc).put("kind", "other"));
        cases.put("priority band urgent", doc -> rec(doc).put("priorityBand", "urgent"));
        cases.put("building block unknown", doc -> ((ObjectNode) doc.at("/tools/0")).put("buildingBlock", "roof"));
        return cases;
    }

    /** Named mutations of the comparison that the schema must refuse. */
    private static Map<String, Consumer<ObjectNode>> comparisonCases() {
        Map<String, Consumer<ObjectNode>> cases = new LinkedHashMap<>();
        cases.put("delta 4.5", doc -> ((ObjectNode) doc.get("overall")).put("delta", 4.5));
        cases.put("delta -4.5", doc -> ((ObjectNode) doc.get("overall")).put("delta", -4.5));
        cases.put("before 0.5", doc -> ((ObjectNode) doc.get("overall")).put("before", 0.5));
        cases.put("after 5.5", doc -> ((ObjectNode) doc.at("/factors/image")).put("after", 5.5));
        cases.put("minimum delta 0", doc -> doc.put("minimumDelta", 0));
        cases.put("change worse", doc -> ((ObjectNode) doc.get("overall")).put("change", "worse"));
        cases.put("kind report", doc -> doc.put("kind", "report"));
        cases.put("language de", doc -> doc.put("language", "de"));
        cases.put("respondents 0", doc -> ((ObjectNode) doc.get("later")).put("respondents", 0));
        cases.put("impossible date", doc -> ((ObjectNode) doc.get("earlier")).put("date", "2025-02-29"));
        cases.put("unknown factor key", doc -> ((ObjectNode) doc.get("factors")).set("netwerk", doc.get("overall").deepCopy()));
        cases.put("23 factors", doc -> ((ObjectNode) doc.get("factors")).remove("image"));
        cases.put("unknown factor improved", doc -> doc.withArray("improved").add("netwerk"));
        cases.put("empty questionnaire", doc -> ((ObjectNode) doc.get("earlier")).put("questionnaire", ""));
        cases.put("empty organisation name", doc -> ((ObjectNode) doc.get("organisation")).put("name", ""));
        cases.put("unknown region", doc -> ((ObjectNode) doc.get("organisation")).put("region", "mars"));
        cases.put("empty recommendation id", doc -> doc.withObject("/recommendations").withArray("kept")
                .addObject().put("id", "").put("title", "t"));
        return cases;
    }

    @Test
    void outOfRangeImpossibleAndUnknownValuesAreRefusedInAReport() {
        JsonNode valid = validReport();
        assertThat(reportSchema.validate(valid)).isEmpty();
        List<String> accepted = new ArrayList<>();
        reportCases().forEach((name, mutation) -> {
            ObjectNode doc = valid.deepCopy();
            mutation.accept(doc);
            if (reportSchema.validate(doc).isEmpty()) {
                accepted.add(name);
            }
        });
        assertThat(accepted).isEmpty();
    }

    @Test
    void outOfRangeImpossibleAndUnknownValuesAreRefusedInAComparison() {
        JsonNode valid = validComparison();
        assertThat(comparisonSchema.validate(valid)).isEmpty();
        List<String> accepted = new ArrayList<>();
        comparisonCases().forEach((name, mutation) -> {
            ObjectNode doc = valid.deepCopy();
            mutation.accept(doc);
            if (comparisonSchema.validate(doc).isEmpty()) {
                accepted.add(name);
            }
        });
        assertThat(accepted).isEmpty();
    }

    private static ObjectNode factor(ObjectNode doc) {
        return (ObjectNode) doc.at("/scores/factors/network-vitality");
    }

    private static ObjectNode rec(ObjectNode doc) {
        return (ObjectNode) doc.at("/recommendations/0");
    }

    private static ObjectNode card(ObjectNode doc) {
        return (ObjectNode) doc.at("/agreedPicture/cards/0");
    }

    private static ObjectNode agreement(ObjectNode doc) {
        return (ObjectNode) doc.at("/agreedPicture/actionPlan/0");
    }

    private static ObjectNode firstSpread(ObjectNode doc) {
        for (JsonNode factor : doc.at("/scores/factors")) {
            if (factor.has("spread")) {
                return (ObjectNode) factor.get("spread");
            }
        }
        throw new IllegalStateException("No factor with a spread in the report.");
    }

    /** A shown role whose mean of a factor is 0, below the scale. */
    private static void firstRoleMeans(ObjectNode doc) {
        ObjectNode role = doc.withObject("/team").withArray("roles").addObject();
        role.put("role", "staff").put("respondents", 5).putObject("factorMeans").put("image", 0);
    }

    // ---------------------------------------------------------------- generated mutations

    /** Every JSON pointer of the document, with its node. */
    private static Map<String, JsonNode> nodes(JsonNode root) {
        Map<String, JsonNode> nodes = new LinkedHashMap<>();
        walk("", root, nodes);
        return nodes;
    }

    private static void walk(String pointer, JsonNode node, Map<String, JsonNode> nodes) {
        nodes.put(pointer, node);
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(key -> walk(pointer + "/" + key.replace("~", "~0").replace("/", "~1"), node.get(key), nodes));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(pointer + "/" + i, node.get(i), nodes);
            }
        }
    }

    /** The pointers of keys whose removal the schema accepts although the contract does not call them optional. */
    private static List<String> acceptedRemovals(JsonSchema schema, JsonNode valid) {
        assertThat(schema.validate(valid)).isEmpty();
        List<String> accepted = new ArrayList<>();
        for (String pointer : nodes(valid).keySet()) {
            int slash = pointer.lastIndexOf('/');
            if (pointer.isEmpty() || OPTIONAL.matcher(pointer).matches()) {
                continue;
            }
            JsonNode copy = valid.deepCopy();
            JsonNode parent = copy.at(pointer.substring(0, slash));
            if (!parent.isObject()) {
                continue;
            }
            ((ObjectNode) parent).remove(unescape(pointer.substring(slash + 1)));
            if (schema.validate(copy).isEmpty()) {
                accepted.add(pointer);
            }
        }
        return accepted;
    }

    /** The pointers where the mutation (given the copy's node there) leaves a document the schema accepts. */
    private static List<String> acceptedMutations(JsonSchema schema, JsonNode valid, MutationAt mutation) {
        assertThat(schema.validate(valid)).isEmpty();
        List<String> accepted = new ArrayList<>();
        for (String pointer : nodes(valid).keySet()) {
            JsonNode copy = valid.deepCopy();
            if (mutation.apply(copy, pointer) && schema.validate(copy).isEmpty()) {
                accepted.add(pointer);
            }
        }
        return accepted;
    }

    /** A mutation of the node at a pointer; false when it does not apply there. */
    interface MutationAt {
        boolean apply(JsonNode root, String pointer);
    }

    private static boolean withUnknownKey(JsonNode root, String pointer) {
        JsonNode node = root.at(pointer);
        if (!node.isObject()) {
            return false;
        }
        ((ObjectNode) node).set("unexpected", TextNode.valueOf("?"));
        return true;
    }

    /** A string becomes a number, a number or null a string, an array an object, an object an array. */
    private static boolean ofAnotherType(JsonNode root, String pointer) {
        if (pointer.isEmpty()) {
            return false;
        }
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = root.at(pointer.substring(0, slash));
        JsonNode node = root.at(pointer);
        JsonNode replacement = node.isTextual() ? Json.mapper().getNodeFactory().numberNode(3)
                : node.isNumber() || node.isNull() || node.isBoolean() ? TextNode.valueOf("3")
                : node.isArray() ? Json.mapper().createObjectNode() : Json.mapper().createArrayNode();
        String key = unescape(pointer.substring(slash + 1));
        if (parent.isObject()) {
            ((ObjectNode) parent).set(key, replacement);
        } else {
            ((ArrayNode) parent).set(Integer.parseInt(key), replacement);
        }
        return true;
    }

    private static String unescape(String token) {
        return token.replace("~1", "/").replace("~0", "~");
    }
}
