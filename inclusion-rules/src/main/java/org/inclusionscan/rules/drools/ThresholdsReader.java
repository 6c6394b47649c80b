package org.inclusionscan.rules.drools;

import static org.inclusionscan.rules.RuleMessageCode.THRESHOLDS_ANSWER_SHARE;
import static org.inclusionscan.rules.RuleMessageCode.THRESHOLDS_BAD_KEY;
import static org.inclusionscan.rules.RuleMessageCode.THRESHOLDS_BANDS_DO_NOT_RISE;
import static org.inclusionscan.rules.RuleMessageCode.THRESHOLDS_DUPLICATE_KEY;
import static org.inclusionscan.rules.RuleMessageCode.THRESHOLDS_MISSING_KEY;
import static org.inclusionscan.rules.RuleMessageCode.THRESHOLDS_NOT_A_NUMBER;
import static org.inclusionscan.rules.RuleMessageCode.THRESHOLDS_NOT_FINITE;
import static org.inclusionscan.rules.RuleMessageCode.THRESHOLDS_NOT_WHOLE;
import static org.inclusionscan.rules.RuleMessageCode.THRESHOLDS_OUT_OF_RANGE;
import static org.inclusionscan.rules.RuleMessageCode.THRESHOLDS_UNKNOWN_KEY;
import static org.inclusionscan.rules.RuleMessageCode.THRESHOLDS_SYNTAX;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.inclusionscan.model.LevelBands;
import org.inclusionscan.rules.RuleProblem;
import org.inclusionscan.rules.Thresholds;
import org.inclusionscan.rules.DidYouMean;
import org.inclusionscan.scoring.ScoringSettings;

/**
 * Reads {@code thresholds.properties} files line by line, so that every bad value is reported
 * with its line: {@code key=number}, comments start with {@code #} or {@code !}. A key no rule
 * uses is refused (with the nearest known key), and every value must lie in its key's range
 * ({@link #range}; the table in docs/rules.md).
 */
