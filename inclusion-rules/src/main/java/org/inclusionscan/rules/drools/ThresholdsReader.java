package org.inclusionscan.rules.drools;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.inclusionscan.rules.RuleProblem;
import org.inclusionscan.rules.Thresholds;

/**
 * Reads {@code thresholds.properties} files line by line, so that every bad value is reported
 * with its line: {@code key=number}, comments start with {@code #} or {@code !}.
 */
final class ThresholdsReader {

    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9._-]*");

    private ThresholdsReader() {
    }

    /** The thresholds of all files, later files overriding earlier ones; empty when there were problems. */
    static Optional<Thresholds> read(List<RuleSource> files, List<RuleProblem> problems) {
        int before = problems.size();
        Map<String, Double> values = new LinkedHashMap<>();
        for (RuleSource file : files) {
            values.putAll(readOne(file, problems));
        }
        if (problems.size() > before || files.isEmpty()) {
            return Optional.empty();
        }
        String last = files.get(files.size() - 1).display();
        for (String key : List.of(Thresholds.LEVEL_MODERATE, Thresholds.LEVEL_GOOD, Thresholds.LEVEL_STRONG)) {
            if (!values.containsKey(key)) {
                problems.add(RuleProblem.inFile(last, "the key (%s) is missing; the level bands need it".formatted(key)));
            }
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        try {
            return Optional.of(Thresholds.of(values));
        } catch (IllegalArgumentException e) {
            problems.add(RuleProblem.inFile(last, e.getMessage()));
            return Optional.empty();
        }
    }

    private static Map<String, Double> readOne(RuleSource file, List<RuleProblem> problems) {
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
                problems.add(new RuleProblem(file.display(), lineNumber, 1, "expected key=number, found (%s)".formatted(shorten(line))));
                continue;
            }
            String key = line.substring(0, separator).strip();
            String value = line.substring(separator + 1).strip();
            int valueColumn = lines.get(i).indexOf(value, lines.get(i).indexOf(line.charAt(separator)) + 1) + 1;
            if (!KEY.matcher(key).matches()) {
                problems.add(new RuleProblem(file.display(), lineNumber, 1,
                        "the key (%s) may hold only lower-case letters, digits, '.', '_' and '-'".formatted(shorten(key))));
                continue;
            }
            Integer earlier = lineOfKey.putIfAbsent(key, lineNumber);
            if (earlier != null) {
                problems.add(new RuleProblem(file.display(), lineNumber, 1,
                        "the key (%s) is already given on line %d".formatted(key, earlier)));
                continue;
            }
            double number;
            try {
                number = Double.parseDouble(value);
            } catch (NumberFormatException e) {
                problems.add(new RuleProblem(file.display(), lineNumber, valueColumn,
                        "the value (%s) of (%s) is not a number; write it like 2.5".formatted(shorten(value), key)));
                continue;
            }
            if (!Double.isFinite(number)) {
                problems.add(new RuleProblem(file.display(), lineNumber, valueColumn,
                        "the value (%s) of (%s) is not a finite number".formatted(value, key)));
                continue;
            }
            if (key.startsWith("priority.") && (number < 0 || number > 100)) {
                problems.add(new RuleProblem(file.display(), lineNumber, valueColumn,
                        "the priority (%s) of (%s) must be between 0 and 100".formatted(value, key)));
                continue;
            }
            values.put(key, number);
        }
        return values;
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
