package org.inclusionscan.scan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.inclusionscan.json.InputLimits;
import org.inclusionscan.json.Json;
import org.inclusionscan.json.TreeReader;
import org.inclusionscan.model.InvalidInputException;
import org.inclusionscan.model.Organisation;
import org.inclusionscan.model.Region;
import org.inclusionscan.model.Role;
import org.inclusionscan.model.Sector;
import org.inclusionscan.model.TargetGroup;
import org.inclusionscan.questionnaire.Questionnaire;
import org.inclusionscan.questionnaire.QuestionnaireRegistry;

/**
 * Reads a scan from JSON, strictly and totally: every problem is reported at once with its JSON
 * path ({@code respondents[2].answers.ps-3: 7 is outside 1-5}); unknown keys and unknown item ids
 * are errors; nothing is silently dropped. Thread-safe.
 */
public final class ScanReader {

    private static final Set<String> ROOT_KEYS = Set.of("$schema", "organisation", "questionnaire", "date", "respondents", "note");
    private static final Set<String> ORGANISATION_KEYS = Set.of("name", "region", "sector", "targetGroups", "note");
    private static final Set<String> RESPONDENT_KEYS = Set.of("id", "role", "answers", "note");

    private final QuestionnaireRegistry questionnaires;
    private final InputLimits limits;
    private final JsonMapper mapper;

    private ScanReader(QuestionnaireRegistry questionnaires, InputLimits limits) {
        this.questionnaires = questionnaires;
        this.limits = limits;
        this.mapper = Json.mapper(limits);
    }

    /**
     * A reader that knows the bundled questionnaire, with the default input limits.
     *
     * @return a thread-safe reader
     */
    public static ScanReader create() {
        return new ScanReader(QuestionnaireRegistry.defaults(), InputLimits.DEFAULT);
    }

    /**
     * A reader that knows other questionnaires or has other input limits.
     *
     * @param questionnaires the questionnaires a scan may name
     * @param limits         the input limits (docs/reliability.md)
     * @return a thread-safe reader
     */
    public static ScanReader create(QuestionnaireRegistry questionnaires, InputLimits limits) {
        return new ScanReader(questionnaires, limits);
    }

    /**
     * The questionnaires this reader knows.
     *
     * @return the registry
     */
    public QuestionnaireRegistry questionnaires() {
        return questionnaires;
    }

