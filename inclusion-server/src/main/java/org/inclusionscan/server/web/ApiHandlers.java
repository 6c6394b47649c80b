package org.inclusionscan.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.inclusionscan.json.Json;
import org.inclusionscan.model.InvalidInputException;
import org.inclusionscan.model.Language;
import org.inclusionscan.model.Organisation;
import org.inclusionscan.model.Problem;
import org.inclusionscan.report.ReportFormat;
import org.inclusionscan.scan.Respondent;
import org.inclusionscan.scan.Scan;
import org.inclusionscan.scan.ScanReader;
import org.inclusionscan.server.model.LinkKind;
import org.inclusionscan.server.model.Round;
import org.inclusionscan.server.service.IdempotencyService;
import org.inclusionscan.server.service.IdempotencyService.Answer;
import org.inclusionscan.server.service.PlatformService.ApiCaller;
import org.inclusionscan.server.service.Refusal;
import org.inclusionscan.server.service.Refusal.Kind;
import org.inclusionscan.server.service.RoundService;
import org.inclusionscan.server.service.Tokens;

/**
 * The JSON API for case systems (docs/openapi.yaml), behind a bearer token. Without a configured
 * token every API path answers 404: no token, no API.
 */
final class ApiHandlers {

    static final String PREFIX = "/api/v1";
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final String CALLER = "inclusion.api.caller";

    private final Web web;
    private final ApiReader reader = new ApiReader(ScanReader.create());

    ApiHandlers(Web web) {
        this.web = web;
    }

    void register(Javalin app) {
        app.before(PREFIX + "/*", this::authorise);
        app.post(PREFIX + "/rounds", idempotent(this::createRound));
        app.post(PREFIX + "/rounds/{id}/responses", idempotent(this::addResponse));
        app.post(PREFIX + "/rounds/{id}/close", idempotent(this::close));
        app.get(PREFIX + "/rounds/{id}/scan", this::scan);
        app.get(PREFIX + "/rounds/{id}/report", this::report);
    }

    /** The platform's token (every round) or an organisation's token (its rounds; 404 for the others). */
    private void authorise(Context ctx) {
        String token = web.config.apiToken();
        String given = bearer(ctx);
        if (token != null && Tokens.same(token, given)) {
            ctx.attribute(CALLER, ApiCaller.PLATFORM);
            return;
        }
        Optional<ApiCaller> organisation = web.services.platform().apiCaller(given);
        if (organisation.isPresent()) {
            ctx.attribute(CALLER, organisation.get());
            return;
        }
        ctx.header("WWW-Authenticate", "Bearer");
        throw new Refusal(Kind.UNAUTHORISED, "api-token", "Authorization");
    }

    static ApiCaller caller(Context ctx) {
        return ctx.attribute(CALLER);
    }

    /** The round of the path, checked against the caller's organisation (404 for another's). */
    private Round round(Context ctx) {
        return web.services.platform().roundFor(caller(ctx), ctx.pathParam("id"));
    }

    /**
     * A POST that honours {@code Idempotency-Key}: with a key, the handler's work and its answer are
     * kept together, and the same key with the same request answers what was stored.
     */
    private Handler idempotent(Handler handler) {
        return ctx -> {
            String header = ctx.header(IDEMPOTENCY_KEY);
            if (header == null) {
                handler.handle(ctx);
                return;
            }
            String key = IdempotencyService.checkedKey(header);
            Answer answer = web.services.idempotency().once(Tokens.sha256(bearer(ctx)), key, requestHash(ctx), () -> {
                try {
                    handler.handle(ctx);
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IllegalStateException("An API handler failed.", e);
                }
                return new Answer(ctx.statusCode(), ctx.result() == null ? "" : ctx.result(), false);
            });
            if (answer.replayed()) {
                ctx.header("Idempotent-Replayed", "true");
                ctx.status(answer.status()).contentType("application/json; charset=utf-8").result(answer.body());
            }
        };
    }

