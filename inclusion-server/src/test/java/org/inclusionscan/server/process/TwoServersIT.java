package org.inclusionscan.server.process;

import static org.assertj.core.api.BDDAssertions.then;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.inclusionscan.server.db.Database;
import org.inclusionscan.server.service.AccountService;
import org.inclusionscan.server.testing.ApiClient;
import org.inclusionscan.server.testing.NumberedAnswers;
import org.inclusionscan.server.testing.PostgresCluster;
import org.inclusionscan.server.testing.PostgresExtension;
import org.inclusionscan.server.testing.ServerProcess;
import org.inclusionscan.server.testing.WebClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two real server processes side by side on one PostgreSQL database (issue 13, item 1): nothing a
 * person does may depend on which process answers. Every step below alternates between them, with
 * one cookie jar per person, as a load balancer without sticky sessions would send them.
 */
@EnabledIfSystemProperty(named = "slowTests", matches = "true")
@ExtendWith(PostgresExtension.class)
class TwoServersIT {

    private static final String EMAIL = "coordinator@example.org";
    private static final String PASSWORD = "two servers, one database";
    private static final String TOKEN = "two-servers-test-token-0123456789abcdef";
    private static final Pattern ROUND = Pattern.compile("/rounds/([A-Za-z0-9_-]{16,})");
    private static final Pattern JOIN = Pattern.compile("/join/([A-Za-z0-9_-]{20,})");

    private ServerProcess a;
    private ServerProcess b;

    @AfterEach
    void stopServers() {
        for (ServerProcess server : new ServerProcess[] {a, b}) {
            if (server != null) {
                server.close();
            }
        }
    }

    @Test
    void loginOnOneActOnTheOtherAndAnswersThroughBothMeetInOneRound(PostgresCluster cluster, @TempDir Path temporary)
            throws Exception {
        // GIVEN two server processes on one PostgreSQL database, and a coordinator
        String url = cluster.createDatabase();
        Path tokenFile = Files.writeString(temporary.resolve("api-token"), TOKEN);
        List<String> arguments = List.of("--db", url, "--api-token-file", tokenFile.toString());
        a = ServerProcess.start(arguments, Map.of(), temporary.resolve("a.log"));
        b = ServerProcess.start(arguments, Map.of(), temporary.resolve("b.log"));
        try (Database database = Database.open(url, null, null)) {
            new AccountService(database.sql(), Clock.systemUTC()).addCoordinator(EMAIL, PASSWORD);
        }

        // WHEN the coordinator logs in on A, creates a round on B with A's CSRF token, and reads it on A
        WebClient coordinator = new WebClient();
        coordinator.get(a.uri("/login"));
        HttpResponse<String> login = coordinator.post(a.uri("/login"), Map.of("email", EMAIL, "password", PASSWORD));
        then(login.statusCode()).as(login.body()).isEqualTo(303);
        then(coordinator.get(b.uri("/rounds")).statusCode()).isEqualTo(200);
        coordinator.get(a.uri("/rounds/new"));
        HttpResponse<String> created = coordinator.post(b.uri("/rounds"), Map.of("name", "Twee servers", "region", "brussels",
                "sector", "local-service-centre", "targetGroups", "poverty", "languages", "nl", "minRespondents", "3",
                "linkKind", "shared"));
        then(created.statusCode()).as(created.body()).isEqualTo(303);
        String roundId = find(ROUND, created.headers().firstValue("Location").orElseThrow());
        String joinKey = find(JOIN, coordinator.get(a.uri("/rounds/" + roundId)).body());

        // AND three respondents join on one server, save on the other and submit on the first; a case system adds a fourth through B's API
        for (int r = 0; r < 3; r++) {
            ServerProcess joinOn = r % 2 == 0 ? a : b;
            ServerProcess saveOn = r % 2 == 0 ? b : a;
            WebClient respondent = new WebClient();
            respondent.get(joinOn.uri("/join/" + joinKey));
            HttpResponse<String> joined = respondent.post(joinOn.uri("/join/" + joinKey), Map.of());
            then(joined.statusCode()).as(joined.body()).isEqualTo(303);
            String form = joined.headers().firstValue("Location").orElseThrow();
            Map<String, Object> answers = NumberedAnswers.of(r + 1);
            for (String item : NumberedAnswers.itemIds().subList(0, 10)) {
                HttpResponse<String> saved = respondent.post(saveOn.uri(form + "/answers"), Map.of(item, answers.get(item).toString()));
                then(saved.statusCode()).as(saved.body()).isEqualTo(204);
            }
            respondent.get(joinOn.uri(form));
            HttpResponse<String> submitted = respondent.post(joinOn.uri(form), Map.of("action", "submit"));
            then(submitted.statusCode()).as(submitted.body()).isEqualTo(303);
        }
        HttpResponse<String> viaApi = new ApiClient(b.uri("/"), TOKEN).submit(roundId, "staff", NumberedAnswers.of(4));
        then(viaApi.statusCode()).as(viaApi.body()).isEqualTo(201);

        // AND the coordinator closes the round on B and reads the report on A
        coordinator.get(a.uri("/rounds/" + roundId));
        HttpResponse<String> closed = coordinator.post(b.uri("/rounds/" + roundId + "/close"), Map.of());
        then(closed.statusCode()).as(closed.body()).isEqualTo(303);
        HttpResponse<String> report = coordinator.get(a.uri("/rounds/" + roundId + "/report"));

        // THEN all four responses are in the one round, and the report (minimum 3) shows them
        then(report.statusCode()).isEqualTo(200);
        try (Connection connection = java.sql.DriverManager.getConnection(url); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM responses WHERE round_id = '" + roundId + "'")) {
            rows.next();
            then(rows.getInt(1)).isEqualTo(4);
        }
        then(ApiClient.json(new ApiClient(a.uri("/"), TOKEN).get("/api/v1/rounds/" + roundId + "/scan")).path("respondents"))
                .hasSize(4);
    }