    /**
     * Reads a scan from a file (UTF-8 JSON).
     *
     * @param file the scan's file
     * @return the scan
     * @throws IOException           when the file cannot be read
     * @throws InvalidInputException with every problem found, each with its JSON path
     */
    public Scan read(Path file) throws IOException {
        Objects.requireNonNull(file, "The scan's file (null) cannot be read; pass a path.");
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        }
    }

    /**
     * Reads a scan from its JSON text.
     *
     * @param json   the document
     * @param source what is read, named in errors (a file name, or "line 12 of batch.jsonl")
     * @return the scan
     * @throws InvalidInputException with every problem found, each with its JSON path
     * @throws NullPointerException  when the JSON text is null
     */
    public Scan read(String json, String source) {
        Objects.requireNonNull(json, () -> "The JSON text of (%s) is null; pass the document's text.".formatted(source));
        try {
            return read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), source);
        } catch (IOException e) {
            throw new IllegalStateException("Reading from memory cannot fail.", e);
        }
    }

    /**
     * Reads a scan from a stream of UTF-8 JSON; the stream is not closed.
     *
     * @param in     the document
     * @param source what is read, named in errors (a file name, or "line 12 of batch.jsonl")
     * @return the scan
     * @throws IOException           when the stream cannot be read
     * @throws InvalidInputException with every problem found, each with its JSON path
     */
    public Scan read(InputStream in, String source) throws IOException {
        Objects.requireNonNull(in, () -> "The input stream of (%s) is null; pass an open stream.".formatted(source));
        return read(Json.parseTree(mapper, in, source), source);
    }

    /**
     * Reads an already parsed document.
     *
     * @param root   the document's tree
     * @param source what is read, named in errors
     * @return the scan
     * @throws InvalidInputException with every problem found, each with its JSON path
     */
    public Scan read(JsonNode root, String source) {
        TreeReader reader = new TreeReader(limits);
        Scan scan = scan(root, reader);
        if (reader.hasProblems()) {
            throw new InvalidInputException(source, reader.problems());
        }
        return scan;
    }

    private Scan scan(JsonNode root, TreeReader reader) {
        if (!reader.isObject(root, "")) {
            return null;
        }
        reader.allowOnly(root, "", ROOT_KEYS);
        // The schema link is for editors; it is not used, but like every key it must be what the schema says.
        reader.optionalString(root, "", "$schema", limits.maxNoteLength());
        Optional<Organisation> organisation = organisation(root, reader);
        Optional<Questionnaire> questionnaire = reader.requiredString(root, "", "questionnaire", limits.maxNameLength())
                .flatMap(id -> {
                    Optional<Questionnaire> found = questionnaires.find(id);
                    if (found.isEmpty()) {
                        reader.problem("questionnaire", "scan.unknown-questionnaire", "id", TreeReader.shorten(id),
                                "known", String.join(", ", questionnaires.ids()));
                    }
                    return found;
                });
        Optional<LocalDate> date = reader.requiredString(root, "", "date", limits.maxNameLength()).flatMap(text -> {
            try {
                return Optional.of(LocalDate.parse(text));
            } catch (DateTimeParseException e) {
                reader.problem("date", "scan.bad-date", "date", TreeReader.shorten(text));
                return Optional.empty();
            }
        });
        Optional<String> note = reader.optionalString(root, "", "note", limits.maxNoteLength());
        List<Respondent> respondents = respondents(root, questionnaire, reader);
        if (reader.hasProblems()) {
            return null;
        }
        return new Scan(organisation.orElseThrow(), questionnaire.orElseThrow().id(), date.orElseThrow(), respondents,
                note.orElse(null));
    }

    private Optional<Organisation> organisation(JsonNode root, TreeReader reader) {
        JsonNode node = root.get("organisation");
        if (node == null) {
            reader.problem("organisation", "json.required", "key", "organisation");
            return Optional.empty();
        }
        if (!reader.isObject(node, "organisation")) {
            return Optional.empty();
        }
        String path = "organisation";
        reader.allowOnly(node, path, ORGANISATION_KEYS);
        Optional<String> name = reader.requiredString(node, path, "name", limits.maxNameLength());
        Optional<Region> region = reader.requiredId(node, path, "region", Region::fromId);
        Optional<Sector> sector = reader.requiredId(node, path, "sector", Sector::fromId);
        Optional<String> note = reader.optionalString(node, path, "note", limits.maxNoteLength());
        List<TargetGroup> groups = new ArrayList<>();
        JsonNode groupsNode = node.get("targetGroups");
        if (groupsNode != null && !groupsNode.isNull()) {
            String groupsPath = TreeReader.child(path, "targetGroups");
            reader.array(groupsNode, groupsPath).ifPresent(elements -> {
                for (int i = 0; i < elements.size(); i++) {
                    String elementPath = TreeReader.index(groupsPath, i);
                    reader.string(elements.get(i), elementPath, limits.maxNameLength())
                            .flatMap(id -> reader.id(id, elementPath, TargetGroup::fromId))
                            .ifPresent(group -> {
                                if (groups.contains(group)) {
                                    reader.problem(elementPath, "scan.duplicate-target-group", "id", group.id());
                                } else {
                                    groups.add(group);
                                }
                            });
                }
            });
        }
        if (name.isEmpty() || region.isEmpty() || sector.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Organisation(name.get(), region.get(), sector.get(), groups, note.orElse(null)));
    }

    private List<Respondent> respondents(JsonNode root, Optional<Questionnaire> questionnaire, TreeReader reader) {
        List<Respondent> respondents = new ArrayList<>();
        JsonNode node = root.get("respondents");
        if (node == null) {
            reader.problem("respondents", "json.required", "key", "respondents");
            return respondents;
        }
        reader.array(node, "respondents").ifPresent(elements -> {
            if (elements.isEmpty()) {
                reader.problem("respondents", "scan.no-respondents");
            }
            if (elements.size() > limits.maxRespondents()) {
                reader.problem("respondents", "limit.respondents", "count", elements.size(), "max", limits.maxRespondents());
                return;
            }
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < elements.size(); i++) {
                respondent(elements.get(i), TreeReader.index("respondents", i), questionnaire, reader, ids)
                        .ifPresent(respondents::add);
            }
        });
        return respondents;
    }

    private Optional<Respondent> respondent(JsonNode node, String path, Optional<Questionnaire> questionnaire,
            TreeReader reader, Set<String> ids) {
        if (!reader.isObject(node, path)) {
            return Optional.empty();
        }
        reader.allowOnly(node, path, RESPONDENT_KEYS);
        Optional<String> id = reader.requiredString(node, path, "id", limits.maxNameLength());
        id.filter(value -> !ids.add(value)).ifPresent(value ->
                reader.problem(TreeReader.child(path, "id"), "scan.duplicate-respondent", "id", TreeReader.shorten(value)));
        Optional<Role> role = reader.requiredId(node, path, "role", Role::fromId);
        Optional<String> note = reader.optionalString(node, path, "note", limits.maxNoteLength());
        JsonNode answersNode = node.get("answers");
        Map<String, Answer> answers = new LinkedHashMap<>(answersNode == null ? 16 : answersNode.size() * 4 / 3 + 1);
        String answersPath = TreeReader.child(path, "answers");
        if (answersNode == null || answersNode.isNull()) {
            reader.problem(answersPath, "json.required", "key", "answers");
        } else if (reader.isObject(answersNode, answersPath)) {
            Map<String, ?> items = questionnaire.map(Questionnaire::itemsById).orElse(null);
            for (Map.Entry<String, JsonNode> field : TreeReader.fields(answersNode)) {
                String key = field.getKey();
                if (items != null && !items.containsKey(key)) {
                    reader.problem(TreeReader.child(answersPath, key), "scan.unknown-item", "item", TreeReader.shorten(key),
                            "questionnaire", questionnaire.get().id());
                    continue;
                }
                Answer answer = answer(field.getValue(), answersPath, key, reader);
                if (answer != null) {
                    answers.put(key, answer);
                }
            }
        }
        if (id.isEmpty() || role.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Respondent(id.get(), role.get(), answers, note.orElse(null)));
    }

    /** The exact value of a decimal number when it is whole (3.0, 3e0), else null. */
    private static BigDecimal wholeValue(JsonNode node) {
        BigDecimal exact;
        if (node.isBigDecimal()) {
            exact = node.decimalValue();
        } else if (Double.isFinite(node.doubleValue())) {
            exact = new BigDecimal(node.doubleValue());
        } else {
            return null;
        }
        return exact.signum() == 0 || exact.stripTrailingZeros().scale() <= 0 ? exact.stripTrailingZeros() : null;
    }

    /** The answer, or null after a problem; the path is only made for a problem (this runs for every answer). */
    private static Answer answer(JsonNode node, String answersPath, String key, TreeReader reader) {
        if (node.isTextual() && Answer.DONT_KNOW_ID.equals(node.textValue())) {
            return Answer.DONT_KNOW;
        }
        if (node.isIntegralNumber()) {
            if (node.canConvertToInt() && node.intValue() >= 1 && node.intValue() <= 5) {
                return Answer.of(node.intValue());
            }
            reader.problem(TreeReader.child(answersPath, key), "scan.answer-out-of-range", "value", TreeReader.shorten(node.asText()));
            return null;
        }
        BigDecimal whole = node.isFloatingPointNumber() ? wholeValue(node) : null;
        if (whole != null) {
            // 3.0 and 3e0 are the integer 3 to JSON Schema (docs/scan.schema.json), so to the reader too.
            if (whole.compareTo(BigDecimal.ONE) >= 0 && whole.compareTo(BigDecimal.valueOf(5)) <= 0) {
                return Answer.of(whole.intValueExact());
            }
            reader.problem(TreeReader.child(answersPath, key), "scan.answer-out-of-range", "value", TreeReader.shorten(node.asText()));
            return null;
        }
        reader.problem(TreeReader.child(answersPath, key), "scan.bad-answer", "value", TreeReader.describe(node));
        return null;
    }
}
