package org.inclusionscan.rules;

import java.util.List;

/**
 * Every kind of message about a rule set: its problems, its scenarios' differences and its
 * warnings. The words are in the {@code rules} bundles under {@link #key()}, in nl, fr and en; the
 * code names the arguments its text may use, so that a message without them fails at once.
 */
public enum RuleMessageCode {

    SOURCE_NOT_A_DIRECTORY("source.not-a-directory"),
    SOURCE_MISSING("source.missing"),
    SOURCE_IS_A_FILE("source.is-a-file"),
    SOURCE_NOT_REGULAR("source.not-regular"),
    SOURCE_TOO_LARGE("source.too-large", "limit"),
    SOURCE_UNREADABLE("source.unreadable", "detail"),
    SOURCE_NOT_UTF_8("source.not-utf-8", "byte", "hex"),
    SOURCE_DRL_IN_DATA_ONLY("source.drl-in-data-only"),
    SOURCE_SPREADSHEET("source.spreadsheet"),
    SOURCE_IGNORED_TABLE("source.ignored-table"),
    SOURCE_TWO_TABLES("source.two-tables", "other"),
    SOURCE_NO_THRESHOLDS("source.no-thresholds"),
    /** A warning: a file whose name is close to one that is read, but which is not read. */
    SOURCE_LOOKS_LIKE("source.looks-like", "expected"),

    RULESET_UNKNOWN_MODE("ruleset.unknown-mode", "mode"),
    RULESET_EMPTY_NAME("ruleset.empty-name"),
    RULESET_NO_RULE_FILES("ruleset.no-rule-files"),
    /** A scenario that fails keeps the rule set from being used, unless the caller allows it. */
    RULESET_SCENARIO_FAILS("ruleset.scenario-fails", "name", "detail"),

    THRESHOLDS_SYNTAX("thresholds.syntax", "found"),
    THRESHOLDS_BAD_KEY("thresholds.bad-key", "key"),
    THRESHOLDS_DUPLICATE_KEY("thresholds.duplicate-key", "key", "earlier"),
    THRESHOLDS_NOT_A_NUMBER("thresholds.not-a-number", "value", "key"),
    THRESHOLDS_NOT_FINITE("thresholds.not-finite", "value", "key"),
    THRESHOLDS_OUT_OF_RANGE("thresholds.out-of-range", "value", "key", "min", "max"),
    THRESHOLDS_NOT_WHOLE("thresholds.not-whole", "value", "key"),
    THRESHOLDS_UNKNOWN_KEY("thresholds.unknown-key", "key", "hint"),
    THRESHOLDS_MISSING_KEY("thresholds.missing-key", "key"),
    THRESHOLDS_BANDS_DO_NOT_RISE("thresholds.bands-do-not-rise", "moderate", "good", "strong"),
    THRESHOLDS_ANSWER_SHARE("thresholds.answer-share", "value"),

    WORDING_UNKNOWN_KEY("wording.unknown-key", "key", "hint"),
    WORDING_SYNTAX("wording.syntax", "found"),

    DRL_UNKNOWN_THRESHOLD("drl.unknown-threshold", "key"),
    TOOL_UNKNOWN("tool.unknown", "tool"),

    /** A Drools compiler message, which cannot be translated: shown as the detail. */
    DROOLS_REPORTED("drools.reported", "detail"),
    DROOLS_CANNOT_READ("drools.cannot-read", "detail"),
    DROOLS_REFUSED_UNLOCATED("drools.refused-unlocated"),

    /** A note: how the table was read (comma, semicolon, tab, workbook). */
    TABLE_READ_AS("table.read-as", "format"),
    /** A note: the old decision-table file, whose rows are read. */
    TABLE_LEGACY("table.legacy"),
    TABLE_LEGACY_CHANGED("table.legacy-changed", "expected"),
    TABLE_OTHER_SHEETS("table.other-sheets", "sheet", "count"),
    TABLE_UNCLOSED_QUOTE("table.unclosed-quote"),
    TABLE_CONTROL_CHARACTER("table.control-character", "code"),
    TABLE_FORMULA("table.formula"),
    TABLE_NO_TITLES("table.no-titles"),
    TABLE_TITLE("table.title", "expected", "found"),
    TABLE_BAD_RULE_ID("table.bad-rule-id", "id"),
    TABLE_DUPLICATE_RULE_ID("table.duplicate-rule-id", "id", "earlier"),
    TABLE_RULE_ID_TAKEN("table.rule-id-taken", "id", "file"),
    TABLE_UNKNOWN_FACTOR("table.unknown-factor", "factor", "hint"),
    TABLE_BAD_PRIORITY("table.bad-priority", "priority"),
    TABLE_NOT_A_TOOL_ID("table.not-a-tool-id", "tool"),
    TABLE_UNKNOWN_TOOL("table.unknown-tool", "tool", "hint"),
    TABLE_CELL_NOT_EMPTY("table.cell-not-empty", "cell"),
    XLSX_NOT_A_WORKBOOK("xlsx.not-a-workbook"),
    XLSX_TOO_BIG("xlsx.too-big"),

    /** A scenario file's problem located by line and column: {@code problem} is {@code @problem.<code>}. */
    SCENARIO_INPUT("scenario.input", "problem"),
    /** A scenario file's problem located by a JSON path. */
    SCENARIO_INPUT_AT("scenario.input-at", "json-path", "problem"),
    SCENARIO_EXPECTED_RECOMMENDATION("scenario.expected-recommendation", "id", "actual"),
    SCENARIO_ABSENT_RECOMMENDATION("scenario.absent-recommendation", "id"),
    SCENARIO_EXPECTED_TOOL("scenario.expected-tool", "id", "actual"),
    SCENARIO_ABSENT_TOOL("scenario.absent-tool", "id"),
    SCENARIO_ORDER_INCOMPLETE("scenario.order-incomplete", "expected", "actual"),
    SCENARIO_WRONG_ORDER("scenario.wrong-order", "expected", "actual"),
    SCENARIO_EXPECTED_MERGED("scenario.expected-merged", "id", "actual"),
    SCENARIO_RULES_FAILED("scenario.rules-failed", "detail"),

    CHECK_NO_SCENARIOS("check.no-scenarios"),
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
