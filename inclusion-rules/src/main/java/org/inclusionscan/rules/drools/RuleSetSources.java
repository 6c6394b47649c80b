package org.inclusionscan.rules.drools;

import static org.inclusionscan.rules.RuleMessageCode.RULESET_EMPTY_NAME;
import static org.inclusionscan.rules.RuleMessageCode.RULESET_UNKNOWN_MODE;
import static org.inclusionscan.rules.RuleMessageCode.SOURCE_DRL_IN_DATA_ONLY;
import static org.inclusionscan.rules.RuleMessageCode.SOURCE_IGNORED_TABLE;
import static org.inclusionscan.rules.RuleMessageCode.SOURCE_NOT_A_DIRECTORY;
import static org.inclusionscan.rules.RuleMessageCode.SOURCE_NOT_UTF_8;
import static org.inclusionscan.rules.RuleMessageCode.SOURCE_NO_THRESHOLDS;
import static org.inclusionscan.rules.RuleMessageCode.SOURCE_SPREADSHEET;
import static org.inclusionscan.rules.RuleMessageCode.SOURCE_UNREADABLE;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import org.inclusionscan.rules.RuleProblem;
import org.inclusionscan.rules.RuleSetException;

/**
 * The files of a rule set, read and combined but not yet compiled: the bundled defaults on the
 * class path, or a directory (mode {@code replace} or {@code extend}).
 *
 * @param thresholds the thresholds files, later ones override earlier ones key by key
 * @param wording    the directory whose {@code advice_*.properties} override the bundled texts, or empty
 */
