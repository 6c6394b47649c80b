package org.inclusionscan.rules;

import java.util.List;

/**
 * Every kind of message about a rule set: its problems, its scenarios' differences and its
 * warnings. The words are in the {@code rules} bundles under {@link #key()}, in nl, fr and en; the
 * code names the arguments its text may use, so that a message without them fails at once.
 */
public enum RuleMessageCode {

    SOURCE_NOT_A_DIRECTORY("source.not-a-directory"),
    SOURCE_UNREADABLE("source.unreadable", "detail"),
    SOURCE_NOT_UTF_8("source.not-utf-8", "byte", "hex"),
    SOURCE_DRL_IN_DATA_ONLY("source.drl-in-data-only"),
    SOURCE_SPREADSHEET("source.spreadsheet"),
    SOURCE_IGNORED_TABLE("source.ignored-table"),
    SOURCE_NO_THRESHOLDS("source.no-thresholds"),

    RULESET_UNKNOWN_MODE("ruleset.unknown-mode", "mode"),
    RULESET_EMPTY_NAME("ruleset.empty-name"),
    RULESET_NO_RULE_FILES("ruleset.no-rule-files"),
    RULESET_WORDING_UNREADABLE("ruleset.wording-unreadable", "detail"),

    THRESHOLDS_SYNTAX("thresholds.syntax", "found"),
    THRESHOLDS_BAD_KEY("thresholds.bad-key", "key"),
    THRESHOLDS_DUPLICATE_KEY("thresholds.duplicate-key", "key", "earlier"),
    THRESHOLDS_NOT_A_NUMBER("thresholds.not-a-number", "value", "key"),
    THRESHOLDS_NOT_FINITE("thresholds.not-finite", "value", "key"),
    THRESHOLDS_PRIORITY_OUT_OF_RANGE("thresholds.priority-out-of-range", "value", "key"),
    THRESHOLDS_MISSING_KEY("thresholds.missing-key", "key"),
    THRESHOLDS_BANDS_DO_NOT_RISE("thresholds.bands-do-not-rise", "moderate", "good", "strong"),
    THRESHOLDS_ANSWER_SHARE("thresholds.answer-share", "value"),

    DRL_UNKNOWN_THRESHOLD("drl.unknown-threshold", "key"),
    TOOL_UNKNOWN("tool.unknown", "tool"),

    /** A Drools compiler message, which cannot be translated: shown as the detail. */
    DROOLS_REPORTED("drools.reported", "detail"),
    DROOLS_REPORTED_IN_TABLE("drools.reported-in-table", "line", "detail"),
    DROOLS_CANNOT_READ("drools.cannot-read", "detail"),
    DROOLS_REFUSED_UNLOCATED("drools.refused-unlocated"),

    TABLE_UNCLOSED_QUOTE("table.unclosed-quote"),
    TABLE_BAD_PACKAGE("table.bad-package", "package"),
    TABLE_CODE_ROW("table.code-row", "keyword", "expected", "template"),
    TABLE_NOT_ALLOWED("table.not-allowed", "cell"),
    TABLE_NO_RULESET_ROW("table.no-ruleset-row"),
    TABLE_MISSING_ROW("table.missing-row", "keyword", "template"),
    TABLE_NO_RULE_TABLE("table.no-rule-table"),
    TABLE_HEADER_ENDS("table.header-ends"),
    TABLE_HEADER_CELL("table.header-cell", "expected", "template"),
    TABLE_TITLES_START_TABLE("table.titles-start-table", "cell"),
    TABLE_NO_ROWS("table.no-rows"),
    TABLE_BAD_RULE_ID("table.bad-rule-id", "id"),
    TABLE_DUPLICATE_RULE_ID("table.duplicate-rule-id", "id", "earlier"),
    TABLE_UNKNOWN_FACTOR("table.unknown-factor", "factor", "valid"),
    TABLE_BAD_PRIORITY("table.bad-priority", "priority"),
    TABLE_NOT_A_TOOL_ID("table.not-a-tool-id", "tool"),
    TABLE_SECOND_KEYWORD_ROW("table.second-keyword-row", "keyword", "earlier"),
    TABLE_HIDDEN_TABLE("table.hidden-table", "cell", "keyword"),
    TABLE_CELL_NOT_EMPTY("table.cell-not-empty", "cell"),

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

    /** The stable id, e.g. {@code thresholds.not-a-number}. */
    public String id() {
        return id;
    }

    /** The text key, e.g. {@code rules.thresholds.not-a-number}. */
    public String key() {
        return KEY_PREFIX + id;
    }

    /** The names of the arguments every message of this code carries. */
    public List<String> arguments() {
        return arguments;
    }
}
