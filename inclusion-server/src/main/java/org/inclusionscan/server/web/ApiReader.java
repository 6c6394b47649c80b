package org.inclusionscan.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.inclusionscan.json.InputLimits;
import org.inclusionscan.json.Json;
import org.inclusionscan.model.InvalidInputException;
import org.inclusionscan.model.Organisation;
import org.inclusionscan.model.Problem;
import org.inclusionscan.questionnaire.QuestionnaireRegistry;
import org.inclusionscan.scan.Respondent;
import org.inclusionscan.scan.Scan;
import org.inclusionscan.scan.ScanReader;

/**
 * Reads the API's request bodies with exactly the scan reader's checks: the organisation of a new
 * round and the respondent of a new response are put into a scan document around them, read by
 * {@link ScanReader}, and the problems' JSON paths are given back relative to the body.
 */
final class ApiReader {

    static final String SOURCE = "request body";
    private static final Set<String> ROUND_KEYS = Set.of("organisation", "questionnaire", "minRespondents", "languages", "closesOn");
    private static final Set<String> RESPONSE_KEYS = Set.of("role", "answers", "note");
    private static final String RESPONDENT = "respondents[0]";

    private final ScanReader reader;
    private final JsonMapper mapper = Json.mapper();

    ApiReader(ScanReader reader) {
        this.reader = reader;
    }

    /** A parsed request body, with its problems of syntax and size located by line and column. */
    JsonNode parse(byte[] body) {
        if (body.length == 0) {
            throw new InvalidInputException(SOURCE, List.of(Problem.at("$", "json.empty")));
        }
        try {
            return Json.parseTree(Json.mapper(InputLimits.DEFAULT), new ByteArrayInputStream(body), SOURCE);
        } catch (IOException e) {
            throw new IllegalStateException("Reading from memory cannot fail.", e);
        }
    }

    /** The round's organisation and questionnaire id, checked as in a scan. */
    Scan newRound(JsonNode body) {
        List<Problem> problems = new ArrayList<>();
        if (!body.isObject()) {
            throw new InvalidInputException(SOURCE, List.of(Problem.at("$", "json.type", "expected", "object",
                    "actual", body.getNodeType().name().toLowerCase(java.util.Locale.ROOT))));
        }
        unknownKeys(body, ROUND_KEYS, "", problems);
        ObjectNode scan = mapper.createObjectNode();
        if (body.has("organisation")) {
            scan.set("organisation", body.get("organisation"));
        }
        scan.set("questionnaire", body.has("questionnaire") ? body.get("questionnaire")
                : mapper.getNodeFactory().textNode(QuestionnaireRegistry.DEFAULT_ID));
        scan.put("date", "2000-01-01");
        ObjectNode respondent = scan.putArray("respondents").addObject();
        respondent.put("id", "api");
        respondent.put("role", "other");
        respondent.putObject("answers");
        return read(scan, problems, "");
    }

    /** A response's respondent, checked as one respondent of a scan of the round. */
    Respondent response(JsonNode body, Organisation organisation, String questionnaireId) {
        List<Problem> problems = new ArrayList<>();
        ObjectNode scan = mapper.createObjectNode();
        scan.set("organisation", mapper.valueToTree(organisation));
        scan.put("questionnaire", questionnaireId);
        scan.put("date", "2000-01-01");
        ArrayNode respondents = scan.putArray("respondents");
        if (body.isObject()) {
            unknownKeys(body, RESPONSE_KEYS, "", problems);
            ObjectNode respondent = ((ObjectNode) body.deepCopy());
            respondent.put("id", "api");
            respondents.add(respondent);
        } else {
            respondents.add(body);
        }
        return read(scan, problems, RESPONDENT).respondents().get(0);
    }

    private Scan read(ObjectNode scan, List<Problem> problems, String strip) {
        Scan read = null;
        try {
            read = reader.read(scan, SOURCE);
        } catch (InvalidInputException e) {
            for (Problem problem : e.problems()) {
                problems.add(relocate(problem, strip));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(SOURCE, problems);
        }
        return read;
    }

    private static Problem relocate(Problem problem, String strip) {
        if (strip.isEmpty()) {
            return problem;
        }
        String location = problem.location();
        if (location.equals(strip)) {
            location = "$";
        } else if (location.startsWith(strip + ".")) {
            location = location.substring(strip.length() + 1);
        }
        return new Problem(location, problem.code(), problem.arguments());
    }

    private static void unknownKeys(JsonNode body, Set<String> allowed, String path, List<Problem> problems) {
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                problems.add(Problem.at(path.isEmpty() ? name : path + "." + name, "json.unknown-key", "key",
                        RespondentHandlers.shorten(name), "allowed", String.join(", ", allowed.stream().sorted().toList())));
            }
        }
    }
}
