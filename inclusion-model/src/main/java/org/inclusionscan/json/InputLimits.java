package org.inclusionscan.json;

/**
 * Size limits on what a user hands in, enforced while parsing so that a huge or deeply nested
 * document fails early with a clear message instead of exhausting memory.
 *
 * @param maxDocumentBytes  the largest document read, in bytes (characters for text input)
 * @param maxNestingDepth   the deepest nesting of objects and arrays
 * @param maxStringLength   the longest single string or key, in characters
 * @param maxNumberLength   the longest number literal, in characters
 * @param maxRespondents    the most respondents in one scan
 * @param maxNameLength     the longest name or id (organisation name, respondent id, item id)
 * @param maxNoteLength     the longest free-text note or questionnaire text
 * @param maxItems          the most items in one questionnaire
 */
public record InputLimits(
        long maxDocumentBytes,
        int maxNestingDepth,
        int maxStringLength,
        int maxNumberLength,
        int maxRespondents,
        int maxNameLength,
        int maxNoteLength,
        int maxItems) {

    /** The documented defaults (see docs/reliability.md). */
    public static final InputLimits DEFAULT = new InputLimits(16L * 1024 * 1024, 32, 20_000, 32, 2_000, 200, 10_000, 1_000);

    /**
     * Checks the components.
     *
     * @param maxDocumentBytes the largest document read, in bytes (characters for text input)
     * @param maxNestingDepth  the deepest nesting of objects and arrays
     * @param maxStringLength  the longest single string or key, in characters
     * @param maxNumberLength  the longest number literal, in characters
     * @param maxRespondents   the most respondents in one scan
     * @param maxNameLength    the longest name or id (organisation name, respondent id, item id)
     * @param maxNoteLength    the longest free-text note or questionnaire text
     * @param maxItems         the most items in one questionnaire
     */
    public InputLimits {
        if (maxDocumentBytes < 1 || maxNestingDepth < 4 || maxStringLength < maxNoteLength || maxNumberLength < 4
                || maxRespondents < 1 || maxNameLength < 1 || maxNoteLength < maxNameLength || maxItems < 1) {
            throw new IllegalArgumentException(("The input limits (%s, %s, %s, %s, %s, %s, %s, %s) are inconsistent: all must be "
                    + "positive, the nesting depth at least 4 and strings at least as long as notes, notes as names.")
                    .formatted(maxDocumentBytes, maxNestingDepth, maxStringLength, maxNumberLength, maxRespondents,
                            maxNameLength, maxNoteLength, maxItems));
        }
    }
}