public record RuleSetSources(
        String name,
        String origin,
        List<RuleSource> rules,
        List<RuleSource> thresholds,
        Optional<Path> wording,
        List<RuleSource> scenarios) {

    /** Where the bundled defaults live on the class path, in the layout of a rules directory. */
    public static final String BUNDLED_ROOT = "/org/inclusionscan/rules/defaults/";
    /** The list of bundled files (a class path cannot be listed from a jar). */
    static final String BUNDLED_INDEX = "/org/inclusionscan/rules/defaults.index";

    public static final String RULESET_FILE = "ruleset.properties";
    public static final String THRESHOLDS_FILE = "thresholds.properties";
    public static final String SCENARIOS_DIR = "scenarios";

    public RuleSetSources {
        rules = List.copyOf(rules);
        thresholds = List.copyOf(thresholds);
        scenarios = List.copyOf(scenarios);
    }

    /** The paths of the bundled files, relative to {@link #BUNDLED_ROOT}. */
    public static List<String> bundledFileNames() {
        String index = readResource(BUNDLED_INDEX);
        return index.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
    }

    public static String readBundled(String name) {
        return readResource(BUNDLED_ROOT + name);
    }

    private static String readResource(String path) {
        try (InputStream in = RuleSetSources.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("The bundled rule file (" + path + ") is missing from the jar.");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bundled rule file (" + path + ").", e);
        }
    }

    /** The bundled default rule set. */
    public static RuleSetSources bundled() {
        List<RuleSource> rules = new ArrayList<>();
        List<RuleSource> thresholds = new ArrayList<>();
        List<RuleSource> scenarios = new ArrayList<>();
        String name = "default";
        for (String file : bundledFileNames()) {
            RuleSource source = new RuleSource(file, "classpath:" + BUNDLED_ROOT.substring(1) + file, readBundled(file));
            if (file.equals(RULESET_FILE)) {
                name = properties(source.content()).getProperty("name", name).strip();
            } else if (file.equals(THRESHOLDS_FILE)) {
                thresholds.add(source);
            } else if (file.startsWith(SCENARIOS_DIR + "/")) {
                scenarios.add(source);
            } else if (source.isDrl() || source.isDecisionTable()) {
                rules.add(source);
            }
        }
        return new RuleSetSources(name, "bundled defaults", rules, thresholds, Optional.empty(), scenarios);
    }

    /**
     * Reads a rules directory.
     *
     * @throws RuleSetException when the directory cannot be used: missing, unreadable, unknown mode,
     *                          files that look like rules but would be ignored
     */
    public static RuleSetSources fromDirectory(Path directory) {
        return fromDirectory(directory, false);
    }

    /**
     * Reads a rules directory; in data-only mode a {@code *.drl} file (code) is a located problem,
     * so that only thresholds, decision tables, wording and scenarios are taken from the directory.
     * A data-only directory in mode {@code extend} still runs the bundled DRL, which is ours.
     *
     * @throws RuleSetException when the directory cannot be used (see {@link #fromDirectory(Path)})
     */
    public static RuleSetSources fromDirectory(Path directory, boolean dataOnly) {
        List<RuleProblem> problems = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            throw new RuleSetException(directory.toString(), List.of(RuleProblem.inFile(directory.toString(), SOURCE_NOT_A_DIRECTORY)));
        }
        Path rulesetFile = directory.resolve(RULESET_FILE);
        String name = directory.toAbsolutePath().normalize().getFileName() == null
                ? "rules" : directory.toAbsolutePath().normalize().getFileName().toString();
        String mode = "replace";
        if (Files.isRegularFile(rulesetFile)) {
            Properties ruleset = properties(read(rulesetFile));
            name = ruleset.getProperty("name", name).strip();
            mode = ruleset.getProperty("mode", mode).strip();
            if (!mode.equals("replace") && !mode.equals("extend")) {
                problems.add(RuleProblem.at(rulesetFile.toString(), lineOf(read(rulesetFile), "mode"), 0, RULESET_UNKNOWN_MODE,
                        "mode", mode));
            }
            if (name.isEmpty()) {
                problems.add(RuleProblem.at(rulesetFile.toString(), lineOf(read(rulesetFile), "name"), 0, RULESET_EMPTY_NAME));
            }
        }
        Map<String, RuleSource> rules = new LinkedHashMap<>();
        List<RuleSource> thresholds = new ArrayList<>();
        if (mode.equals("extend")) {
            RuleSetSources bundled = bundled();
            bundled.rules().forEach(source -> rules.put(source.name(), source));
            thresholds.addAll(bundled.thresholds());
        }
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String fileName = file.getFileName().toString();
                if (dataOnly && fileName.endsWith(".drl")) {
                    problems.add(RuleProblem.at(file.toString(), 1, 0, SOURCE_DRL_IN_DATA_ONLY));
                } else if (fileName.endsWith(".drl") || fileName.endsWith(".drl.csv")) {
                    rules.put(fileName, new RuleSource(fileName, file.toString(), read(file)));
                } else if (fileName.endsWith(".drl.xlsx") || fileName.endsWith(".drl.xls")) {
                    problems.add(RuleProblem.inFile(file.toString(), SOURCE_SPREADSHEET));
                } else if (fileName.endsWith(".csv") || fileName.endsWith(".xlsx")) {
                    problems.add(RuleProblem.inFile(file.toString(), SOURCE_IGNORED_TABLE));
                } else if (fileName.equals(THRESHOLDS_FILE)) {
                    thresholds.add(new RuleSource(fileName, file.toString(), read(file)));
                }
            }
        } catch (IOException e) {
            throw new RuleSetException(directory.toString(), List.of(unreadable(directory.toString(), e)));
        }
        if (thresholds.isEmpty()) {
            problems.add(RuleProblem.inFile(directory.resolve(THRESHOLDS_FILE).toString(), SOURCE_NO_THRESHOLDS));
        }
        List<RuleSource> scenarios = new ArrayList<>();
        Path scenarioDir = directory.resolve(SCENARIOS_DIR);
        if (Files.isDirectory(scenarioDir)) {
            try (Stream<Path> files = Files.list(scenarioDir)) {
                for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
                    scenarios.add(new RuleSource(SCENARIOS_DIR + "/" + file.getFileName(), file.toString(), read(file)));
                }
            } catch (IOException e) {
                problems.add(unreadable(scenarioDir.toString(), e));
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleSetException(directory.toString(), problems);
        }
        return new RuleSetSources(name, directory.toString(), List.copyOf(rules.values()), thresholds,
                Optional.of(directory), scenarios);
    }

    /**
     * The version: the first 12 hex digits of a SHA-256 over the name and every file that decides
     * the advice (rules, thresholds, wording), so the same files always give the same version.
     */
    public String version() {
        try {
            MessageDigest digest = sha256();
            update(digest, "name", name);
            for (RuleSource source : rules.stream().sorted(java.util.Comparator.comparing(RuleSource::name)).toList()) {
                update(digest, source.name(), source.content());
            }
            for (RuleSource source : thresholds) {
                update(digest, source.name(), source.content());
            }
            if (wording.isPresent()) {
                try (Stream<Path> files = Files.list(wording.get())) {
                    for (Path file : files.filter(f -> f.getFileName().toString().matches("advice_[a-z]{2}\\.properties")).sorted().toList()) {
                        update(digest, file.getFileName().toString(), read(file));
                    }
                }
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM.", e);
        }
    }

    /** Adds a named file to a digest: name and content (line ends as {@code \n}), each closed by a zero byte. */
    static void update(MessageDigest digest, String name, String content) {
        digest.update(name.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(content.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

    static Properties properties(String content) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(content));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static int lineOf(String content, String key) {
        List<String> lines = content.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().startsWith(key)) {
                return i + 1;
            }
        }
        return 0;
    }

    static String read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new RuleSetException(file.toString(), List.of(unreadable(file.toString(), e)));
        }
        return decode(bytes, file.toString());
    }

    /** The system's reason (in its own words) why a file or directory cannot be read. */
    private static RuleProblem unreadable(String file, IOException e) {
        return RuleProblem.inFile(file, SOURCE_UNREADABLE, "detail", e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }

    /**
     * A rule file's bytes as text. Rule files are UTF-8; anything else is refused at the line of the
     * first byte that is not, rather than read with replacement characters or reported as a bare
     * {@code MalformedInputException}.
     *
     * @param display the file as the user knows it, for the problem
     * @throws RuleSetException when the bytes are not UTF-8
     */
    public static String decode(byte[] bytes, String display) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 8, bytes.length + 16L));
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int at = in.position();
            int line = 1;
            for (int i = 0; i < at; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new RuleSetException(display, List.of(RuleProblem.at(display, line, 0, SOURCE_NOT_UTF_8,
                    "byte", at + 1, "hex", "%02x".formatted(bytes[at] & 0xff))));
        }
        return out.flip().toString();
    }
}
