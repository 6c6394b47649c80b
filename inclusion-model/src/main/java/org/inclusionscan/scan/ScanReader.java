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
 *
 * <p>A document is read in one pass over its tokens, checked as they come, without a tree
 * ({@link StreamingScanReader}). Only a document with something wrong is read a second time, as a
 * tree, which locates every problem ({@link #readWithTree}); both paths accept the same documents and
 * give the same scan ({@code ScanReaderDifferentialTest}).
 */
public final class ScanReader {

    private static final Set<String> ROOT_KEYS = Set.of("$schema", "organisation", "questionnaire", "date", "respondents", "note");
    private static final Set<String> ORGANISATION_KEYS = Set.of("name", "region", "sector", "targetGroups", "note");
    private static final Set<String> RESPONDENT_KEYS = Set.of("id", "role", "answers", "note");

    private final QuestionnaireRegistry questionnaires;
    private final InputLimits limits;
    private final JsonMapper mapper;
    private final StreamingScanReader streaming;

    private ScanReader(QuestionnaireRegistry questionnaires, InputLimits limits) {
        this.questionnaires = questionnaires;
        this.limits = limits;
        this.mapper = Json.mapper(limits);
        this.streaming = new StreamingScanReader(questionnaires, limits);
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
        return read(json.getBytes(StandardCharsets.UTF_8), source);
    }

    /**
     * Reads a scan from the bytes of a JSON document (UTF-8, or UTF-16 or UTF-32 as JSON allows).
     *
     * @param json   the document's bytes; not changed
     * @param source what is read, named in errors (a file name, or "line 12 of batch.jsonl")
     * @return the scan
     * @throws InvalidInputException with every problem found, each with its JSON path
     * @throws NullPointerException  when the bytes are null
     */
    public Scan read(byte[] json, String source) {
        Objects.requireNonNull(json, () -> "The JSON bytes of (%s) are null; pass the document's bytes.".formatted(source));
        Scan scan = streaming.read(json, 0, json.length);
        if (scan != null) {
            return scan;
        }
        try {
            return readWithTree(new ByteArrayInputStream(json), source);
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
        // A document within the size limit is read into memory and then in one pass; a longer one is left to the
        // tree path, which stops at the limit with the located problem as before.
        int most = (int) Math.min(limits.maxDocumentBytes(), Integer.MAX_VALUE - 16);
        byte[] bytes = in.readNBytes(most + 1);
        if (bytes.length > most) {
            return readWithTree(new Rejoined(bytes, in), source);
        }
        return read(bytes, source);
    }

    /**
     * The reference reading: the whole document as a Jackson tree (duplicate keys, limits, encoding
     * checked while parsing), then every check on the tree, each failing one a located problem. What
     * the streaming reader must agree with; used for every document it refuses.
     */
    Scan readWithTree(InputStream in, String source) throws IOException {
        return read(Json.parseTree(mapper, in, source), source);
    }

    /** The streaming reader alone: the scan, or null where the tree path would report problems (for tests). */
    Scan readStreaming(byte[] json) {
        return streaming.read(json, 0, json.length);
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

    /**
     * The bytes already read, then the rest of the stream, served in reads as large as the stream
     * itself serves them (a read that crosses the seam is filled from both), so that the parser sees
     * the same chunks as when it read the stream directly: where Jackson notices a limit depends on them.
     */
    private static final class Rejoined extends InputStream {
        private final byte[] head;
        private final InputStream rest;
        private int position;

        Rejoined(byte[] head, InputStream rest) {
            this.head = head;
            this.rest = rest;
        }

        @Override
        public int available() throws IOException {
            return head.length - position + rest.available();
        }

        @Override
        public int read() throws IOException {
            return position < head.length ? head[position++] & 0xFF : rest.read();
        }

        @Override
        public int read(byte[] buffer, int from, int length) throws IOException {
            Objects.checkFromIndexSize(from, length, buffer.length);
            if (length == 0) {
                return 0;
            }
            int fromHead = Math.min(length, head.length - position);
            System.arraycopy(head, position, buffer, from, fromHead);
            position += fromHead;
            if (fromHead == length) {
                return fromHead;
            }
            int fromRest = rest.read(buffer, from + fromHead, length - fromHead);
            return fromRest < 0 ? (fromHead == 0 ? -1 : fromHead) : fromHead + fromRest;
        }
    }
}
