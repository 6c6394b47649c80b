package org.inclusionscan.model;

/** An id that is not part of a closed vocabulary (a factor, a region, a tool...). */
public final class UnknownIdException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String what;
    private final String id;
    private final String validIds;

    public UnknownIdException(String what, String id, String validIds) {
        super("The %s id (%s) is unknown. Maybe use one of %s.".formatted(what, id, validIds));
        this.what = what;
        this.id = id;
        this.validIds = validIds;
    }

    public String what() {
        return what;
    }

    public String id() {
        return id;
    }

    public String validIds() {
        return validIds;
    }
}
