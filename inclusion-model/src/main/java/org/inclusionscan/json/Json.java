package org.inclusionscan.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.inclusionscan.model.InvalidInputException;
import org.inclusionscan.model.Problem;

/** The library's one JSON configuration: strict reading, limits, ISO dates, stable output. */
public final class Json {

    private static final JsonMapper MAPPER = mapper(InputLimits.DEFAULT);

    private Json() {
    }

    /** The shared, thread-safe mapper with the default limits. */
    public static JsonMapper mapper() {
        return MAPPER;
    }

    /** A mapper configured like {@link #mapper()} with other limits. */
    public static JsonMapper mapper(InputLimits limits) {
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxDocumentLength(limits.maxDocumentBytes())
                .maxNestingDepth(limits.maxNestingDepth())
                .maxStringLength(limits.maxStringLength())
                .maxNameLength(limits.maxStringLength())
                .maxNumberLength(limits.maxNumberLength())
                .build();
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(constraints)
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
     * Parses a whole document into a tree. A syntax error, a duplicate key, invalid UTF-8 or a
     * limit passed becomes an {@link InvalidInputException} naming the line and column.
     *
     * @param source what is read, for the message (a file name)
     */
    public static JsonNode parseTree(JsonMapper mapper, InputStream in, String source) throws IOException {
        try (JsonParser parser = mapper.createParser(in)) {
            JsonNode tree = mapper.readTree(parser);
            if (tree == null || tree.isMissingNode()) {
                throw new InvalidInputException(source, List.of(Problem.at("$", "json.empty")));
            }
            return tree;
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(source, List.of(syntaxProblem(e)));
        }
    }

    /** A parse failure as a problem located by line and column. */
    public static Problem syntaxProblem(JsonProcessingException e) {
        var location = e.getLocation();
        String where = location == null || location.getLineNr() < 0
                ? "$" : "line %d, column %d".formatted(location.getLineNr(), location.getColumnNr());
        String detail = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        int cut = detail.indexOf('\n');
        return Problem.at(where, "json.syntax", "detail", cut < 0 ? detail : detail.substring(0, cut));
    }
}
