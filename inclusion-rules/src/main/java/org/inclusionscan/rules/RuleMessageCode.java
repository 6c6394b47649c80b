package org.inclusionscan.rules;

import java.util.List;

/**
 * Every kind of message about a rule set: its problems, its scenarios' differences and its
 * warnings. The words are in the {@code rules} bundles under {@link #key()}, in nl, fr and en; the
 * code names the arguments its text may use, so that a message without them fails at once.
 */
public enum RuleMessageCode {

    /** The rules source is not a directory. */
    SOURCE_NOT_A_DIRECTORY("source.not-a-directory"),
    /** The rules source does not exist. */
    SOURCE_MISSING("source.missing"),
    /** The rules source is a file where a directory is needed. */
    SOURCE_IS_A_FILE("source.is-a-file"),
    /** A file of the rule set is a link or a special file, not a plain file. */
    SOURCE_NOT_REGULAR("source.not-regular"),
    /** A file of the rule set is larger than the limit. */
    SOURCE_TOO_LARGE("source.too-large", "limit"),
    /** A file of the rule set cannot be read. */
    SOURCE_UNREADABLE("source.unreadable", "detail"),
    /** A file of the rule set is not UTF-8 text. */
    SOURCE_NOT_UTF_8("source.not-utf-8", "byte", "hex"),
    /** A DRL file in a rule set that may hold data only. */
    SOURCE_DRL_IN_DATA_ONLY("source.drl-in-data-only"),
    /** A spreadsheet in a format other than .xlsx or CSV, which is not read. */
    SOURCE_SPREADSHEET("source.spreadsheet"),
    /** A table under a name that is not read. */
    SOURCE_IGNORED_TABLE("source.ignored-table"),
    /** Two tables where only one may be. */
    SOURCE_TWO_TABLES("source.two-tables", "other"),
    /** A rule set in mode replace without its own thresholds. */
    SOURCE_NO_THRESHOLDS("source.no-thresholds"),
    /** A warning: a file whose name is close to one that is read, but which is not read. */
    SOURCE_LOOKS_LIKE("source.looks-like", "expected"),

    /** The mode of the rule set is unknown. */
    RULESET_UNKNOWN_MODE("ruleset.unknown-mode", "mode"),
    /** The name of the rule set is empty. */
    RULESET_EMPTY_NAME("ruleset.empty-name"),
    /** The rule set holds neither a rule file nor a table. */
    RULESET_NO_RULE_FILES("ruleset.no-rule-files"),
    /** A scenario that fails keeps the rule set from being used, unless the caller allows it. */
    RULESET_SCENARIO_FAILS("ruleset.scenario-fails", "name", "detail"),

    /** A line of the thresholds is not of the form key=number. */
    THRESHOLDS_SYNTAX("thresholds.syntax", "found"),
    /** A threshold key has characters that are not allowed. */
    THRESHOLDS_BAD_KEY("thresholds.bad-key", "key"),
    /** A threshold key is given twice. */
    THRESHOLDS_DUPLICATE_KEY("thresholds.duplicate-key", "key", "earlier"),
    /** A threshold value is not a number. */
    THRESHOLDS_NOT_A_NUMBER("thresholds.not-a-number", "value", "key"),
    /** A threshold value is not a finite number. */
    THRESHOLDS_NOT_FINITE("thresholds.not-finite", "value", "key"),
    /** A threshold value is outside its allowed range. */
    THRESHOLDS_OUT_OF_RANGE("thresholds.out-of-range", "value", "key", "min", "max"),
    /** A threshold value must be a whole number and is not. */
    THRESHOLDS_NOT_WHOLE("thresholds.not-whole", "value", "key"),
    /** A threshold key that no rule uses. */
    THRESHOLDS_UNKNOWN_KEY("thresholds.unknown-key", "key", "hint"),
    /** A threshold key the rules need is missing. */
    THRESHOLDS_MISSING_KEY("thresholds.missing-key", "key"),
    /** The level bands do not rise strictly between 1 and 5. */
    THRESHOLDS_BANDS_DO_NOT_RISE("thresholds.bands-do-not-rise", "moderate", "good", "strong"),
    /** The minimum answer share is not above 0 and at most 1. */
    THRESHOLDS_ANSWER_SHARE("thresholds.answer-share", "value"),

    /** A wording key that is not a text of the rule set. */
    WORDING_UNKNOWN_KEY("wording.unknown-key", "key", "hint"),
    /** A line of the wording is not of the form key=text. */
    WORDING_SYNTAX("wording.syntax", "found"),
    /** A text's plural placeholder cannot be read: it needs {@code {count, plural, one {...} other {...}}}. */
    WORDING_PLURAL("wording.plural", "key", "found", "form"),

