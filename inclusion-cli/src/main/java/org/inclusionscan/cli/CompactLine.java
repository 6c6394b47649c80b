package org.inclusionscan.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import org.inclusionscan.advice.Recommendation;
import org.inclusionscan.advice.ToolSuggestion;
import org.inclusionscan.json.Json;
import org.inclusionscan.model.HasId;
import org.inclusionscan.model.ScanResult;
import org.inclusionscan.scoring.Score;

/**
 * One good scan as one short batch line (about 1.5 kB instead of a 25 kB report): the organisation,
 * the means (overall, per dimension, domain and factor; null when absent), the recommendation ids in
 * priority order and the tool ids. Everything else is in the full report ({@code --full-report}).
 *
 * <pre>
 * {"line":1,"ok":true,"organisation":"...","date":"2025-11-20","respondents":6,
 *  "scores":{"overall":3.1,"dimensions":{"culture":3.2,...},"domains":{...},"factors":{"legislation":2.67,...}},
 *  "recommendations":["factor.image.weak",...],"tools":["kletspot-eenzaamheid",...]}
 * </pre>
 */
final class CompactLine {

    private CompactLine() {
    }

    static String write(long line, ScanResult result) {
        StringWriter text = new StringWriter(2048);
        try (JsonGenerator json = Json.mapper().getFactory().createGenerator(text)) {
            json.writeStartObject();
            json.writeNumberField("line", line);
            json.writeBooleanField("ok", true);
            json.writeStringField("organisation", result.scan().organisation().name());
            json.writeStringField("date", result.scan().date().toString());
            json.writeNumberField("respondents", result.scores().respondents());
            json.writeObjectFieldStart("scores");
            mean(json, "overall", result.scores().overall().mean());
            means(json, "dimensions", result.scores().dimensions());
            means(json, "domains", result.scores().domains());
            json.writeObjectFieldStart("factors");
            result.scores().factors().forEach((factor, score) -> mean(json, factor.id(), score.mean()));
            json.writeEndObject();
            json.writeEndObject();
            json.writeArrayFieldStart("recommendations");
            for (Recommendation recommendation : result.advice().recommendations()) {
                json.writeString(recommendation.id());
            }
            json.writeEndArray();
            json.writeArrayFieldStart("tools");
            for (ToolSuggestion tool : result.advice().tools()) {
                json.writeString(tool.id());
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("Writing JSON to memory cannot fail.", e);
        }
        return text.toString();
    }

    private static void means(JsonGenerator json, String name, Map<? extends HasId, Score> scores) throws IOException {
        json.writeObjectFieldStart(name);
        scores.forEach((key, score) -> mean(json, key.id(), score.mean()));
        json.writeEndObject();
    }

    private static void mean(JsonGenerator json, String name, Double mean) {
        try {
            if (mean == null) {
                json.writeNullField(name);
            } else {
                json.writeNumberField(name, mean);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Writing JSON to memory cannot fail.", e);
        }
    }
}