    /** The method, the path and the body, hashed: what makes two requests with one key the same request. */
    private static String requestHash(Context ctx) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((ctx.method().name() + " " + ctx.path() + "\n").getBytes(StandardCharsets.UTF_8));
            digest.update(ctx.bodyAsBytes());
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256.", e);
        }
    }

    private static String bearer(Context ctx) {
        String header = ctx.header("Authorization");
        return header != null && header.startsWith("Bearer ") ? header.substring("Bearer ".length()).strip() : null;
    }

    private void createRound(Context ctx) {
        JsonNode body = reader.parse(ctx.bodyAsBytes());
        Scan checked = reader.newRound(body);
        int minimum = body.has("minRespondents") ? integer(body.get("minRespondents"), "minRespondents") : Round.DEFAULT_MINIMUM;
        ApiCaller caller = caller(ctx);
        Organisation profile = checked.organisation();
        Round round;
        if (caller.isPlatform()) {
            round = web.services.rounds().create(null, newRound(profile, checked, body, minimum));
        } else {
            // The round belongs to the token's organisation, under the name the platform knows it by.
            Organisation named = new Organisation(web.services.platform().organisationName(caller.organisationId()),
                    profile.region(), profile.sector(), profile.targetGroups(), profile.note());
            round = web.services.rounds().createIn(caller.organisationId(), newRound(named, checked, body, minimum));
        }
        web.services.platform().record(caller.actor(), "round-created", round.organisationId(), round.id());
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("id", round.id());
        result.put("respondentUrl", web.baseUrl() + "/join/" + round.joinKey());
        result.put("joinCode", round.joinCode());
        json(ctx.status(HttpStatus.CREATED), result);
    }

    private RoundService.NewRound newRound(Organisation organisation, Scan checked, JsonNode body, int minimum) {
        return new RoundService.NewRound(organisation, checked.questionnaireId(), languages(body), closesOn(body), minimum,
                LinkKind.SHARED, 0, true);
    }

    private void addResponse(Context ctx) {
        Round round = round(ctx);
        JsonNode body = reader.parse(ctx.bodyAsBytes());
        Respondent respondent = reader.response(body, round.organisation(), round.questionnaireId());
        int count = web.services.respondents().addResponse(round.id(), respondent.role(), respondent.note(),
                respondent.answers());
        json(ctx.status(HttpStatus.CREATED), Map.of("round", round.id(), "respondents", count));
    }

    private void close(Context ctx) {
        Round round = web.services.rounds().close(null, round(ctx).id());
        int respondents = web.services.rounds().respondents(null, round.id());
        web.services.platform().record(caller(ctx).actor(), "round-closed", round.organisationId(), round.id());
        json(ctx, Map.of("id", round.id(), "status", round.status().id(), "respondents", respondents,
                "minimum", round.minRespondents()));
    }

    private void scan(Context ctx) {
        Round round = round(ctx);
        json(ctx, web.services.rounds().exportScan(null, round.id()));
        web.services.platform().record(caller(ctx).actor(), "scan-exported", round.organisationId(), round.id());
    }

    private void report(Context ctx) {
        String roundId = round(ctx).id();
        ReportFormat format = CoordinatorHandlers.vocabulary(ctx.queryParamAsClass("format", String.class).getOrDefault("json"),
                "format", ReportFormat::fromId);
        Language language = CoordinatorHandlers.vocabulary(ctx.queryParamAsClass("lang", String.class).getOrDefault("nl"),
                "lang", Language::fromId);
        RoundService.ReportOutcome outcome = web.services.rounds().report(null, roundId, format, language);
        if (!outcome.shown()) {
            Map<String, Object> body = new LinkedHashMap<>();
            String reason = outcome.open() ? "round-open" : "below-minimum";
            body.put("type", Errors.TYPE_PREFIX + reason);
            body.put("title", web.services.texts().get(Language.EN, "refusal." + reason + ".title"));
            body.put("status", 409);
            body.put("detail", web.services.texts().get(Language.EN, "refusal." + reason, Map.of(
                    "respondents", outcome.respondents(), "minimum", outcome.minimum())));
            body.put("reason", reason);
            body.put("respondents", outcome.respondents());
            body.put("minimum", outcome.minimum());
            ctx.status(HttpStatus.CONFLICT).contentType("application/problem+json");
            ctx.result(write(body));
            return;
        }
        if (format == ReportFormat.HTML) {
            SecurityHeaders.reportPolicy(ctx);
        }
        ctx.contentType(format.mediaType() + "; charset=utf-8").result(outcome.utf8());
    }

    private static List<Language> languages(JsonNode body) {
        if (!body.has("languages")) {
            return List.of(Language.values());
        }
        JsonNode node = body.get("languages");
        List<Language> languages = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        if (!node.isArray()) {
            problems.add(Problem.at("languages", "json.type", "expected", "array", "actual", node.getNodeType().name().toLowerCase(java.util.Locale.ROOT)));
        } else {
            for (int i = 0; i < node.size(); i++) {
                var language = Web.parse(node.get(i).asText());
                if (language.isEmpty() || !node.get(i).isTextual()) {
                    problems.add(Problem.at("languages[" + i + "]", "json.unknown-id", "what", "@vocabulary.language",
                            "id", RespondentHandlers.shorten(node.get(i).asText()), "valid", "nl, fr, en"));
                } else if (!languages.contains(language.get())) {
                    languages.add(language.get());
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(ApiReader.SOURCE, problems);
        }
        return languages;
    }

    private static LocalDate closesOn(JsonNode body) {
        if (!body.has("closesOn") || body.get("closesOn").isNull()) {
            return null;
        }
        try {
            return LocalDate.parse(body.get("closesOn").asText());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(ApiReader.SOURCE, List.of(Problem.at("closesOn", "scan.bad-date", "date",
                    RespondentHandlers.shorten(body.get("closesOn").asText()))));
        }
    }

    private static int integer(JsonNode node, String field) {
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            throw new InvalidInputException(ApiReader.SOURCE, List.of(Problem.at(field, "json.type", "expected", "integer",
                    "actual", RespondentHandlers.shorten(node.toString()))));
        }
        return node.intValue();
    }

    static void json(Context ctx, Object body) {
        ctx.contentType("application/json; charset=utf-8").result(write(body));
    }

    static String write(Object body) {
        try {
            return Json.mapper().writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write the JSON answer.", e);
        }
    }
}
