package org.inclusionscan.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.inclusionscan.json.Json;
import org.inclusionscan.scan.Scan;

/**
 * Fuzzes the scan reader with valid scans of the default questionnaire, changed as a JSON tree
 * and as bytes. The oracle is {@link InputOracle}: read and score sanely, or refuse with located,
 * translated problems; nothing else.
 *
 * <p>Each property runs {@code fuzz.tries} times (3,500 by default, set in the module's pom as
 * {@code jqwik.tries.default}); {@code ./mvnw -pl inclusion-model verify -Dfuzz.tries=100000} runs longer.
 */
class ScanFuzzTest {

    @Property
    void everyGeneratedScanReadsAndScoresSanely(@ForAll("scans") Scan scan) throws JsonProcessingException {
        String outcome = InputOracle.scan(Json.mapper().writeValueAsBytes(scan));
        assertThat(outcome).as("a valid generated scan is read").isEqualTo(InputOracle.READ);
    }

    @Property
    void aScanChangedAsATreeIsReadOrRefusedWithLocatedProblems(@ForAll("smallScans") Scan scan,
            @ForAll("treeMutations") List<TreeMutation> mutations) throws JsonProcessingException {
        JsonNode tree = Json.mapper().valueToTree(scan);
        for (TreeMutation mutation : mutations) {
            tree = mutation.apply(tree);
        }
        String outcome = InputOracle.scan(Documents.WRITER.writeValueAsBytes(tree));
        Statistics.label("outcome").collect(outcome);
        // The mutations reach both sides: some changed scans stay valid, some pass the nesting limit.
        Statistics.label("outcome").coverage(coverage -> {
            coverage.check(InputOracle.READ).count(count -> count > 0);
            coverage.check("limit.nesting").count(count -> count > 0);
            coverage.check("json.type").count(count -> count > 0);
        });
    }

    @Property
    void aScanChangedAsBytesIsReadOrRefusedWithLocatedProblems(@ForAll("smallScans") Scan scan,
            @ForAll("byteMutations") List<ByteMutation> mutations, @ForAll boolean indented)
            throws JsonProcessingException {
        byte[] document = indented ? Json.mapper().writeValueAsBytes(scan) : Documents.WRITER.writeValueAsBytes(scan);
        for (ByteMutation mutation : mutations) {
            document = mutation.apply(document);
        }
        String outcome = InputOracle.scan(document);
        Statistics.label("outcome").collect(outcome);
        Statistics.label("outcome").coverage(coverage -> {
            coverage.check(InputOracle.READ).count(count -> count > 0);
            coverage.check("json.syntax").count(count -> count > 0);
        });
    }

    @Provide
    Arbitrary<Scan> scans() {
        return Documents.scans();
    }

    @Provide
    Arbitrary<Scan> smallScans() {
        return Documents.scans(6);
    }

    @Provide
    Arbitrary<List<TreeMutation>> treeMutations() {
        return TreeMutation.few();
    }

    @Provide
    Arbitrary<List<ByteMutation>> byteMutations() {
        return ByteMutation.few();
    }
}
