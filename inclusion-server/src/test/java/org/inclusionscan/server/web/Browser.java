package org.inclusionscan.server.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A browser without JavaScript for the web tests: keeps cookies, follows no redirect by itself
 * (tests check them), reads the CSRF token from the last page and posts forms as a browser does.
 */
final class Browser {

    /** An answer: status, body, and where a redirect points. */
    record Page(int status, String body, String location, HttpResponse<String> response) {

        Document document() {
            return Jsoup.parse(body);
        }

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }
    }

    private final String base;
    private final HttpClient client;
    private final CookieManager cookies = new CookieManager();
    private String csrf;

    Browser(String base) {
        this.base = base;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The value of a cookie this browser holds, or null. */
    String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals(name))
                .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
    }

    Page get(String path) {
        return remember(send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET().build()));
    }

    /** GET, and follow redirects (as a browser does after a form post). */
    Page open(String path) {
        Page page = get(path);
        for (int i = 0; i < 5 && page.location() != null; i++) {
            page = get(page.location());
        }
        return page;
    }

    /** Posts the form fields with the CSRF token of the last page read. */
    Page post(String path, Map<String, String> fields) {
        Map<String, String> withToken = new LinkedHashMap<>();
        if (csrf != null) {
            withToken.put("_csrf", csrf);
        }
        withToken.putAll(fields);
        return postRaw(path, form(withToken));
    }

    /** Posts the form fields as answers.js does: CSRF token of the last page, and asking for JSON. */
    Page postAsScript(String path, Map<String, String> fields) {
        Map<String, String> withToken = new LinkedHashMap<>();
        if (csrf != null) {
            withToken.put("_csrf", csrf);
        }
        withToken.putAll(fields);
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(form(withToken))).build());
    }

    /** Posts the body as it is, form-encoded. */
    Page postRaw(String path, String body) {
        return remember(send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html").POST(HttpRequest.BodyPublishers.ofString(body)).build()));
    }

    /** Posts a multipart form (a file upload) with the CSRF token of the last page read. */
    Page postFile(String path, Map<String, String> fields, String fileField, String fileName, byte[] content) {
        String boundary = "----inclusion" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        Map<String, String> withToken = new LinkedHashMap<>();
        if (csrf != null) {
            withToken.put("_csrf", csrf);
        }
        withToken.putAll(fields);
        withToken.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/json\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return remember(send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "text/html").POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build()));
    }

    Page postAndFollow(String path, Map<String, String> fields) {
        Page page = post(path, fields);
        return page.location() != null ? open(page.location()) : page;
    }

    /** Opens a stream (server-sent events) and hands back its lines as they come, with this browser's cookies. */
    java.util.stream.Stream<String> lines(String path) {
        try {
            HttpResponse<java.util.stream.Stream<String>> response = client.send(HttpRequest.newBuilder(uri(path))
                    .header("Accept", "text/event-stream").GET().build(), HttpResponse.BodyHandlers.ofLines());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("The stream (" + path + ") answered " + response.statusCode() + ".");
            }
            return response.body();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String csrf() {
        return csrf;
    }

    /** GETs a download as bytes, with this browser's cookies. */
    HttpResponse<byte[]> download(String path) {
        try {
            return client.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String form(Map<String, String> fields) {
        List<String> pairs = new ArrayList<>();
        fields.forEach((name, value) -> pairs.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return String.join("&", pairs);
    }

    private Page remember(Page page) {
        if (page.body() != null && page.body().contains("name=\"_csrf\"")) {
            var input = page.document().selectFirst("input[name=_csrf]");
            if (input != null) {
                csrf = input.attr("value");
            }
        }
        return page;
    }

    private URI uri(String path) {
        return URI.create(path.startsWith("http") ? path : base + path);
    }

    private Page send(HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            String location = response.headers().firstValue("Location").orElse(null);
            return new Page(response.statusCode(), response.body(), location, response);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
