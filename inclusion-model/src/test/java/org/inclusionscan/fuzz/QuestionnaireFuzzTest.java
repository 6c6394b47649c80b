package org.inclusionscan.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.inclusionscan.json.Json;

/**
 * Fuzzes the questionnaire reader with generated questionnaires and the bundled one, changed as a
 * JSON tree and as bytes. A questionnaire that is read must be usable: it scores a full scan sanely.
 *
 * <p>Each property runs {@code fuzz.tries} times (3,500 by default, set in the module's pom as
 * {@code jqwik.tries.default}); {@code ./mvnw -pl inclusion-model verify -Dfuzz.tries=100000} runs longer.
 */
class QuestionnaireFuzzTest {

    private static final ObjectNode BUNDLED = Documents.bundledQuestionnaire();

    @Property
    void everyGeneratedQuestionnaireReadsAndScores(@ForAll("questionnaires") ObjectNode questionnaire)
            throws JsonProcessingException {
        assertThat(InputOracle.questionnaire(Json.mapper().writeValueAsBytes(questionnaire)))
                .as("a valid generated questionnaire is read").isEqualTo(InputOracle.READ);
    }

    @Property
    void aQuestionnaireChangedAsATreeIsReadOrRefusedWithLocatedProblems(@ForAll("startingPoints") ObjectNode questionnaire,
            @ForAll("treeMutations") List<TreeMutation> mutations) throws JsonProcessingException {
        JsonNode tree = questionnaire;
        for (TreeMutation mutation : mutations) {
            tree = mutation.apply(tree);
        }
        Statistics.label("outcome").collect(InputOracle.questionnaire(Documents.WRITER.writeValueAsBytes(tree)));
        Statistics.label("outcome").coverage(coverage -> {
            coverage.check(InputOracle.READ).count(count -> count > 0);
            coverage.check("json.type").count(count -> count > 0);
        });
    }

    @Property
    void aQuestionnaireChangedAsBytesIsReadOrRefusedWithLocatedProblems(@ForAll("startingPoints") ObjectNode questionnaire,
            @ForAll("byteMutations") List<ByteMutation> mutations, @ForAll boolean indented) throws JsonProcessingException {
        byte[] document = indented ? Json.mapper().writeValueAsBytes(questionnaire) : Documents.WRITER.writeValueAsBytes(questionnaire);
        for (ByteMutation mutation : mutations) {
            document = mutation.apply(document);
        }
        Statistics.label("outcome").collect(InputOracle.questionnaire(document));
        Statistics.label("outcome").coverage(coverage -> {
            coverage.check(InputOracle.READ).count(count -> count > 0);
            coverage.check("json.syntax").count(count -> count > 0);
        });
    }

    @Provide
    Arbitrary<ObjectNode> questionnaires() {
        return Documents.questionnaires();
    }

    /** Mostly generated questionnaires, sometimes the bundled one (73 items, real texts). */
    @Provide
    Arbitrary<ObjectNode> startingPoints() {
        return net.jqwik.api.Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, Documents.questionnaires()),
                net.jqwik.api.Tuple.of(1, net.jqwik.api.Arbitraries.just(BUNDLED)));
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
