package org.inclusionscan.server.web;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.server.MultiPartFormInputStream;

/**
 * Reads every request body before any handler sees it: without a thread (servlet asynchronous
 * I/O, so a client that sends one byte every few seconds holds a connection, never a worker), up
 * to a limit counted on the bytes that arrive (so a chunked body without {@code Content-Length}
 * cannot pass it), within a deadline for the whole body. The handlers then read the body from
 * memory. What it refuses it marks with {@link #REFUSED} (413, 415 or 400) and hands on with an
 * empty body, so that the one place for error pages answers it; a body too slow gets a short 408.
 *
 * <p>Multipart bodies are accepted only on the paths that need them (the scan import); there they
 * are parsed from the bytes read here, in memory.
 */
final class BodyGuard implements Filter {

    /** The request attribute with the status of a refused body. */
    static final String REFUSED = "org.inclusionscan.body-refused";
    private static final String BODY = "org.inclusionscan.body";

    private final long maxBytes;
    private final long deadlineMillis;
    private final Set<String> multipartPaths;

    BodyGuard(long maxBytes, long deadlineMillis, Set<String> multipartPaths) {
        this.maxBytes = maxBytes;
        this.deadlineMillis = deadlineMillis;
        this.multipartPaths = Set.copyOf(multipartPaths);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        if (request.getDispatcherType() == DispatcherType.ASYNC && request.getAttribute(BODY) instanceof byte[] body) {
            request.removeAttribute(BODY);
            chain.doFilter(new ReadBody(http, body, maxBytes), response);
            return;
        }
        if (request.getDispatcherType() != DispatcherType.REQUEST || !hasBody(http)) {
            chain.doFilter(request, response);
            return;
        }
        String type = http.getContentType() == null ? "" : http.getContentType().toLowerCase(Locale.ROOT);
        if (type.startsWith("multipart/") && !multipartPaths.contains(http.getRequestURI())) {
            refuse(http, 415);
            return;
        }
        if (http.getContentLengthLong() > maxBytes) {
            refuse(http, 413);
            return;
        }
        read(http);
    }

    private static boolean hasBody(HttpServletRequest request) {
        return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
    }

    /**
     * Hands the request on, asynchronously like a read body (Jetty then answers at once and closes
     * the connection instead of first reading and dropping what the client still sends).
     */
    private static void refuse(HttpServletRequest request, int status) {
        request.setAttribute(REFUSED, status);
        request.setAttribute(BODY, new byte[0]);
        request.startAsync().dispatch();
    }

    /** Reads the body as it arrives, then dispatches the request again with the body in memory. */
    private void read(HttpServletRequest request) throws IOException {
        AsyncContext async = request.startAsync();
        async.setTimeout(deadlineMillis);
        AtomicBoolean finished = new AtomicBoolean();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        async.addListener(new AsyncListener() {
            /**
             * A body still arriving at the deadline gets a short 408 from Jetty's error handler (with
             * the security headers), not a page: when many slow bodies reach their deadline together,
             * their answers cost no database connection and no template.
             */
            @Override
            public void onTimeout(AsyncEvent event) throws IOException {
                if (finished.compareAndSet(false, true)) {
                    HttpServletResponse response = (HttpServletResponse) event.getAsyncContext().getResponse();
                    response.setHeader("Connection", "close");
                    response.sendError(408);
                    async.complete();
                }
            }

            @Override
            public void onComplete(AsyncEvent event) {
            }

            @Override
            public void onError(AsyncEvent event) {
            }

            @Override
            public void onStartAsync(AsyncEvent event) {
            }
        });
        ServletInputStream in = request.getInputStream();
        in.setReadListener(new ReadListener() {
            private final byte[] chunk = new byte[8192];

            @Override
            public void onDataAvailable() throws IOException {
                while (!finished.get() && in.isReady()) {
                    int read = in.read(chunk);
                    if (read < 0) {
                        return;
                    }
                    if (bytes.size() + (long) read > maxBytes) {
                        end(413, new byte[0]);
                        return;
                    }
                    bytes.write(chunk, 0, read);
                }
            }

            @Override
            public void onAllDataRead() {
                end(0, bytes.toByteArray());
            }

            @Override
            public void onError(Throwable failure) {
                end(400, new byte[0]);
            }

            private void end(int refused, byte[] body) {
                if (finished.compareAndSet(false, true)) {
                    if (refused != 0) {
                        request.setAttribute(REFUSED, refused);
                    }
                    request.setAttribute(BODY, body);
                    async.dispatch();
                }
            }
        });
    }

    /** The request with its body already read. */
    private static final class ReadBody extends HttpServletRequestWrapper {

        private final byte[] body;
        private final long maxBytes;
        private Collection<Part> parts;

        ReadBody(HttpServletRequest request, byte[] body, long maxBytes) {
            super(request);
            this.body = body;
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("The body was read already.");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), charset));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        /** Multipart parts from the bytes in memory: nothing is written to a temporary file. */
        @Override
        public Collection<Part> getParts() throws IOException {
            if (parts == null) {
                int inMemory = (int) Math.max(1, maxBytes);
                MultipartConfigElement config = new MultipartConfigElement(System.getProperty("java.io.tmpdir"), maxBytes,
                        maxBytes, inMemory);
                parts = new MultiPartFormInputStream(new ByteArrayInputStream(body), getContentType(), config,
                        new File(System.getProperty("java.io.tmpdir"))).getParts();
            }
            return parts;
        }

        @Override
        public Part getPart(String name) throws IOException {
            for (Part part : getParts()) {
                if (part.getName().equals(name)) {
                    return part;
                }
            }
            return null;
        }
    }
}
