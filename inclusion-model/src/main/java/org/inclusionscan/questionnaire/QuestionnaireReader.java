package org.inclusionscan.questionnaire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.inclusionscan.json.InputLimits;
import org.inclusionscan.json.Json;
import org.inclusionscan.json.TreeReader;
import org.inclusionscan.model.Dimension;
import org.inclusionscan.model.Factor;
import org.inclusionscan.model.InvalidInputException;
import org.inclusionscan.model.Language;

/**
 * Reads a questionnaire from JSON and refuses an invalid one with every problem listed: unknown
 * factor or dimension, duplicate item id, empty text, unknown keys. Thread-safe.
 */
public final class QuestionnaireReader {

    /** Ids name items in scans and paths, so they stay short and plain. */
    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]*");

    private static final Set<String> ROOT_KEYS = Set.of("$schema", "id", "title", "description", "items");
    private static final Set<String> ITEM_KEYS = Set.of("id", "factor", "dimension", "reversed", "text");

    private final InputLimits limits;
    private final JsonMapper mapper;

    private QuestionnaireReader(InputLimits limits) {
        this.limits = limits;
        this.mapper = Json.mapper(limits);
    }

    /**
     * A reader with the default input limits.
     *
     * @return a thread-safe reader
     */
    public static QuestionnaireReader create() {
        return new QuestionnaireReader(InputLimits.DEFAULT);
    }

    /**
     * A reader with other input limits.
     *
     * @param limits the limits
     * @return a thread-safe reader
     */
    public static QuestionnaireReader create(InputLimits limits) {
        return new QuestionnaireReader(limits);
    }

    /**
     * Reads a questionnaire file (UTF-8 JSON).
     *
     * @param file the file
     * @return the questionnaire
     * @throws IOException           when the file cannot be read
     * @throws org.inclusionscan.model.InvalidInputException with every problem found
     */
    public Questionnaire read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        }
    }

    /**
     * Reads a questionnaire from a stream of UTF-8 JSON; the stream is not closed.
     *
     * @param in     the document
     * @param source what is read, named in errors (a file name)
     * @return the questionnaire
     * @throws IOException           when the stream cannot be read
     * @throws InvalidInputException with every problem found
     */
    public Questionnaire read(InputStream in, String source) throws IOException {
        JsonNode root = Json.parseTree(mapper, in, source);
        TreeReader reader = new TreeReader(limits);
        Questionnaire questionnaire = read(root, reader);
        if (reader.hasProblems()) {
            throw new InvalidInputException(source, reader.problems());
        }
        return questionnaire;
    }

    private Questionnaire read(JsonNode root, TreeReader reader) {
        if (!reader.isObject(root, "")) {
            return null;
        }
        reader.allowOnly(root, "", ROOT_KEYS);
        reader.optionalString(root, "", "$schema", limits.maxNoteLength());
        Optional<String> id = reader.requiredString(root, "", "id", limits.maxNameLength());
        id.filter(value -> !ID.matcher(value).matches())
                .ifPresent(value -> reader.problem("id", "questionnaire.bad-id", "id", TreeReader.shorten(value)));
        Map<Language, String> title = texts(root, "", "title", reader, true);
        Map<Language, String> description = texts(root, "", "description", reader, false);
        List<Item> items = new ArrayList<>();
        JsonNode itemsNode = root.get("items");
        if (itemsNode == null) {
            reader.problem("items", "json.required", "key", "items");
        } else {
            reader.array(itemsNode, "items").ifPresent(elements -> {
                if (elements.isEmpty()) {
                    reader.problem("items", "questionnaire.no-items");
                }
                if (elements.size() > limits.maxItems()) {
                    reader.problem("items", "limit.items", "count", elements.size(), "max", limits.maxItems());
                    return;
                }
                Set<String> seen = new HashSet<>();
                for (int i = 0; i < elements.size(); i++) {
                    item(elements.get(i), TreeReader.index("items", i), reader, seen).ifPresent(items::add);
                }
            });
        }
        return reader.hasProblems() ? null : new Questionnaire(id.orElseThrow(), title, description, items);
    }

    private Optional<Item> item(JsonNode node, String path, TreeReader reader, Set<String> seen) {
        if (!reader.isObject(node, path)) {
            return Optional.empty();
        }
        reader.allowOnly(node, path, ITEM_KEYS);
        Optional<String> id = reader.requiredString(node, path, "id", limits.maxNameLength());
        id.ifPresent(value -> {
            if (!ID.matcher(value).matches()) {
                reader.problem(TreeReader.child(path, "id"), "questionnaire.bad-id", "id", TreeReader.shorten(value));
            } else if (!seen.add(value)) {
                reader.problem(TreeReader.child(path, "id"), "questionnaire.duplicate-item", "id", value);
            }
        });
        Optional<Factor> factor = reader.requiredId(node, path, "factor", Factor::fromId);
        // The key is required; an explicit null marks an item that describes the target group, not the organisation.
        JsonNode dimensionNode = node.get("dimension");
        boolean noDimension = dimensionNode != null && dimensionNode.isNull();
        Optional<Dimension> dimension = noDimension ? Optional.empty()
                : reader.requiredId(node, path, "dimension", Dimension::fromId);
        boolean reversed = false;
        JsonNode reversedNode = node.get("reversed");
        if (reversedNode != null && !reversedNode.isNull()) {
            if (reversedNode.isBoolean()) {
                reversed = reversedNode.booleanValue();
            } else {
                reader.problem(TreeReader.child(path, "reversed"), "json.type", "expected", "true or false",
                        "actual", TreeReader.describe(reversedNode));
            }
        }
        Map<Language, String> text = texts(node, path, "text", reader, true);
        if (id.isEmpty() || factor.isEmpty() || (dimension.isEmpty() && !noDimension) || text.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Item(id.get(), factor.get(), dimension.orElse(null), reversed, text));
    }

    /** An object of texts per language ({@code {"nl": "...", "fr": "..."}}) with at least one text. */
    private Map<Language, String> texts(JsonNode parent, String parentPath, String key, TreeReader reader, boolean required) {
        Map<Language, String> texts = new EnumMap<>(Language.class);
        String path = TreeReader.child(parentPath, key);
        JsonNode node = parent.get(key);
        if (node == null || node.isNull()) {
            if (required) {
                reader.problem(path, "json.required", "key", key);
            }
            return texts;
        }
        if (!reader.isObject(node, path)) {
            return texts;
        }
        for (Map.Entry<String, JsonNode> field : TreeReader.fields(node)) {
            String fieldPath = TreeReader.child(path, field.getKey());
            reader.id(field.getKey(), fieldPath, Language::fromId).ifPresent(language ->
                    reader.string(field.getValue(), fieldPath, limits.maxNoteLength())
                            .ifPresent(text -> texts.put(language, text.strip())));
        }
        if (texts.isEmpty() && node.size() == 0) {
            reader.problem(path, "questionnaire.no-text");
        }
        return texts;
    }
}
