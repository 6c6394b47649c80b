package org.inclusionscan.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.inclusionscan.server.InclusionServer;
import org.inclusionscan.server.ServerConfig;
import org.inclusionscan.server.TestDatabase;
import org.inclusionscan.server.testing.RawHttp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 20, items 9 and 13, over a plain socket: Jetty's own refusals carry the security headers
 * (and HSTS when the public address is https); bodies are limited on the bytes that arrive, also
 * when chunked without a length; multipart is refused where no file is uploaded.
 */
class RawRequestTest {

    /** A body that would take the server long to read whole: 256 MiB. */
    /** Eight times the body limit, sent without the last chunk: the server must answer before a body ends that never does. */
    private static final long HUGE = 8L << 20;
    private static final String TOKEN = "an api token of at least sixteen characters";
    private static InclusionServer server;
    private static InclusionServer https;

    @BeforeAll
    static void start() {
        server = InclusionServer.start(TestDatabase.serverConfig().withApiToken(TOKEN));
        https = InclusionServer.start(TestDatabase.serverConfig().withPublicUrl("https://tracker.example.org"));
    }

    @AfterAll
    static void stop() {
        server.close();
        https.close();
    }

    private static String local(InclusionServer running) {
        return "http://127.0.0.1:" + running.port();
    }

    private static RawHttp.Answer get(InclusionServer running, String target, String extraHeaders) throws IOException {
        return RawHttp.send(local(running), "127.0.0.1",
                "GET " + target + " HTTP/1.1\r\nHost: localhost\r\n" + extraHeaders + "Connection: close\r\n\r\n");
    }

    private static void hasSecurityHeaders(RawHttp.Answer answer) {
        assertThat(answer.headers()).containsKeys("content-security-policy", "x-content-type-options", "referrer-policy",
                "x-frame-options", "cache-control");
        assertThat(answer.headers().get("x-frame-options")).isEqualTo("DENY");
        assertThat(answer.headers().get("referrer-policy")).isEqualTo("no-referrer");
        assertThat(answer.body()).doesNotContain("Jetty").doesNotContain("Exception");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/static/../../etc/passwd", "/%", "/%zz/x", "/static/%2e%2e/%2e%2e/etc/passwd"})
    void jetty_refuses_broken_paths_with_the_security_headers(String target) throws IOException {
        RawHttp.Answer answer = get(server, target, "");

        assertThat(answer.status()).isEqualTo(400);
        hasSecurityHeaders(answer);
        assertThat(answer.headers()).doesNotContainKey("strict-transport-security");
    }

    @Test
    void oversized_headers_get_431_with_the_security_headers() throws IOException {
        RawHttp.Answer answer = get(server, "/health", "Cookie: x=" + "a".repeat(20_000) + "\r\n");

        assertThat(answer.status()).isEqualTo(431);
        hasSecurityHeaders(answer);
    }

    @Test
    void hsts_goes_with_every_answer_when_the_public_address_is_https() throws IOException {
        for (RawHttp.Answer answer : new RawHttp.Answer[] {get(https, "/health", ""), get(https, "/login", ""),
                get(https, "/no/such/page", ""), get(https, "/%", ""),
                get(https, "/health", "Cookie: x=" + "a".repeat(20_000) + "\r\n")}) {
            assertThat(answer.headers().get("strict-transport-security")).isEqualTo("max-age=31536000");
            hasSecurityHeaders(answer);
        }
    }

    private static String chunkedHead(String method, String path, String type, String extra) {
        return method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + type + "\r\n" + extra
                + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n";
    }

    @Test
    void a_chunked_form_larger_than_the_limit_is_413_after_the_limit_is_read() throws IOException {
        byte[] chunk = ("note=" + "x".repeat(65_531)).getBytes(StandardCharsets.US_ASCII);

        RawHttp.Sent sent = RawHttp.sendUnfinished(local(server),
                chunkedHead("POST", "/play", "application/x-www-form-urlencoded", "Accept: text/html\r\n"), chunk, HUGE);

        assertThat(sent.answer().status()).isEqualTo(413);
        hasSecurityHeaders(sent.answer());
        // the body never ended, so the answer came after the limit was read, not at the body's end
        assertThat(sent.bytesWritten()).isGreaterThanOrEqualTo(ServerConfig.DEFAULT_MAX_BODY_BYTES - chunk.length);
        org.slf4j.LoggerFactory.getLogger(RawRequestTest.class).info(
                "Chunked form of {} bytes without its last chunk: 413 after {} body bytes were written (limit {})", HUGE,
                sent.bytesWritten(), ServerConfig.DEFAULT_MAX_BODY_BYTES);
    }

    @Test
    void a_chunked_api_body_larger_than_the_limit_is_a_413_problem() throws IOException {
        byte[] chunk = new byte[64 * 1024];
        Arrays.fill(chunk, (byte) ' ');

        RawHttp.Sent sent = RawHttp.sendChunked(local(server), chunkedHead("POST", "/api/v1/rounds", "application/json",
                "Authorization: Bearer " + TOKEN + "\r\n"), chunk, 2L << 20);

        assertThat(sent.answer().status()).isEqualTo(413);
        assertThat(sent.answer().headers().get("content-type")).startsWith("application/problem+json");
        assertThat(sent.answer().body()).containsPattern("\"status\"\\s*:\\s*413").contains("too-large");
    }

    @Test
    void multipart_is_refused_where_no_file_is_uploaded_and_limited_where_one_is_without_temporary_files() throws IOException {
        Path temp = Path.of(System.getProperty("java.io.tmpdir"));
        long before = multipartFiles(temp);
        byte[] chunk = ("--b\r\nContent-Disposition: form-data; name=\"scan\"; filename=\"a.json\"\r\n\r\n" + "y".repeat(60_000)
                + "\r\n").getBytes(StandardCharsets.US_ASCII);

        RawHttp.Sent play = RawHttp.sendUnfinished(local(server), chunkedHead("POST", "/play", "multipart/form-data; boundary=b",
                "Accept: text/html\r\n"), chunk, HUGE);
        RawHttp.Sent login = RawHttp.sendChunked(local(server), chunkedHead("POST", "/login", "multipart/form-data; boundary=b",
                "Accept: text/html\r\n"), chunk, 1L << 20);
        RawHttp.Sent upload = RawHttp.sendUnfinished(local(server), chunkedHead("POST", "/rounds/import",
                "multipart/form-data; boundary=b", "Accept: text/html\r\n"), chunk, HUGE);

        assertThat(play.answer().status()).isEqualTo(415);
        assertThat(login.answer().status()).isEqualTo(415);
        assertThat(upload.answer().status()).isEqualTo(413);
        org.slf4j.LoggerFactory.getLogger(RawRequestTest.class).info(
                "Chunked multipart without its last chunk: /play 415 after {} body bytes written, /rounds/import 413 after {}",
                play.bytesWritten(), upload.bytesWritten());
        // both bodies never ended: the refusals came without waiting for them
        assertThat(multipartFiles(temp)).isEqualTo(before);
    }

    private static long multipartFiles(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.getFileName().toString().startsWith("MultiPart")).count();
        }
    }

    @Test
    void the_config_knows_https() {
        assertThat(Web.hsts(ServerConfig.forTests("jdbc:h2:mem:x").withPublicUrl("https://a.example"))).isTrue();
        assertThat(Web.hsts(ServerConfig.forTests("jdbc:h2:mem:x"))).isFalse();
    }
}
