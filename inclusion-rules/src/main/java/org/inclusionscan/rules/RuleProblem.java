package org.inclusionscan.rules;

import java.util.Map;
import java.util.Objects;
import org.inclusionscan.model.Language;

/**
 * One thing wrong with a rule set, at one place. Its words come from the {@code rules} bundles, so
 * that a policy team reads it in nl, fr or en: see {@link #message(Language)}.
 *
 * @param file      the file as the user knows it, e.g. {@code rules/extra.drl}
 * @param line      the line, from 1; 0 when the problem concerns the whole file
 * @param column    for DRL the character position reported by the parser (from 0), for a CSV
 *                  table the cell's column (from 1, A = 1, see {@code inCell}); 0 when unknown
 * @param code      what kind of problem it is
 * @param arguments the values its text names (see {@link RuleMessage})
 * @param inCell    true when line and column name a spreadsheet cell (row from 1, column from 1 = A): the
 *                  problem is then shown as {@code factor-weak.xlsx: D11: ...}, as a spreadsheet names it
 */
public record RuleProblem(String file, int line, int column, RuleMessageCode code, Map<String, String> arguments,
        boolean inCell) {

    /**
     * Checks that the arguments are those the code's text names.
     *
     * @param file      the file as shown to the user
     * @param line      from 1; 0 when unknown
     * @param column    from 1; 0 when unknown
     * @param code      what kind of problem it is
     * @param arguments the values its text names
     * @param inCell    true when line and column name a spreadsheet cell
     * @throws IllegalArgumentException when an argument is missing or extra
     */
    public RuleProblem {
        Objects.requireNonNull(file, "file");
        arguments = new RuleMessage(code, arguments).arguments();
    }

    /**
     * A problem that is not located in a spreadsheet cell.
     *
     * @param file      the file as shown to the user
     * @param line      from 1; 0 when unknown
     * @param column    from 1; 0 when unknown
     * @param code      what kind of problem it is
     * @param arguments the values its text names
     */
    public RuleProblem(String file, int line, int column, RuleMessageCode code, Map<String, String> arguments) {
        this(file, line, column, code, arguments, false);
    }

    /**
     * A problem in a spreadsheet cell: row from 1, column from 1 (A).
     *
     * @param file           the file as shown to the user
     * @param row            the row, from 1
     * @param column         the column, from 1 for A
     * @param code           what kind of problem it is
     * @param namesAndValues the arguments of its text as name and value pairs
     * @return the problem
     */
    public static RuleProblem atCell(String file, int row, int column, RuleMessageCode code, Object... namesAndValues) {
        RuleMessage message = RuleMessage.of(code, namesAndValues);
        return new RuleProblem(file, row, column, message.code(), message.arguments(), true);
    }

    /**
     * The spreadsheet name of a cell: column 4, row 11 is {@code D11}; column 27 is {@code AA}.
     *
     * @param row    the row, from 1; 0 or less for the column letters only
     * @param column the column, from 1 for A
     * @return the cell name
     */
    public static String cellName(int row, int column) {
        StringBuilder letters = new StringBuilder();
        for (int c = column; c > 0; c = (c - 1) / 26) {
            letters.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return letters + (row > 0 ? Integer.toString(row) : "");
    }

    /**
     * A problem at a line and column, with name and value pairs for its text.
     *
     * @param file           the file as shown to the user
     * @param line           from 1; 0 when unknown
     * @param column         from 1; 0 when unknown
     * @param code           what kind of problem it is
     * @param namesAndValues the values its text names, as name, value, name, value
     * @return the problem
     */
    public static RuleProblem at(String file, int line, int column, RuleMessageCode code, Object... namesAndValues) {
        return at(file, line, column, RuleMessage.of(code, namesAndValues));
    }

    /**
     * A problem at a line and column, with its message.
     *
     * @param file    the file as shown to the user
     * @param line    from 1; 0 when unknown
     * @param column  from 1; 0 when unknown
     * @param message the code and arguments
     * @return the problem
     */
    public static RuleProblem at(String file, int line, int column, RuleMessage message) {
        return new RuleProblem(file, line, column, message.code(), message.arguments(), false);
    }

    /**
     * A problem of the whole file.
     *
     * @param file           the file as shown to the user
     * @param code           what kind of problem it is
     * @param namesAndValues the values its text names, as name, value, name, value
     * @return the problem
     */
    public static RuleProblem inFile(String file, RuleMessageCode code, Object... namesAndValues) {
        return at(file, 0, 0, code, namesAndValues);
    }

    /**
     * What is wrong, as a code and arguments.
     *
     * @return the message
     */
    public RuleMessage what() {
        return new RuleMessage(code, arguments);
    }

    /**
     * What is wrong, in the language.
     *
     * @param language nl, fr or en
     * @return the text
     */
    public String message(Language language) {
        return what().text(language);
    }

    /**
     * What is wrong, in English, for logs and developers.
     *
     * @return the text
     */
    public String message() {
        return message(Language.EN);
    }

    /**
     * {@code file:line:column: message}, or {@code file: message} when the line is unknown, in the language.
     *
     * @param language nl, fr or en
     * @return one line
     */
    public String describe(Language language) {
        String message = message(language);
        if (inCell && line > 0) {
            return "%s: %s: %s".formatted(file, column > 0 ? cellName(line, column) : Integer.toString(line), message);
        }
        return line > 0 ? "%s:%d:%d: %s".formatted(file, line, column, message) : "%s: %s".formatted(file, message);
    }

    /** {@link #describe(Language)} in English. */
    @Override
    public String toString() {
        return describe(Language.EN);
    }
}
