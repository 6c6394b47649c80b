package org.inclusionscan.model;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A value of a closed vocabulary with a stable kebab-case id, as used in JSON, rule files and
 * translation keys.
 */
public interface HasId {

    /**
     * The stable kebab-case id used in JSON, rule files and translation keys.
     *
     * @return the id, e.g. {@code network-vitality}
     */
    String id();

    /**
     * Finds the constant with the given id.
     *
     * @param <E>  the vocabulary
     * @param type its enum class
     * @param what a word for the vocabulary, used in the error message ("factor", "region")
     * @param id   the id to find
     * @return the constant
     * @throws UnknownIdException when no constant has that id; the message lists the valid ids
     */
    static <E extends Enum<E> & HasId> E fromId(Class<E> type, String what, String id) {
        for (E constant : type.getEnumConstants()) {
            if (constant.id().equals(id)) {
                return constant;
            }
        }
        throw new UnknownIdException(what, id, validIds(type));
    }

    /**
     * The ids of a vocabulary, for error messages.
     *
     * @param <E>  the vocabulary
     * @param type its enum class
     * @return the ids as {@code [a, b, c]}
     */
    static <E extends Enum<E> & HasId> String validIds(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(HasId::id).collect(Collectors.joining(", ", "[", "]"));
    }
}
