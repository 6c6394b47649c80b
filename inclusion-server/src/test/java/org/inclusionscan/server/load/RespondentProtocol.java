package org.inclusionscan.server.load;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.inclusionscan.server.testing.NumberedAnswers;
import org.inclusionscan.server.testing.ServerProcess;

/**
 * A respondent as a phone with the form's script acts: opens the round's shared link (the join page
 * sets the CSRF cookie and carries the token), joins with a form post (which hands out a personal
 * draft link), then saves each answer alone as the page's script does when an answer is given:
 * {@code POST /answer/{token}/answers} with the item's field, the CSRF header and the cookie, 204.
 */
final class RespondentProtocol implements LoadRun.Protocol {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final List<String> ITEMS = NumberedAnswers.itemIds();

    private final ServerProcess server;
    private final URI sharedLink;
    private final String joinCode;

    /** @param joinCode the round's join code (rounds made through the API have one), or null */
    RespondentProtocol(ServerProcess server, String respondentUrl, String joinCode) {
        this.server = server;
        this.sharedLink = server.uri(URI.create(respondentUrl).getRawPath());
        this.joinCode = joinCode;
    }

    @Override
    public LoadRun.Respondent join(HttpClient client, int index) throws Exception {
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(sharedLink).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher csrf = CSRF.matcher(page.body());
        if (page.statusCode() != 200 || !csrf.find()) {
            throw new IllegalStateException("The join page gave HTTP %d without a CSRF field".formatted(page.statusCode()));
        }
        String cookies = page.headers().allValues("Set-Cookie").stream().map(c -> c.split(";", 2)[0])
                .collect(Collectors.joining("; "));
        HttpResponse<String> joined = client.send(HttpRequest.newBuilder(sharedLink).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookies)
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)
                        + (joinCode == null ? "" : "&code=" + URLEncoder.encode(joinCode, StandardCharsets.UTF_8))))
                .build(), HttpResponse.BodyHandlers.ofString());
        String location = joined.headers().firstValue("Location").orElse("");
        if (joined.statusCode() != 303 || !location.startsWith("/answer/")) {
            throw new IllegalStateException("Joining gave HTTP %d (%s)".formatted(joined.statusCode(), location));
        }
        String token = location.substring("/answer/".length());
        return new LoadRun.Respondent(token, Map.of("save", server.uri(location + "/answers").toString(),
                "cookie", cookies, "csrf", csrf.group(1)));
    }

    @Override
    public HttpRequest save(LoadRun.Respondent respondent, int answer) {
        int value = answer % 6;
        String body = "%s=%s".formatted(URLEncoder.encode(itemOf(answer), StandardCharsets.UTF_8),
                value == 0 ? "dont-know" : Integer.toString(value));
        return HttpRequest.newBuilder(URI.create(respondent.state().get("save"))).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", respondent.state().get("cookie"))
                .header("X-CSRF-Token", respondent.state().get("csrf"))
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
