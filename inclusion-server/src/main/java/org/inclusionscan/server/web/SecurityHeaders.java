package org.inclusionscan.server.web;

import io.javalin.http.Context;

/** The security headers of every answer, set in one place. */
final class SecurityHeaders {

    /** Scripts and styles only from the server's own files: no inline script anywhere. */
    static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    /** The report is one self-contained file (inline CSS and SVG, no script at all). */
    static final String REPORT_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
            + "frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    private SecurityHeaders() {
    }

    static void set(Context ctx) {
        ctx.header("Content-Security-Policy", PAGE_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        // Links carry respondents' tokens: never send them on to another site.
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Cache-Control", "no-store");
        ctx.header("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    }

    static void reportPolicy(Context ctx) {
        ctx.header("Content-Security-Policy", REPORT_POLICY);
    }
}
