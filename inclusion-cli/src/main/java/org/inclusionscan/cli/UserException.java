package org.inclusionscan.cli;

import java.util.Map;

/**
 * A user's mistake the command found itself (a file that does not exist, options that do not
 * go together). The text is {@code cli.error.<code>} in the bundles.
 */
final class UserException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final transient Map<String, ?> arguments;

    UserException(String code, Map<String, ?> arguments) {
        super(code + " " + arguments);
        this.code = code;
        this.arguments = Map.copyOf(arguments);
    }

    String code() {
        return code;
    }

    Map<String, ?> arguments() {
        return arguments;
    }
}
