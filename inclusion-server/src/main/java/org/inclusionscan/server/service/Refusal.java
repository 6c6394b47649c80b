package org.inclusionscan.server.service;

import java.util.Map;
import java.util.Objects;
import org.inclusionscan.i18n.Texts;

/**
 * A request the server refuses because of what the person or client asked, not because of a bug:
 * shown as a page or an RFC 9457 problem with the status, never as a stack trace.
 *
 * @see Kind for the statuses
 */
public final class Refusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why, with its HTTP status. */
    public enum Kind {
        BAD_INPUT(400), UNAUTHORISED(401), FORBIDDEN(403), NOT_FOUND(404), TIMEOUT(408), CONFLICT(409), GONE(410),
        TOO_LARGE(413), UNSUPPORTED_TYPE(415), UNPROCESSABLE(422), TOO_MANY(429);

        private final int status;

        Kind(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private final Kind kind;
    private final String code;
    private final String field;
    private final transient Map<String, String> arguments;

    /**
     * @param code      the text key's tail: the text is {@code refusal.<code>} in the server bundle
     * @param field     the form field or JSON key at fault, or null
     * @param namesAndValues the text's arguments in name and value pairs
     */
    public Refusal(Kind kind, String code, String field, Object... namesAndValues) {
        super("Refused (" + code + ")" + (field == null ? "" : " at (" + field + ")"));
        this.kind = Objects.requireNonNull(kind, "kind");
        this.code = Objects.requireNonNull(code, "code");
        this.field = field;
        this.arguments = Texts.arguments(namesAndValues);
    }

    public static Refusal notFound() {
        return new Refusal(Kind.NOT_FOUND, "not-found", null);
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public String field() {
        return field;
    }

    public Map<String, String> arguments() {
        return arguments;
    }
}