final class ThresholdsReader {

    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9._-]*");

    private ThresholdsReader() {
    }

    /** A key's valid range: from, to, and whether it must be a whole number. */
    record Range(double min, double max, boolean whole) {
    }

    /**
     * The valid range of a key, by its name: scores on the 1-5 scale for {@code *.below} and
     * {@code *.from}; 0-4 for a gap ({@code *.gap}); 0-2 for a standard deviation ({@code *.sd}, the
     * largest spread on a 1-5 scale); a whole number from 2 to 1000 for {@code *.min-respondents}
     * and from 1 to 100 for a count of times ({@code *.times});
     * 0-100 for priorities ({@code priority.*}) and boosts ({@code *.boost}); above 0 to 1 for the answer share.
     * Other keys (of a team's own DRL) may hold any finite number.
     */
    static Optional<Range> range(String key) {
        if (key.equals(Thresholds.MINIMUM_ANSWER_SHARE)) {
            return Optional.empty(); // checked as a whole below, with its own message
        } else if (key.startsWith("priority.") || key.endsWith(".boost")) {
            return Optional.of(new Range(0, 100, false));
        } else if (key.endsWith(".below") || key.endsWith(".from")) {
            return Optional.of(new Range(1, 5, false));
        } else if (key.endsWith(".gap")) {
            return Optional.of(new Range(0, 4, false));
        } else if (key.endsWith(".sd")) {
            return Optional.of(new Range(0, 2, false));
        } else if (key.endsWith(".min-respondents")) {
            return Optional.of(new Range(2, 1000, true));
        } else if (key.endsWith(".times")) {
            return Optional.of(new Range(1, 100, true));
        }
        return Optional.empty();
    }

    /**
     * The thresholds of all files, later files overriding earlier ones; empty when there were problems.
     *
     * @param usedKeys the keys the rules (and the library) use; any other key is a problem
     */
    static Optional<Thresholds> read(List<RuleSource> files, Set<String> usedKeys, List<RuleProblem> problems) {
        int before = problems.size();
        Map<String, Double> values = new LinkedHashMap<>();
        for (RuleSource file : files) {
            values.putAll(readOne(file, usedKeys, problems));
        }
        if (problems.size() > before || files.isEmpty()) {
            return Optional.empty();
        }
        String last = files.get(files.size() - 1).display();
        for (String key : List.of(Thresholds.LEVEL_MODERATE, Thresholds.LEVEL_GOOD, Thresholds.LEVEL_STRONG)) {
            if (!values.containsKey(key)) {
                problems.add(RuleProblem.inFile(last, THRESHOLDS_MISSING_KEY, "key", key));
            }
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        checkBands(values, last, problems);
        double share = values.getOrDefault(Thresholds.MINIMUM_ANSWER_SHARE, ScoringSettings.DEFAULT.minimumAnswerShare());
        if (!ScoringSettings.isValidAnswerShare(share)) {
            problems.add(RuleProblem.inFile(last, THRESHOLDS_ANSWER_SHARE, "value", share));
        }
        return problems.size() > before ? Optional.empty() : Optional.of(Thresholds.of(values));
    }

    /** The level bands as {@link Thresholds} rounds them must rise, as {@link LevelBands} requires. */
    private static void checkBands(Map<String, Double> values, String file, List<RuleProblem> problems) {
        double moderate = Thresholds.round(values.get(Thresholds.LEVEL_MODERATE));
        double good = Thresholds.round(values.get(Thresholds.LEVEL_GOOD));
        double strong = Thresholds.round(values.get(Thresholds.LEVEL_STRONG));
        if (!LevelBands.rise(moderate, good, strong)) {
            problems.add(RuleProblem.inFile(file, THRESHOLDS_BANDS_DO_NOT_RISE, "moderate", moderate, "good", good, "strong", strong));
        }
    }

    private static Map<String, Double> readOne(RuleSource file, Set<String> usedKeys, List<RuleProblem> problems) {
        Map<String, Double> values = new LinkedHashMap<>();
        Map<String, Integer> lineOfKey = new LinkedHashMap<>();
        List<String> lines = file.content().lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            int lineNumber = i + 1;
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
                continue;
            }
            int separator = indexOfSeparator(line);
            if (separator < 0) {
                problems.add(RuleProblem.at(file.display(), lineNumber, 1, THRESHOLDS_SYNTAX, "found", shorten(line)));
                continue;
            }
            String key = line.substring(0, separator).strip();
            String value = line.substring(separator + 1).strip();
            int valueColumn = lines.get(i).indexOf(value, lines.get(i).indexOf(line.charAt(separator)) + 1) + 1;
            if (!KEY.matcher(key).matches()) {
                problems.add(RuleProblem.at(file.display(), lineNumber, 1, THRESHOLDS_BAD_KEY, "key", shorten(key)));
                continue;
            }
            Integer earlier = lineOfKey.putIfAbsent(key, lineNumber);
            if (earlier != null) {
                problems.add(RuleProblem.at(file.display(), lineNumber, 1, THRESHOLDS_DUPLICATE_KEY, "key", key, "earlier", earlier));
                continue;
            }
            double number;
            try {
                number = Double.parseDouble(value);
            } catch (NumberFormatException e) {
                problems.add(RuleProblem.at(file.display(), lineNumber, valueColumn, THRESHOLDS_NOT_A_NUMBER,
                        "value", shorten(value), "key", key));
                continue;
            }
            if (!Double.isFinite(number)) {
                problems.add(RuleProblem.at(file.display(), lineNumber, valueColumn, THRESHOLDS_NOT_FINITE, "value", value, "key", key));
                continue;
            }
            if (!usedKeys.contains(key)) {
                problems.add(RuleProblem.at(file.display(), lineNumber, 1, THRESHOLDS_UNKNOWN_KEY,
                        DidYouMean.withHint(key, usedKeys, "key", key)));
                continue;
            }
            Optional<Range> range = range(key);
            if (range.isPresent() && (number < range.get().min() || number > range.get().max())) {
                problems.add(RuleProblem.at(file.display(), lineNumber, valueColumn, THRESHOLDS_OUT_OF_RANGE, "value", value,
                        "key", key, "min", plain(range.get().min()), "max", plain(range.get().max())));
                continue;
            }
            if (range.isPresent() && range.get().whole() && number != Math.rint(number)) {
                problems.add(RuleProblem.at(file.display(), lineNumber, valueColumn, THRESHOLDS_NOT_WHOLE, "value", value, "key", key));
                continue;
            }
            values.put(key, number);
        }
        return values;
    }

    private static String plain(double number) {
        return java.math.BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
    }

    private static int indexOfSeparator(String line) {
        int equals = line.indexOf('=');
        int colon = line.indexOf(':');
        if (equals < 0) {
            return colon;
        }
        return colon < 0 ? equals : Math.min(equals, colon);
    }

    private static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
