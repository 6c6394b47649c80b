package org.inclusionscan.scan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.inclusionscan.json.Json;
import org.inclusionscan.model.HasId;
import org.inclusionscan.model.InvalidInputException;
import org.inclusionscan.model.Region;
import org.inclusionscan.model.Role;
import org.inclusionscan.model.Sector;
import org.inclusionscan.model.TargetGroup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The published schema (docs/scan.schema.json) and the reader agree. */
class ScanSchemaTest {

    private static final Path DOCS = Path.of("..", "docs");
    private static final Path EXAMPLES = Path.of("..", "examples", "src", "main", "resources", "org", "inclusionscan", "examples");

    private static JsonNode schemaTree() throws IOException {
        return Json.mapper().readTree(DOCS.resolve("scan.schema.json").toFile());
    }

    private static JsonSchema schema() throws IOException {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaTree());
    }

    static Stream<Path> exampleScans() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            return files.filter(file -> file.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("exampleScans")
    void everyExampleScanIsValidForTheSchemaAndTheReader(Path file) throws IOException {
        Set<ValidationMessage> messages = schema().validate(Json.mapper().readTree(file.toFile()));
        assertThat(messages).isEmpty();
        assertThat(ScanReader.create().read(file).respondents()).isNotEmpty();
    }

    @Test
    void theSchemaListsExactlyTheIdsTheReaderKnows() throws IOException {
        JsonNode defs = schemaTree().get("$defs");
        assertThat(enumOf(defs.at("/organisation/properties/region/enum"))).containsExactlyElementsOf(ids(Region.values()));
        assertThat(enumOf(defs.at("/organisation/properties/sector/enum"))).containsExactlyElementsOf(ids(Sector.values()));
        assertThat(enumOf(defs.at("/organisation/properties/targetGroups/items/enum"))).containsExactlyElementsOf(ids(TargetGroup.values()));
        assertThat(enumOf(defs.at("/respondent/properties/role/enum"))).containsExactlyElementsOf(ids(Role.values()));
    }

    @Test
    void whatTheSchemaRefusesTheReaderRefusesToo() throws IOException {
        String valid = Files.readString(EXAMPLES.resolve("de-brug.json"));
        List<String> broken = List.of(
                valid.replaceFirst("\"region\": \"flanders\"", "\"region\": \"vlaanderen\""),
                valid.replaceFirst("\"role\": \"board\"", "\"role\": \"chair\""),
                valid.replaceFirst("\"questionnaire\": \"selfscan-3\",", "\"questionnaire\": \"selfscan-3\", \"extra\": true,"),
                valid.replaceFirst(": 4,", ": 6,"),
                valid.replaceFirst(": 4,", ": \"4\","),
                valid.replaceFirst("\"date\": \"2026-10-05\"", "\"date\": \"5 oktober\""));
        List<String> unchanged = new ArrayList<>();
        for (String json : broken) {
            if (json.equals(valid)) {
                unchanged.add(json);
                continue;
            }
            assertThat(schema().validate(Json.mapper().readTree(json))).isNotEmpty();
            try {
                ScanReader.create().read(json, "broken");
                throw new AssertionError("The reader accepted what the schema refuses: " + json.substring(0, 200));
            } catch (InvalidInputException expected) {
                assertThat(expected.problems()).isNotEmpty();
            }
        }
        assertThat(unchanged).isEmpty();
    }

    private static List<String> enumOf(JsonNode node) {
        List<String> values = new ArrayList<>();
        node.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static List<String> ids(HasId[] values) {
        return Arrays.stream(values).map(HasId::id).toList();
    }
}
