package org.inclusionscan.rules.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Changes to scenario documents (as JSON trees and as bytes), shown in jqwik's reports by their description. */
final class Mutations {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Ids that are nearly right, unknown tool and rule ids, code, markup and odd text. */
    static final List<String> ODD_STRINGS = List.of("", " ", "brussels", "Brussels", "youth-care", "network-vitality",
            "network_vitality", "no-such-tool", "inclusieweb", "INCLUSIEWEB", "factor.network-vitality.weak",
            "System.exit(1)", "java.lang.Runtime.getRuntime().exec(\"x\")", "<script>alert(1)</script>", "${jndi:ldap://x}",
            "\u0000", "\uFEFF", "\ud800", "é", "\u202e", "a".repeat(201), "a".repeat(20_001));

    /** Numbers at and beyond every bound, including ones no double holds. */
    static final List<JsonNode> ODD_NUMBERS = List.of(NODES.numberNode(0), NODES.numberNode(-1), NODES.numberNode(0.999),
            NODES.numberNode(1.0), NODES.numberNode(5.0), NODES.numberNode(5.0001), NODES.numberNode(4.0), NODES.numberNode(-0.0),
            NODES.numberNode(2001), NODES.numberNode(Integer.MAX_VALUE), NODES.numberNode(Long.MAX_VALUE),
            NODES.numberNode(new BigDecimal("1e309")), NODES.numberNode(new BigDecimal("-1e309")),
            NODES.numberNode(new BigDecimal("2.50000000000000000000000000001")), NODES.numberNode(new BigInteger("9".repeat(40))),
            NODES.numberNode(Double.MIN_VALUE));

    private Mutations() {
    }

    /** One change to a JSON tree. */
    record Tree(String description, int where, UnaryOperator<JsonNode> change) {

        JsonNode apply(JsonNode root) {
            JsonNode copy = root.deepCopy();
            List<JsonNode> containers = new ArrayList<>();
            collect(copy, containers);
            JsonNode target = containers.get(Math.floorMod(where, containers.size()));
            JsonNode changed = change.apply(target);
            return changed == target ? copy : replaceIn(copy, target, changed);
        }

        @Override
        public String toString() {
            return description + "@" + where;
        }
    }

    private static void collect(JsonNode node, List<JsonNode> into) {
        into.add(node);
        node.forEach(child -> collect(child, into));
    }

