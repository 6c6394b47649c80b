package org.inclusionscan.model;

/** An id that is not part of a closed vocabulary (a factor, a region, a tool...). */
public final class UnknownIdException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /**
     * The vocabulary's word, e.g. {@code factor}.
     */
    private final String what;
    /**
     * The unknown id.
     */
    private final String id;
    /**
     * The valid ids, as {@code [a, b, c]}.
     */
    private final String validIds;

    /**
     * An unknown id.
     *
     * @param what     the vocabulary's word, e.g. {@code factor}
     * @param id       the id given
     * @param validIds the valid ids, as {@code [a, b, c]}
     */
    public UnknownIdException(String what, String id, String validIds) {
        super("The %s id (%s) is unknown. Maybe use one of %s.".formatted(what, id, validIds));
        this.what = what;
        this.id = id;
        this.validIds = validIds;
    }

    /**
     * The vocabulary's word.
     *
     * @return e.g. {@code factor}
     */
    public String what() {
        return what;
    }

    /**
     * The unknown id.
     *
     * @return the id given
     */
    public String id() {
        return id;
    }

    /**
     * The ids that would have been valid.
     *
     * @return the ids as {@code [a, b, c]}
     */
    public String validIds() {
        return validIds;
    }
}
