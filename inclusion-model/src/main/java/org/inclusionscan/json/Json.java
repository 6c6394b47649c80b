package org.inclusionscan.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.inclusionscan.model.InvalidInputException;
import org.inclusionscan.model.Problem;

/** The library's one JSON configuration: strict reading, limits, ISO dates, stable output. */
public final class Json {

    private static final JsonMapper MAPPER = mapper(InputLimits.DEFAULT);

    /** Jackson's words for a limit passed: {@code <what> (<actual>) exceeds the maximum allowed (<max>, ...}. */
    private static final Pattern LIMIT = Pattern.compile("^(.*?) \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)");

    private Json() {
    }

    /**
     * The shared, thread-safe mapper with the default limits.
     *
     * @return the mapper
     */
    public static JsonMapper mapper() {
        return MAPPER;
    }

    /**
     * A mapper configured like {@link #mapper()} with other limits ({@link #mapper()} itself for the default limits).
     *
     * @param limits the input limits its parser enforces
     * @return a new mapper, or the shared one for the default limits
     */
    public static JsonMapper mapper(InputLimits limits) {
        // The shared one when it fits: building a mapper costs a cold JVM tens of milliseconds.
        if (MAPPER != null && limits.equals(InputLimits.DEFAULT)) {
            return MAPPER;
        }
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(constraints(limits))
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .build();
        return JsonMapper.builder(factory)
                .addModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .build();
    }

    /**
     * A factory of token parsers for readers that check a document while they tokenize it: the same
     * limits and JSON dialect as {@link #mapper(InputLimits)}'s parser, but without Jackson's
     * duplicate-key detection and without the source kept for locations, so a reader that uses it
     * must see every key itself and, on anything wrong, read the document again through
     * {@link #parseTree} for the located problems.
     *
     * @param limits the input limits its parsers enforce
     * @return a new, thread-safe factory
     */
    public static JsonFactory streamingFactory(InputLimits limits) {
        return JsonFactory.builder()
                .streamReadConstraints(constraints(limits))
                .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .build();
    }

    private static StreamReadConstraints constraints(InputLimits limits) {
        return StreamReadConstraints.builder()
                .maxDocumentLength(limits.maxDocumentBytes())
                .maxNestingDepth(limits.maxNestingDepth())
                .maxStringLength(limits.maxStringLength())
                .maxNameLength(limits.maxStringLength())
                .maxNumberLength(limits.maxNumberLength())
                .build();
    }

    /**
     * Whether the bytes are a whole document that {@link #parseTree} would read as well-formed
     * UTF-8 (with or without a byte order mark): the same rules as its encoding guard, checked
     * eight bytes at a time while they are ASCII.
     *
     * @param bytes  the document's bytes
     * @param from   where it starts
     * @param length how many bytes it has
     * @return true for well-formed UTF-8; false for another encoding or bytes that are not text
     */
    public static boolean isWellFormedUtf8(byte[] bytes, int from, int length) {
        return EncodingGuard.isWellFormedUtf8(bytes, from, length);
    }

    /**
     * Parses a whole document into a tree. A syntax error, a duplicate key, invalid UTF-8 or a
     * limit passed becomes an {@link InvalidInputException} naming the line and column; bytes in no
     * encoding JSON allows, one located at {@code $}.
     *
     * @param mapper the mapper whose limits apply
     * @param in     the document; not closed
     * @param source what is read, for the message (a file name)
     * @return the document's tree
     * @throws IOException when the stream cannot be read
     */
    public static JsonNode parseTree(JsonMapper mapper, InputStream in, String source) throws IOException {
        try (JsonParser parser = mapper.createParser(new EncodingGuard(in))) {
            try {
                JsonNode tree = mapper.readTree(parser);
                if (tree == null || tree.isMissingNode()) {
                    throw new InvalidInputException(source, List.of(Problem.at("$", "json.empty")));
                }
                return tree;
            } catch (StreamConstraintsException e) {
                throw new InvalidInputException(source, List.of(limitProblem(e, parser)));
            }
        } catch (StreamConstraintsException e) {
            throw new InvalidInputException(source, List.of(limitProblem(e, null)));
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(source, List.of(syntaxProblem(e)));
        } catch (EncodingGuard.Malformed e) {
            // Bytes that are not UTF-8, where Jackson's own check would have put them: a syntax problem at a place.
            throw new InvalidInputException(source, List.of(Problem.at("line %d, column %d".formatted(e.line(), e.column()),
                    "json.syntax", "detail", e.getMessage())));
        } catch (CharConversionException e) {
            // Bytes that look like UTF-32 or UCS-4 but are not: Jackson's encoding detection says so with a plain
            // I/O exception, which is still a user's mistake (issue #7, found by ScanFuzzTest).
            throw new InvalidInputException(source, List.of(encodingProblem(e)));
        }
    }

    /** Bytes that are not text in an encoding JSON allows (UTF-8, UTF-16, UTF-32). */
    static Problem encodingProblem(CharConversionException e) {
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return Problem.at("$", "json.encoding", "detail", detail);
    }

    /** A limit of {@link InputLimits} passed while parsing, located where the parser stopped. */
    static Problem limitProblem(StreamConstraintsException e, JsonParser parser) {
        var location = parser != null ? parser.currentLocation() : e.getLocation();
        String where = location == null || location.getLineNr() < 0
                ? "$" : "line %d, column %d".formatted(location.getLineNr(), location.getColumnNr());
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        Matcher matcher = LIMIT.matcher(message);
        if (!matcher.find()) {
            return syntaxProblem(e);
        }
        String what = matcher.group(1).toLowerCase(java.util.Locale.ROOT);
        String code = what.contains("nesting") ? "limit.nesting"
                : what.startsWith("document") ? "limit.document"
                : what.startsWith("number") ? "limit.number"
                : "limit.string";
        return Problem.at(where, code, "actual", matcher.group(2), "max", matcher.group(3));
    }

    /**
     * A parse failure as a problem located by line and column.
     *
     * @param e Jackson's failure
     * @return the problem
     */
    public static Problem syntaxProblem(JsonProcessingException e) {
        var location = e.getLocation();
        String where = location == null || location.getLineNr() < 0
                ? "$" : "line %d, column %d".formatted(location.getLineNr(), location.getColumnNr());
        String detail = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        int cut = detail.indexOf('\n');
        return Problem.at(where, "json.syntax", "detail", cut < 0 ? detail : detail.substring(0, cut));
    }
}
