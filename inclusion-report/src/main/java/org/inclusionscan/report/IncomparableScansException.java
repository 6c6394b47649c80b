package org.inclusionscan.report;

/**
 * Two scans that cannot be compared: of different organisations, or given in the wrong order.
 * A user's mistake; the message says which values differ and what to do.
 */
public final class IncomparableScansException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /**
     * Two scans that cannot be compared.
     *
     * @param message why, naming both
     */
    public IncomparableScansException(String message) {
        super(message);
    }
}