    /** A DRL file names a threshold key that is not in the thresholds. */
    DRL_UNKNOWN_THRESHOLD("drl.unknown-threshold", "key"),
    /** A tool id that is not in the tool catalogue. */
    TOOL_UNKNOWN("tool.unknown", "tool"),

    /** A Drools compiler message, which cannot be translated: shown as the detail. */
    DROOLS_REPORTED("drools.reported", "detail"),
    /** Drools cannot read a rule file. */
    DROOLS_CANNOT_READ("drools.cannot-read", "detail"),
    /** Drools refused the rule set without saying where. */
    DROOLS_REFUSED_UNLOCATED("drools.refused-unlocated"),

    /** A note: how the table was read (comma, semicolon, tab, workbook). */
    TABLE_READ_AS("table.read-as", "format"),
    /** A note: the old decision-table file, whose rows are read. */
    TABLE_LEGACY("table.legacy"),
    /** An old decision table that differs from the bundled one above its column titles. */
    TABLE_LEGACY_CHANGED("table.legacy-changed", "expected"),
    /** A workbook with more than one sheet, of which only the first is read. */
    TABLE_OTHER_SHEETS("table.other-sheets", "sheet", "count"),
    /** A quote in a table row that is not closed. */
    TABLE_UNCLOSED_QUOTE("table.unclosed-quote"),
    /** A table cell that holds an invisible control character. */
    TABLE_CONTROL_CHARACTER("table.control-character", "code"),
    /** A table cell that holds a formula. */
    TABLE_FORMULA("table.formula"),
    /** A table without column titles. */
    TABLE_NO_TITLES("table.no-titles"),
    /** A column title that is not the expected one. */
    TABLE_TITLE("table.title", "expected", "found"),
    /** A rule id in the table that is not well formed. */
    TABLE_BAD_RULE_ID("table.bad-rule-id", "id"),
    /** A rule id used twice in the table. */
    TABLE_DUPLICATE_RULE_ID("table.duplicate-rule-id", "id", "earlier"),
    /** A rule id in the table that is already the name of a rule in a DRL file. */
    TABLE_RULE_ID_TAKEN("table.rule-id-taken", "id", "file"),
    /** A factor in the table that is unknown. */
    TABLE_UNKNOWN_FACTOR("table.unknown-factor", "factor", "hint"),
    /** A priority in the table that is not a whole number from 0 to 100. */
    TABLE_BAD_PRIORITY("table.bad-priority", "priority"),
    /** A tools cell that holds something that is not a tool id. */
    TABLE_NOT_A_TOOL_ID("table.not-a-tool-id", "tool"),
    /** A tool in the table that is not in the tool catalogue. */
    TABLE_UNKNOWN_TOOL("table.unknown-tool", "tool", "hint"),
    /** A cell outside the table's columns that is not empty. */
    TABLE_CELL_NOT_EMPTY("table.cell-not-empty", "cell"),
    /** A file that cannot be read as an Excel workbook. */
    XLSX_NOT_A_WORKBOOK("xlsx.not-a-workbook"),
    /** A workbook that unpacks to far more than a table needs. */
    XLSX_TOO_BIG("xlsx.too-big"),

    /** A scenario file's problem located by line and column: {@code problem} is {@code @problem.<code>}. */
    SCENARIO_INPUT("scenario.input", "problem"),
    /** A scenario file's problem located by a JSON path. */
    SCENARIO_INPUT_AT("scenario.input-at", "json-path", "problem"),
    /** A scenario expected a recommendation that was not made. */
    SCENARIO_EXPECTED_RECOMMENDATION("scenario.expected-recommendation", "id", "actual"),
    /** A scenario expected a recommendation to be absent, and it was made. */
    SCENARIO_ABSENT_RECOMMENDATION("scenario.absent-recommendation", "id"),
    /** A scenario expected a tool that was not suggested. */
    SCENARIO_EXPECTED_TOOL("scenario.expected-tool", "id", "actual"),
    /** A scenario expected a tool to be absent, and it was suggested. */
    SCENARIO_ABSENT_TOOL("scenario.absent-tool", "id"),
    /** A scenario expected recommendations that were not all made in the given order. */
    SCENARIO_ORDER_INCOMPLETE("scenario.order-incomplete", "expected", "actual"),
    /** A scenario expected another order of the recommendations. */
    SCENARIO_WRONG_ORDER("scenario.wrong-order", "expected", "actual"),
    /** A scenario expected a rule to be merged into another recommendation as a reason. */
    SCENARIO_EXPECTED_MERGED("scenario.expected-merged", "id", "actual"),
    /** The rules failed while running a scenario. */
    SCENARIO_RULES_FAILED("scenario.rules-failed", "detail"),

    /** A rule set without any scenario. */
    CHECK_NO_SCENARIOS("check.no-scenarios"),
    /** A recommendation without its text in one of the languages. */
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
