package org.inclusionscan.server.web;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/** The security headers of every answer, set in one place. */
final class SecurityHeaders {

    /** Scripts and styles only from the server's own files: no inline script anywhere. */
    static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    /** The report is one self-contained file (inline CSS and SVG, no script at all). */
    static final String REPORT_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
            + "frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    /** Browsers that once saw the server over https use only https for a year. */
    static final String HSTS = "max-age=31536000";

    private SecurityHeaders() {
    }

    /** Every answer's headers: the routes' through {@link #set}, Jetty's own error pages' too. */
    static Map<String, String> all(boolean hsts) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Security-Policy", PAGE_POLICY);
        headers.put("X-Content-Type-Options", "nosniff");
        // Links carry respondents' tokens: never send them on to another site.
        headers.put("Referrer-Policy", "no-referrer");
        headers.put("X-Frame-Options", "DENY");
        headers.put("Cache-Control", "no-store");
        headers.put("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (hsts) {
            headers.put("Strict-Transport-Security", HSTS);
        }
        return headers;
    }

    /** Sets the headers; HSTS when people reach the server over https. */
    static void set(Context ctx, boolean hsts) {
        all(hsts).forEach(ctx::header);
    }

    static void reportPolicy(Context ctx) {
        ctx.header("Content-Security-Policy", REPORT_POLICY);
    }
}
