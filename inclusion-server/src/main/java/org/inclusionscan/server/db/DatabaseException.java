package org.inclusionscan.server.db;

import java.sql.SQLException;

/** The database failed (not a user's mistake): the request gets a 500 and the log the cause. */
public final class DatabaseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DatabaseException(SQLException cause) {
        super("The database failed: " + cause.getMessage(), cause);
    }

    public DatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
