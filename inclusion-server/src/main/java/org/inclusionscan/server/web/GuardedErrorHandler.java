package org.inclusionscan.server.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty's own answers to requests it refuses before any route sees them (a path that climbs out
 * of the root, a broken escape like {@code /%}, headers too large): the same security headers as
 * every other answer, and a short page without Jetty's details.
 */
final class GuardedErrorHandler extends ErrorHandler {

    private final boolean hsts;

    GuardedErrorHandler(boolean hsts) {
        this.hsts = hsts;
        setShowStacks(false);
        setShowServlet(false);
        setShowMessageInTitle(false);
    }

    @Override
    public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        SecurityHeaders.all(hsts).forEach(response::setHeader);
        super.handle(target, baseRequest, request, response);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        SecurityHeaders.all(hsts).forEach(fields::put);
        return super.badMessageError(status, null, fields);
    }
}
