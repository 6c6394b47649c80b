package org.inclusionscan.rules;

import java.util.List;

/**
 * Every kind of message about a rule set: its problems, its scenarios' differences and its
 * warnings. The words are in the {@code rules} bundles under {@link #key()}, in nl, fr and en; the
 * code names the arguments its text may use, so that a message without them fails at once.
 */
public enum RuleMessageCode {

    /** The message "is not a directory; give the directory that holds ruleset.properties, thresholds.properties and the rule files". */
    SOURCE_NOT_A_DIRECTORY("source.not-a-directory"),
    /** The message "cannot be read: {detail}". */
    SOURCE_UNREADABLE("source.unreadable", "detail"),
    /** The message "is not UTF-8 text: byte {byte} (0x{hex}) cannot be read; save the file as UTF-8". */
    SOURCE_NOT_UTF_8("source.not-utf-8", "byte", "hex"),
    /** The message "is DRL, which is code, and this rule set is read data only; remove the file, or express the rule as a row of a decision table (*.drl.csv), or have it loaded by someone allowed to change the application". */
    SOURCE_DRL_IN_DATA_ONLY("source.drl-in-data-only"),
    /** The message "spreadsheets are not read, so that a table stays data only; save the sheet as CSV (a name ending in .drl.csv)". */
    SOURCE_SPREADSHEET("source.spreadsheet"),
    /** The message "would be ignored: a decision table's name must end in .drl.csv". */
    SOURCE_IGNORED_TABLE("source.ignored-table"),
    /** The message "is missing; a rule set in mode replace needs its own thresholds". */
    SOURCE_NO_THRESHOLDS("source.no-thresholds"),

    /** The message "the mode ({mode}) is unknown; use replace or extend". */
    RULESET_UNKNOWN_MODE("ruleset.unknown-mode", "mode"),
    /** The message "the name is empty". */
    RULESET_EMPTY_NAME("ruleset.empty-name"),
    /** The message "holds no rule file (*.drl or *.drl.csv)". */
    RULESET_NO_RULE_FILES("ruleset.no-rule-files"),
    /** The message "the wording cannot be read: {detail}". */
    RULESET_WORDING_UNREADABLE("ruleset.wording-unreadable", "detail"),

    /** The message "expected key=number, found ({found})". */
    THRESHOLDS_SYNTAX("thresholds.syntax", "found"),
    /** The message "the key ({key}) may hold only lower-case letters, digits, '.', '_' and '-'". */
    THRESHOLDS_BAD_KEY("thresholds.bad-key", "key"),
    /** The message "the key ({key}) is already given on line {earlier}". */
    THRESHOLDS_DUPLICATE_KEY("thresholds.duplicate-key", "key", "earlier"),
    /** The message "the value ({value}) of ({key}) is not a number; write it like 2.5". */
    THRESHOLDS_NOT_A_NUMBER("thresholds.not-a-number", "value", "key"),
    /** The message "the value ({value}) of ({key}) is not a finite number". */
    THRESHOLDS_NOT_FINITE("thresholds.not-finite", "value", "key"),
    /** The message "the priority ({value}) of ({key}) must be between 0 and 100". */
    THRESHOLDS_PRIORITY_OUT_OF_RANGE("thresholds.priority-out-of-range", "value", "key"),
    /** The message "the key ({key}) is missing; the level bands need it". */
    THRESHOLDS_MISSING_KEY("thresholds.missing-key", "key"),
    /** The message "the level bands (moderate from {moderate}, good from {good}, strong from {strong}) must rise strictly between 1 and 5". */
    THRESHOLDS_BANDS_DO_NOT_RISE("thresholds.bands-do-not-rise", "moderate", "good", "strong"),
    /** The message "the minimum answer share ({value}) must be above 0 and at most 1". */
    THRESHOLDS_ANSWER_SHARE("thresholds.answer-share", "value"),

    /** The message "the threshold key ({key}) is not in thresholds.properties". */
    DRL_UNKNOWN_THRESHOLD("drl.unknown-threshold", "key"),
    /** The message "the tool id ({tool}) is not in the tool catalogue". */
    TOOL_UNKNOWN("tool.unknown", "tool"),

    /** A Drools compiler message, which cannot be translated: shown as the detail. */
    DROOLS_REPORTED("drools.reported", "detail"),
    /** The message "in the rules generated from this table (line {line}), Drools reports: {detail}". */
    DROOLS_REPORTED_IN_TABLE("drools.reported-in-table", "line", "detail"),
    /** The message "Drools cannot read it: {detail}". */
    DROOLS_CANNOT_READ("drools.cannot-read", "detail"),
    /** The message "Drools refused the rule set without saying where". */
    DROOLS_REFUSED_UNLOCATED("drools.refused-unlocated"),