    /** The root with one node (found by identity) replaced. */
    private static JsonNode replaceIn(JsonNode root, JsonNode target, JsonNode replacement) {
        if (root == target) {
            return replacement;
        }
        if (root instanceof ObjectNode object) {
            for (var field : new ArrayList<>(object.properties())) {
                if (field.getValue() == target) {
                    object.set(field.getKey(), replacement);
                    return root;
                }
                replaceIn(field.getValue(), target, replacement);
            }
        } else if (root instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i) == target) {
                    array.set(i, replacement);
                    return root;
                }
                replaceIn(array.get(i), target, replacement);
            }
        }
        return root;
    }

    static Arbitrary<Tree> trees() {
        Arbitrary<JsonNode> values = Arbitraries.oneOf(
                Arbitraries.of(ODD_NUMBERS),
                Arbitraries.of(ODD_STRINGS).map(NODES::textNode),
                Arbitraries.of(NODES.booleanNode(true), NODES.nullNode(), NODES.arrayNode(), NODES.objectNode()),
                Arbitraries.of(ODD_NUMBERS).map(number -> NODES.textNode(number.asText())));
        Arbitrary<String> keys = Arbitraries.oneOf(Arbitraries.of("name", "given", "expect", "factors", "spread", "organisation",
                "region", "targetGroups", "allFactors", "respondents", "absent", "tools", "order", "recommendations",
                "network-vitality", "policy", "environment", "vision", "unknown", "", "$", "a.b", "x\"y", "a".repeat(20_001)),
                Arbitraries.strings().ofMaxLength(6));
        Arbitrary<Integer> where = Arbitraries.integers().between(0, 10_000);
        return Arbitraries.oneOf(
                Combinators.combine(where, values).as((at, value) -> new Tree("replace with " + shorten(value), at, node -> value)),
                Combinators.combine(where, keys, values).as((at, key, value) -> new Tree("add " + shorten(key), at, node -> {
                    if (node instanceof ObjectNode object) {
                        object.set(key, value);
                    } else if (node instanceof ArrayNode array) {
                        array.add(value);
                    }
                    return node;
                })),
                Combinators.combine(where, keys).as((at, key) -> new Tree("remove " + shorten(key), at, node -> {
                    if (node instanceof ObjectNode object) {
                        object.remove(key);
                        if (!object.isEmpty() && key.length() < 3) {
                            object.remove(object.fieldNames().next());
                        }
                    } else if (node instanceof ArrayNode array && !array.isEmpty()) {
                        array.remove(0);
                    }
                    return node;
                })),
                Combinators.combine(where, Arbitraries.integers().between(1, 40)).as((at, depth) -> new Tree("wrap " + depth, at, node -> {
                    JsonNode wrapped = node;
                    for (int i = 0; i < depth; i++) {
                        wrapped = i % 2 == 0 ? NODES.arrayNode().add(wrapped) : NODES.objectNode().set("x", wrapped);
                    }
                    return wrapped;
                })),
                where.map(at -> new Tree("duplicate elements", at, node -> {
                    if (node instanceof ArrayNode array && !array.isEmpty()) {
                        array.add(array.get(0).deepCopy());
                    }
                    return node;
                })),
                where.map(at -> new Tree("empty", at, node -> node.isArray() ? NODES.arrayNode()
                        : node.isObject() ? NODES.objectNode() : node)));
    }

    /** One change to bytes: flips, invalid UTF-8, control characters, deletions, truncation, separators. */
    record Bytes(String description, int where, byte[] payload) {

        byte[] apply(byte[] document) {
            if (document.length == 0) {
                return payload.clone();
            }
            int at = Math.floorMod(where, document.length);
            return switch (description) {
                case "flip" -> {
                    byte[] copy = document.clone();
                    copy[at] ^= (byte) (1 << (payload.length % 8));
                    yield copy;
                }
                case "truncate" -> Arrays.copyOf(document, at);
                case "delete" -> concat(Arrays.copyOf(document, at), Arrays.copyOfRange(document, Math.min(document.length, at + payload.length), document.length));
                default -> concat(concat(Arrays.copyOf(document, at), payload), Arrays.copyOfRange(document, at, document.length));
            };
        }

        @Override
        public String toString() {
            return description + "@" + where + " " + Arrays.toString(payload);
        }
    }

    static final List<byte[]> INVALID_UTF8 = List.of(b(0x80), b(0xbf), b(0xc0, 0xaf), b(0xc3, 0x28), b(0xe2, 0x82),
            b(0xe0, 0x80, 0xaf), b(0xed, 0xa0, 0x80), b(0xf0, 0x9f, 0x98), b(0xf4, 0x90, 0x80, 0x80), b(0xfe), b(0xff),
            b(0xef, 0xbb, 0xbf), b(0x00));

    static Arbitrary<Bytes> bytes(List<String> textPayloads) {
        Arbitrary<Integer> where = Arbitraries.integers().between(0, 1_000_000);
        Arbitrary<byte[]> payloads = Arbitraries.oneOf(Arbitraries.of(INVALID_UTF8),
                Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(8),
                Arbitraries.integers().between(0, 0x1f).map(Mutations::b),
                Arbitraries.of(textPayloads).map(text -> text.getBytes(StandardCharsets.UTF_8)));
        return Combinators.combine(Arbitraries.of("flip", "truncate", "delete", "insert"), where, payloads).as(Bytes::new);
    }

    static byte[] b(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] result = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, result, a.length, b.length);
        return result;
    }

    static String shorten(Object value) {
        String text = String.valueOf(value);
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }
}
