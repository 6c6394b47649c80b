package org.inclusionscan.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.inclusionscan.model.HasId;
import org.inclusionscan.model.Problem;
import org.inclusionscan.model.UnknownIdException;

/**
 * Reads a JSON tree strictly and totally: every check that fails adds a located problem and the
 * reading goes on, so that one pass reports everything wrong. Not thread-safe; one per document.
 */
public final class TreeReader {


    private final InputLimits limits;
    private final List<Problem> problems = new ArrayList<>();

    public TreeReader(InputLimits limits) {
        this.limits = limits;
    }

    public InputLimits limits() {
        return limits;
    }

    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    public void problem(String path, String code, Object... namesAndValues) {
        problems.add(Problem.at(path.isEmpty() ? "$" : path, code, namesAndValues));
    }

    /** The path of a key below a path: {@code a.b}, or {@code a["odd key"]} for keys that need quoting. */
    public static String child(String path, String key) {
        if (isPlain(key)) {
            return path.isEmpty() ? key : path + "." + key;
        }
        String quoted = "[\"" + key.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
        return (path.isEmpty() ? "$" : path) + quoted;
    }

    /** A key that needs no quoting in a path: letters, digits, '_', '$' and '-' (a loop: paths are made per answer). */
    private static boolean isPlain(String key) {
        if (key.isEmpty()) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '$' || c == '-';
            if (!plain) {
                return false;
            }
        }
        return true;
    }

    public static String index(String path, int index) {
        return (path.isEmpty() ? "$" : path) + "[" + index + "]";
    }

    /** The node as an object, or a problem when it is something else. */
    public boolean isObject(JsonNode node, String path) {
        if (node != null && node.isObject()) {
            return true;
        }
        problem(path, "json.type", "expected", "object", "actual", describe(node));
        return false;
    }

    /** Reports every key of the object that is not allowed. */
    public void allowOnly(JsonNode object, String path, Set<String> allowed) {
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                problem(child(path, name), "json.unknown-key", "key", shorten(name),
                        "allowed", String.join(", ", allowed.stream().sorted().toList()));
            }
        }
    }

    /** A required, non-blank string of at most {@code maxLength} characters. */
    public Optional<String> requiredString(JsonNode object, String path, String key, int maxLength) {
        JsonNode node = object.get(key);
        if (node == null || node.isNull()) {
            problem(child(path, key), "json.required", "key", key);
            return Optional.empty();
        }
        return string(node, child(path, key), maxLength);
    }

    /** An optional string: absent or null gives empty, anything else is checked like a required one. */
    public Optional<String> optionalString(JsonNode object, String path, String key, int maxLength) {
        JsonNode node = object.get(key);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        return string(node, child(path, key), maxLength);
    }

    public Optional<String> string(JsonNode node, String path, int maxLength) {
        if (!node.isTextual()) {
            problem(path, "json.type", "expected", "string", "actual", describe(node));
            return Optional.empty();
        }
        String text = node.textValue();
        if (isBlank(text)) {
            problem(path, "json.blank");
            return Optional.empty();
        }
        // Characters as JSON Schema's maxLength counts them: code points, so an emoji is one, not two.
        int length = text.codePointCount(0, text.length());
        if (length > maxLength) {
            problem(path, "json.too-long", "length", length, "max", maxLength);
            return Optional.empty();
        }
        return Optional.of(text);
    }

    /**
     * True when the text has nothing but white space, counting the no-break spaces (U+00A0, U+2007, U+202F)
     * that {@link String#isBlank()} does not: a name of only those shows as empty. docs/scan.schema.json's
     * pattern of a text names the same characters.
     *
     * @param text the text
     * @return whether it is empty or white space only
     */
    public static boolean isBlank(String text) {
        return text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
    }

    /** A required id of a closed vocabulary. */
    public <E extends Enum<E> & HasId> Optional<E> requiredId(JsonNode object, String path, String key,
            Function<String, E> fromId) {
        return requiredString(object, path, key, limits.maxNameLength()).flatMap(id -> id(id, child(path, key), fromId));
    }

    public <E extends Enum<E> & HasId> Optional<E> id(String id, String path, Function<String, E> fromId) {
        try {
            return Optional.of(fromId.apply(id));
        } catch (UnknownIdException e) {
            problem(path, "json.unknown-id", "what", Problem.TEXT_KEY + "vocabulary." + e.what().replace(' ', '-'),
                    "id", shorten(id), "valid", e.validIds());
            return Optional.empty();
        }
    }

    /** The elements of an array, or a problem when the node is something else. */
    public Optional<List<JsonNode>> array(JsonNode node, String path) {
        if (node == null || !node.isArray()) {
            problem(path, "json.type", "expected", "array", "actual", describe(node));
            return Optional.empty();
        }
        List<JsonNode> elements = new ArrayList<>(node.size());
        node.elements().forEachRemaining(elements::add);
        return Optional.of(elements);
    }

    /** The fields of an object, in document order. */
    public static List<Map.Entry<String, JsonNode>> fields(JsonNode object) {
        List<Map.Entry<String, JsonNode>> fields = new ArrayList<>(object.size());
        object.fields().forEachRemaining(fields::add);
        return fields;
    }

    /** A word for what a node is, for "expected X but was Y" messages. */
    public static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case BOOLEAN -> node.asText();
            case NULL -> "null";
            case NUMBER -> shorten(node.asText());
            case STRING -> "\"" + shorten(node.textValue()) + "\"";
            default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    /** A user's value cut to a length fit for a one-line message. */
    public static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
