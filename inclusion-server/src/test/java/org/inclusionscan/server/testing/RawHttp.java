package org.inclusionscan.server.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, for requests no well-behaved client sends (a path that climbs out
 * of the root, a broken escape, huge headers, a chunked body that never ends) and from another
 * loopback address than 127.0.0.1 (so a test can play several clients on one machine).
 */
public final class RawHttp {

    private RawHttp() {
    }

    /** An answer: the status, the headers (names in lower case) and the body as text. */
    public record Answer(int status, Map<String, String> headers, String body) {
    }

    /** Opens a socket to the server's port from the given local address (e.g. 127.0.0.2). */
    public static Socket connect(String serverUrl, String fromAddress) throws IOException {
        URI uri = URI.create(serverUrl);
        Socket socket = new Socket();
        socket.bind(new InetSocketAddress(InetAddress.getByName(fromAddress), 0));
        socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 5000);
        socket.setSoTimeout(30_000);
        return socket;
    }

    /** Sends the request text as it is and reads the answer (the connection is closed after it). */
    public static Answer send(String serverUrl, String fromAddress, String request) throws IOException {
        try (Socket socket = connect(serverUrl, fromAddress)) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return read(socket.getInputStream());
        }
    }

    /**
     * Sends the head, then a chunked body of {@code bodyBytes} (in chunks of 64 KiB, as fast as the
     * server reads) while reading the answer, which may come before the body is all sent.
     *
     * @return the answer and how many body bytes the server took before it answered or closed
     */
    public static Sent sendChunked(String serverUrl, String head, byte[] chunk, long bodyBytes) throws IOException {
        return sendChunked(serverUrl, head, chunk, bodyBytes, true);
    }

    /**
     * Sends {@code bodyBytes} of chunks and then, unless {@code finish}, waits without ever sending the last chunk:
     * an answer that comes then was given before the body's end, however fast the machine is.
     */
    public static Sent sendUnfinished(String serverUrl, String head, byte[] chunk, long bodyBytes) throws IOException {
        return sendChunked(serverUrl, head, chunk, bodyBytes, false);
    }

    private static Sent sendChunked(String serverUrl, String head, byte[] chunk, long bodyBytes, boolean finish)
            throws IOException {
        try (Socket socket = connect(serverUrl, "127.0.0.1")) {
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            long[] written = new long[1];
            Thread writer = new Thread(() -> {
                try {
                    while (written[0] < bodyBytes) {
                        out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                        out.write(chunk);
                        out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
                        written[0] += chunk.length;
                    }
                    if (finish) {
                        out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                    }
                    out.flush();
                } catch (IOException e) {
                    // The server answered and closed: what was written is the figure.
                }
            });
            writer.setDaemon(true);
            writer.start();
            Answer answer = read(socket.getInputStream());
            long atAnswer = written[0];
            return new Sent(answer, atAnswer);
        }
    }

    /** An answer to a chunked request, and the body bytes written when it came. */
    public record Sent(Answer answer, long bytesWritten) {
    }

    /** Reads one answer: the head, then the body up to Content-Length, or until the connection closes. */
    public static Answer read(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int lastFour = 0;
        while (lastFour != 0x0d0a0d0a) {
            int next = in.read();
            if (next < 0) {
                throw new IOException("The connection closed before an answer's head (" + head + ").");
            }
            head.write(next);
            lastFour = (lastFour << 8) | next;
        }
        String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip());
            }
        }
        byte[] body;
        if (headers.containsKey("content-length")) {
            body = in.readNBytes(Integer.parseInt(headers.get("content-length")));
        } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = readChunked(in);
        } else {
            body = new byte[0];
        }
        return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] readChunked(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            StringBuilder size = new StringBuilder();
            for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) {
                if (c != '\r') {
                    size.append((char) c);
                }
            }
            int length = size.length() == 0 ? 0 : Integer.parseInt(size.toString().split(";")[0].strip(), 16);
            if (length == 0) {
                return body.toByteArray();
            }
            body.write(in.readNBytes(length));
            in.readNBytes(2);
        }
    }
}