    /** The message "a quote is not closed on this line (a cell may not span lines)". */
    TABLE_UNCLOSED_QUOTE("table.unclosed-quote"),
    /** The message "the package ({package}) must be lower-case words separated by dots, none of them a Java keyword such as default". */
    TABLE_BAD_PACKAGE("table.bad-package", "package"),
    /** The message "the {keyword} row must read ({expected}) as in the bundled {template}; a table holds data, not code". */
    TABLE_CODE_ROW("table.code-row", "keyword", "expected", "template"),
    /** The message "({cell}) is not allowed here: a table has only RuleSet, Import, Variables, Notes and RuleTable rows". */
    TABLE_NOT_ALLOWED("table.not-allowed", "cell"),
    /** The message "the RuleSet row (the package) is missing". */
    TABLE_NO_RULESET_ROW("table.no-ruleset-row"),
    /** The message "the {keyword} row is missing; copy it from the bundled {template}". */
    TABLE_MISSING_ROW("table.missing-row", "keyword", "template"),
    /** The message "has no RuleTable". */
    TABLE_NO_RULE_TABLE("table.no-rule-table"),
    /** The message "the table ends inside its header rows". */
    TABLE_HEADER_ENDS("table.header-ends"),
    /** The message "this header cell must read ({expected}) as in the bundled {template}; a table holds data, not code". */
    TABLE_HEADER_CELL("table.header-cell", "expected", "template"),
    /** The message "({cell}) would start another table; the row after the code rows holds the column titles". */
    TABLE_TITLES_START_TABLE("table.titles-start-table", "cell"),
    /** The message "this table has no rule rows below its column titles; add a row or remove the table". */
    TABLE_NO_ROWS("table.no-rows"),
    /** The message "the rule id ({id}) may hold only lower-case letters, digits, '-' and '.'". */
    TABLE_BAD_RULE_ID("table.bad-rule-id", "id"),
    /** The message "the rule id ({id}) is already used on line {earlier}". */
    TABLE_DUPLICATE_RULE_ID("table.duplicate-rule-id", "id", "earlier"),
    /** The message "the factor id ({factor}) is unknown; use one of {valid}". */
    TABLE_UNKNOWN_FACTOR("table.unknown-factor", "factor", "valid"),
    /** The message "the priority ({priority}) must be a whole number from 0 to 100". */
    TABLE_BAD_PRIORITY("table.bad-priority", "priority"),
    /** The message "({tool}) is not a tool id; list tool ids separated by commas". */
    TABLE_NOT_A_TOOL_ID("table.not-a-tool-id", "tool"),
    /** The message "a second {keyword} row; a table has one, on line {earlier}". */
    TABLE_SECOND_KEYWORD_ROW("table.second-keyword-row", "keyword", "earlier"),
    /** The message "({cell}) would start a table hidden in this cell; only the first cell of a row may begin with {keyword}". */
    TABLE_HIDDEN_TABLE("table.hidden-table", "cell", "keyword"),
    /** The message "this cell must be empty, found ({cell})". */
    TABLE_CELL_NOT_EMPTY("table.cell-not-empty", "cell"),

    /** A scenario file's problem located by line and column: {@code problem} is {@code @problem.<code>}. */
    SCENARIO_INPUT("scenario.input", "problem"),
    /** A scenario file's problem located by a JSON path. */
    SCENARIO_INPUT_AT("scenario.input-at", "json-path", "problem"),
    /** The message "expected recommendation {id}, got {actual}". */
    SCENARIO_EXPECTED_RECOMMENDATION("scenario.expected-recommendation", "id", "actual"),
    /** The message "recommendation {id} must be absent". */
    SCENARIO_ABSENT_RECOMMENDATION("scenario.absent-recommendation", "id"),
    /** The message "expected tool {id}, got {actual}". */
    SCENARIO_EXPECTED_TOOL("scenario.expected-tool", "id", "actual"),
    /** The message "tool {id} must be absent". */
    SCENARIO_ABSENT_TOOL("scenario.absent-tool", "id"),
    /** The message "expected all of {expected} in that order, got {actual}". */
    SCENARIO_ORDER_INCOMPLETE("scenario.order-incomplete", "expected", "actual"),
    /** The message "expected the order {expected}, got {actual}". */
    SCENARIO_WRONG_ORDER("scenario.wrong-order", "expected", "actual"),
    /** The message "the rules failed while running: {detail}". */
    SCENARIO_RULES_FAILED("scenario.rules-failed", "detail"),

    /** The message "no scenario in scenarios/*.json: add examples so that a change can be checked". */
    CHECK_NO_SCENARIOS("check.no-scenarios"),
    /** The message "the recommendation {rule} has no text ({key}) in {language}; add it to advice_{language-id}.properties". */
    CHECK_MISSING_ADVICE_TEXT("check.missing-advice-text", "rule", "key", "language", "language-id");

    /** The prefix of every key in the {@code rules} bundles. */
    public static final String KEY_PREFIX = "rules.";

    private final String id;
    private final List<String> arguments;

    RuleMessageCode(String id, String... arguments) {
        this.id = id;
        this.arguments = List.of(arguments);
    }

    /**
     * The stable id, e.g. {@code thresholds.not-a-number}.
     *
     * @return the id
     */
    public String id() {
        return id;
    }

    /**
     * The text key, e.g. {@code rules.thresholds.not-a-number}.
     *
     * @return the key
     */
    public String key() {
        return KEY_PREFIX + id;
    }

    /**
     * The names of the arguments every message of this code carries.
     *
     * @return the names
     */
    public List<String> arguments() {
        return arguments;
    }
}