    @Test
    void aForgedCsrfTokenIsRefusedByBothAndTheLoginLimitCountsAcrossBoth(PostgresCluster cluster, @TempDir Path temporary)
            throws Exception {
        // GIVEN two server processes on one PostgreSQL database, and a coordinator
        String url = cluster.createDatabase();
        List<String> arguments = List.of("--db", url);
        a = ServerProcess.start(arguments, Map.of(), temporary.resolve("a.log"));
        b = ServerProcess.start(arguments, Map.of(), temporary.resolve("b.log"));
        try (Database database = Database.open(url, null, null)) {
            new AccountService(database.sql(), Clock.systemUTC()).addCoordinator(EMAIL, PASSWORD);
        }
        WebClient person = new WebClient();
        person.get(a.uri("/login"));

        // WHEN a login form carries a forged token, on either server
        for (ServerProcess server : List.of(a, b)) {
            HttpResponse<String> forged = person.post(server.uri("/login"), Map.of("email", EMAIL, "password", PASSWORD,
                    "_csrf", "forged-token"));
            // THEN it is refused with 403 and no session
            then(forged.statusCode()).isEqualTo(403);
            then(forged.body()).doesNotContain("Exception");
        }

        // WHEN wrong passwords are tried on A and B in turn, up to the limit
        for (int i = 0; i < AccountService.MAX_FAILURES_PER_EMAIL; i++) {
            ServerProcess server = i % 2 == 0 ? a : b;
            HttpResponse<String> wrong = person.post(server.uri("/login"), Map.of("email", EMAIL, "password", "wrong password " + i));
            then(wrong.statusCode()).as("attempt %d on %s", i, server.port()).isEqualTo(401);
        }

        // THEN both refuse even the right password for now
        for (ServerProcess server : List.of(a, b)) {
            HttpResponse<String> right = person.post(server.uri("/login"), Map.of("email", EMAIL, "password", PASSWORD));
            then(right.statusCode()).isEqualTo(429);
        }
    }

    private static String find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        then(matcher.find()).as("%s in %s", pattern, text.length() > 300 ? text.substring(0, 300) : text).isTrue();
        return matcher.group(1);
    }
}
