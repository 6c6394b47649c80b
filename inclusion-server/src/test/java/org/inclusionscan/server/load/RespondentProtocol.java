package org.inclusionscan.server.load;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.inclusionscan.server.testing.NumberedAnswers;
import org.inclusionscan.server.testing.ServerProcess;

/**
 * A respondent as the form's script acts: opens the round's shared link (which hands out a personal
 * draft link), then saves each answer alone with a form post that asks for JSON, as the page's
 * JavaScript does when an answer is given.
 */
final class RespondentProtocol implements LoadRun.Protocol {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf\"\\s+value=\"([^\"]+)\"");
    private static final List<String> ITEMS = NumberedAnswers.itemIds();

    private final ServerProcess server;
    private final URI sharedLink;

    RespondentProtocol(ServerProcess server, String respondentUrl) {
        this.server = server;
        URI given = URI.create(respondentUrl);
        this.sharedLink = server.uri(given.getRawPath() + (given.getRawQuery() == null ? "" : "?" + given.getRawQuery()));
    }

    @Override
    public LoadRun.Respondent join(HttpClient client, int index) throws Exception {
        HttpResponse<String> joined = client.send(HttpRequest.newBuilder(sharedLink).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        URI form = joined.headers().firstValue("Location").map(location -> server.uri(URI.create(location).getRawPath()))
                .orElse(joined.uri());
        if (joined.statusCode() / 100 == 3) {
            joined = client.send(HttpRequest.newBuilder(form).timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }
        if (joined.statusCode() != 200) {
            throw new IllegalStateException("Joining gave HTTP %d".formatted(joined.statusCode()));
        }
        Map<String, String> state = new HashMap<>();
        state.put("form", form.toString());
        Matcher csrf = CSRF.matcher(joined.body());
        if (csrf.find()) {
            state.put("csrf", csrf.group(1));
        }
        String path = form.getPath();
        return new LoadRun.Respondent(path.substring(path.lastIndexOf('/') + 1), state);
    }

    @Override
    public HttpRequest save(LoadRun.Respondent respondent, int answer) {
        String body = "item=%s&value=%d".formatted(URLEncoder.encode(itemOf(answer), StandardCharsets.UTF_8), 1 + answer % 5);
        if (respondent.state().containsKey("csrf")) {
            body += "&csrf=" + URLEncoder.encode(respondent.state().get("csrf"), StandardCharsets.UTF_8);
        }
        return HttpRequest.newBuilder(URI.create(respondent.state().get("form") + "/answers")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    @Override
    public String itemOf(int answer) {
        return ITEMS.get(answer % ITEMS.size());
    }

    /** The answers stored in the database for each respondent key. */
    Map<String, Set<String>> stored(String jdbcUrl, Set<String> keys) throws Exception {
        return ServerLoad.draftAnswers(jdbcUrl, keys);
    }
}
