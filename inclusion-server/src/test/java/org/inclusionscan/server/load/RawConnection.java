package org.inclusionscan.server.load;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One simulated client's own HTTP/1.1 connection to the server under load: blocking, kept alive, opened again
 * when the server closes it. The load generator shares the 2 cores with the server it measures, and Java's
 * {@link java.net.http.HttpClient} costs it about 1 ms of CPU per request, more than a cheap request costs
 * the server (issue 25); this costs a small fraction of that. It speaks only what the load needs: a request
 * with a fixed-length body, and a response with a {@code Content-Length}, a chunked body or one that ends with
 * the connection.
 */
final class RawConnection implements Closeable {

    /** A response: its status and its body's bytes, not decoded. */
    record Response(int status, byte[] body) {
    }

    private static final int MAX_LINE = 16 * 1024;

    private final InetSocketAddress address;
    private final int timeoutMillis;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    RawConnection(URI server, Duration timeout) {
        this.address = new InetSocketAddress(server.getHost(), server.getPort());
        this.timeoutMillis = Math.toIntExact(timeout.toMillis());
    }

    /**
     * Sends {@code request} and reads its whole response. A failure is the request's failure: nothing is sent
     * twice (a retried post could store a response twice), and the next request opens a new connection.
     */
    Response send(HttpRequest request) throws IOException {
        byte[] head = head(request);
        byte[] body = body(request);
        try {
            return exchange(head, body);
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    private Response exchange(byte[] head, byte[] body) throws IOException {
        if (socket == null) {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(address, timeoutMillis);
            socket.setSoTimeout(timeoutMillis);
            in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
            out = socket.getOutputStream();
        }
        byte[] whole = new byte[head.length + body.length];
        System.arraycopy(head, 0, whole, 0, head.length);
        System.arraycopy(body, 0, whole, head.length, body.length);
        out.write(whole);
        out.flush();
        String statusLine = line();
        if (statusLine == null) {
            throw new EOFException("The server closed the connection before answering.");
        }
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
            throw new IOException("Not an HTTP/1.1 status line: " + statusLine);
        }
        int status = Integer.parseInt(parts[1]);
        long length = -1;
        boolean chunked = false;
        boolean closes = false;
        for (String header = line(); header != null && !header.isEmpty(); header = line()) {
            int colon = header.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = header.substring(colon + 1).trim();
            switch (name) {
                case "content-length" -> length = Long.parseLong(value);
                case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                case "connection" -> closes = value.equalsIgnoreCase("close");
                default -> {
                }
            }
        }
        byte[] content;
        if (chunked) {
            content = chunks();
        } else if (length >= 0) {
            content = in.readNBytes(Math.toIntExact(length));
            if (content.length != length) {
                throw new EOFException("The body ended after %d of %d bytes.".formatted(content.length, length));
            }
        } else if (status == 204 || status == 304 || status / 100 == 1) {
            content = new byte[0];
        } else {
            content = in.readAllBytes();
            closes = true;
        }
        if (closes) {
            close();
        }
        return new Response(status, content);
    }

    private byte[] chunks() throws IOException {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        while (true) {
            String size = line();
            if (size == null) {
                throw new EOFException("The chunked body ended early.");
            }
            int semicolon = size.indexOf(';');
            int length = Integer.parseInt((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
            if (length == 0) {
                // Trailers, up to the empty line.
                for (String trailer = line(); trailer != null && !trailer.isEmpty(); trailer = line()) {
                    // ignored
                }
                return content.toByteArray();
            }
            byte[] chunk = in.readNBytes(length);
            if (chunk.length != length) {
                throw new EOFException("A chunk ended after %d of %d bytes.".formatted(chunk.length, length));
            }
            content.write(chunk);
            line();
        }
    }

    /** A line without its CRLF, or null at the end of the stream before any byte of it. */
    private String line() throws IOException {
        StringBuilder line = new StringBuilder(64);
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                int end = line.length();
                return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
            }
            if (line.length() == MAX_LINE) {
                throw new IOException("A line of the response is longer than " + MAX_LINE + " bytes.");
            }
            line.append((char) b);
        }
        if (line.length() == 0) {
            return null;
        }
        throw new EOFException("The response ended in the middle of a line.");
    }

    private byte[] head(HttpRequest request) {
        URI uri = request.uri();
        String target = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        StringBuilder head = new StringBuilder(256).append(request.method()).append(' ').append(target).append(" HTTP/1.1\r\n")
                .append("Host: ").append(uri.getHost()).append(':').append(uri.getPort()).append("\r\n");
        request.headers().map().forEach((name, values) -> values.forEach(value ->
                head.append(name).append(": ").append(value).append("\r\n")));
        long length = request.bodyPublisher().map(HttpRequest.BodyPublisher::contentLength).orElse(0L);
        if (length > 0 || !request.method().equals("GET")) {
            head.append("Content-Length: ").append(Math.max(length, 0)).append("\r\n");
        }
        return head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The bytes of a request's body, taken from its publisher (what {@code BodyPublishers.ofString} made). */
    static byte[] body(HttpRequest request) throws IOException {
        if (request.bodyPublisher().isEmpty() || request.bodyPublisher().get().contentLength() == 0) {
            return new byte[0];
        }
        HttpRequest.BodyPublisher publisher = request.bodyPublisher().get();
        if (publisher.contentLength() < 0) {
            throw new IOException("Only bodies of a known length are sent.");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(Math.toIntExact(publisher.contentLength()));
        CompletableFuture<byte[]> done = new CompletableFuture<>();
        publisher.subscribe(new Flow.Subscriber<>() {
            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(ByteBuffer item) {
                byte[] part = new byte[item.remaining()];
                item.get(part);
                bytes.writeBytes(part);
            }

            @Override
            public void onError(Throwable throwable) {
                done.completeExceptionally(throwable);
            }

            @Override
            public void onComplete() {
                done.complete(bytes.toByteArray());
            }
        });
        try {
            return done.get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while reading a request body.", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("The request body could not be read.", e);
        }
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                // Closing a connection that failed: nothing more to do.
            }
            socket = null;
            in = null;
            out = null;
        }
    }
}
