package org.inclusionscan.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * One change to a JSON tree: what, where (an index into the document's values in document order,
 * taken modulo their number), and the value or key it brings in.
 */
record TreeMutation(Kind kind, int where, JsonNode value, String key) {

    enum Kind {
        /** Another value, mostly of the wrong type, where a value was. */
        REPLACE,
        /** A key or element left out. */
        REMOVE,
        /** Null where a value was. */
        NULL,
        /** A key added to an object: unknown, known in the wrong place, or odd. */
        ADD_KEY,
        /** A key renamed, keeping its value. */
        RENAME_KEY,
        /** An object or array emptied, a string made empty. */
        EMPTY,
        /** An array element given twice (twin respondents, twin target groups, twin items). */
        DUPLICATE_ELEMENT,
        /** A value wrapped in 1 to 40 arrays or objects. */
        WRAP,
        /** A value given as a string ({@code "4"}) or a string's text as a number where it parses. */
        STRINGIFY,
        /** The whole document replaced by the value. */
        ROOT
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** One to four mutations, applied in turn: what the fuzz tests feed a reader. */
    static Arbitrary<java.util.List<TreeMutation>> few() {
        return any().list().ofMinSize(1).ofMaxSize(4);
    }

    static Arbitrary<TreeMutation> any() {
        // Replacing the whole document is one mutation in fifty, so that most mutations reach deep into it.
        Arbitrary<Kind> kinds = Arbitraries.of(Kind.class).flatMap(kind ->
                kind == Kind.ROOT ? Arbitraries.of(Kind.ROOT, Kind.REPLACE, Kind.REPLACE, Kind.REMOVE, Kind.ADD_KEY) : Arbitraries.just(kind));
        return Combinators.combine(kinds, Arbitraries.integers().between(0, 1_000_000),
                Documents.hostileValues(), Documents.hostileKeys()).as(TreeMutation::new);
    }

    /** A changed copy; the tree given is left alone. */
    JsonNode apply(JsonNode original) {
        JsonNode root = original.deepCopy();
        List<Slot> slots = new ArrayList<>();
        collect(root, slots);
        if (kind == Kind.ROOT || slots.isEmpty()) {
            return value.deepCopy();
        }
        Slot slot = slots.get(where % slots.size());
        JsonNode current = slot.get();
        switch (kind) {
            case REPLACE -> slot.set(value.deepCopy());
            case REMOVE -> slot.remove();
            case NULL -> slot.set(NODES.nullNode());
            case ADD_KEY -> {
                List<ObjectNode> objects = new ArrayList<>();
                if (root.isObject()) {
                    objects.add((ObjectNode) root);
                }
                slots.stream().map(Slot::get).filter(JsonNode::isObject).forEach(node -> objects.add((ObjectNode) node));
                if (!objects.isEmpty()) {
                    objects.get(where % objects.size()).set(key, value.deepCopy());
                }
            }
            case RENAME_KEY -> {
                if (slot.parent().isObject()) {
                    slot.remove();
                    ((ObjectNode) slot.parent()).set(key, current);
                }
            }
            case EMPTY -> {
                if (current.isContainerNode()) {
                    if (current.isObject()) {
                        ((ObjectNode) current).removeAll();
                    } else {
                        ((ArrayNode) current).removeAll();
                    }
                } else {
                    slot.set(NODES.textNode(""));
                }
            }
            case DUPLICATE_ELEMENT -> {
                if (slot.parent().isArray()) {
                    ((ArrayNode) slot.parent()).insert(slot.index(), current.deepCopy());
                }
            }
            case WRAP -> slot.set(wrap(current, 1 + where % 40, where % 2 == 0));
            case STRINGIFY -> slot.set(current.isTextual() ? numberOrSame(current) : NODES.textNode(current.asText()));
            default -> throw new IllegalStateException(kind.name());
        }
        return root;
    }

    private static JsonNode wrap(JsonNode node, int depth, boolean arrays) {
        JsonNode wrapped = node;
        for (int i = 0; i < depth; i++) {
            wrapped = arrays ? NODES.arrayNode().add(wrapped) : NODES.objectNode().set("w", wrapped);
        }
        return wrapped;
    }

    private static JsonNode numberOrSame(JsonNode text) {
        try {
            return NODES.numberNode(new java.math.BigDecimal(text.textValue()));
        } catch (NumberFormatException e) {
            return text;
        }
    }

    private static void collect(JsonNode node, List<Slot> slots) {
        if (node.isObject()) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                slots.add(new Slot(node, name, -1));
                collect(node.get(name), slots);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                slots.add(new Slot(node, null, i));
                collect(node.get(i), slots);
            }
        }
    }

    /** A place in a tree: a key of an object or an index of an array. */
    private record Slot(JsonNode parent, String name, int index) {

        JsonNode get() {
            return name != null ? parent.get(name) : parent.get(index);
        }

        void set(JsonNode value) {
            if (name != null) {
                ((ObjectNode) parent).set(name, value);
            } else {
                ((ArrayNode) parent).set(index, value);
            }
        }

        void remove() {
            if (name != null) {
                ((ObjectNode) parent).remove(name);
            } else {
                ((ArrayNode) parent).remove(index);
            }
        }
    }

    @Override
    public String toString() {
        String shownKey = key.length() > 40 ? key.substring(0, 40) + "...(" + key.length() + ")" : key;
        String shownValue = value.toString();
        shownValue = shownValue.length() > 80 ? shownValue.substring(0, 80) + "...(" + shownValue.length() + ")" : shownValue;
        return kind + "@" + where + "[value=" + shownValue + ", key=" + shownKey + "]";
    }
}
