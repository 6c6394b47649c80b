package org.inclusionscan.rules.drools;

import static org.inclusionscan.rules.RuleMessageCode.RULESET_EMPTY_NAME;
import static org.inclusionscan.rules.RuleMessageCode.RULESET_UNKNOWN_MODE;
import static org.inclusionscan.rules.RuleMessageCode.SOURCE_DRL_IN_DATA_ONLY;
import static org.inclusionscan.rules.RuleMessageCode.SOURCE_IGNORED_TABLE;
import static org.inclusionscan.rules.RuleMessageCode.SOURCE_IS_A_FILE;
import static org.inclusionscan.rules.RuleMessageCode.SOURCE_LOOKS_LIKE;
import static org.inclusionscan.rules.RuleMessageCode.SOURCE_MISSING;
import static org.inclusionscan.rules.RuleMessageCode.SOURCE_NOT_A_DIRECTORY;
import static org.inclusionscan.rules.RuleMessageCode.SOURCE_NOT_REGULAR;
import static org.inclusionscan.rules.RuleMessageCode.SOURCE_TOO_LARGE;
import static org.inclusionscan.rules.RuleMessageCode.SOURCE_TWO_TABLES;
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
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.inclusionscan.i18n.Texts;
import org.inclusionscan.rules.RuleProblem;
import org.inclusionscan.rules.RuleSetException;
import org.inclusionscan.rules.table.TableFile;

/**
 * The files of a rule set, read and combined but not yet compiled: the bundled defaults on the
 * class path, or a directory (mode {@code replace} or {@code extend}). A directory is read as
 * hostile input: only plain files inside it (no links, devices or pipes), each of a bounded size;
 * a file whose name looks like one that is read but is not (wrong case, an extra extension) is a
 * notice, so that nothing is ignored without a word.
 *
 * @param rules      the DRL files (code); in data-only mode always exactly the bundled ones
 * @param thresholds the thresholds files, later ones override earlier ones key by key
 * @param wording    the {@code <bundle>_<language>.properties} files that override the bundled texts
 * @param table      the factor table (data), if any
 * @param dataOnly   true when nothing of the directory may be code: the rule base is then the bundled one
 * @param notices    what the reading noticed that does not stop the rule set (shown by check)
 */
public record RuleSetSources(
        String name,
        String origin,
        List<RuleSource> rules,
        List<RuleSource> thresholds,
        List<RuleSource> wording,
        List<RuleSource> scenarios,
        Optional<TableFile> table,
        boolean dataOnly,
        List<RuleProblem> notices) {

    /** Where the bundled defaults live on the class path, in the layout of a rules directory. */
    public static final String BUNDLED_ROOT = "/org/inclusionscan/rules/defaults/";
    /** The list of bundled files (a class path cannot be listed from a jar). */
    static final String BUNDLED_INDEX = "/org/inclusionscan/rules/defaults.index";

    public static final String RULESET_FILE = "ruleset.properties";
    public static final String THRESHOLDS_FILE = "thresholds.properties";
    public static final String SCENARIOS_DIR = "scenarios";
    /** The bundled rule that matches the rows of the factor table; added to a directory's DRL when it has a table. */
    public static final String TABLE_RULE_FILE = "factor-weak.drl";
    /** The name of that rule in the rule base. */
    public static final String TABLE_RULE = "factor-table.weak";
    /** The largest rule file read (a table, a DRL file, a scenario). */
    public static final int MAX_FILE_BYTES = 4 * 1024 * 1024;

    private static final Pattern WORDING = Pattern.compile("([a-z]+)_(nl|fr|en)\\.properties");

    public RuleSetSources {
        rules = List.copyOf(rules);
        thresholds = List.copyOf(thresholds);
        wording = List.copyOf(wording);
        scenarios = List.copyOf(scenarios);
        Objects.requireNonNull(table, "table");
        notices = List.copyOf(notices);
    }

    /** A trusted rule set of these files, without notices. */
    public RuleSetSources(String name, String origin, List<RuleSource> rules, List<RuleSource> thresholds,
            List<RuleSource> wording, List<RuleSource> scenarios, Optional<TableFile> table) {
        this(name, origin, rules, thresholds, wording, scenarios, table, false, List.of());
    }

    /** The same files with another table. */
    public RuleSetSources withTable(Optional<TableFile> other) {
        return new RuleSetSources(name, origin, rules, thresholds, wording, scenarios, other, dataOnly, notices);
    }

    /** The paths of the bundled files, relative to {@link #BUNDLED_ROOT}. */
    public static List<String> bundledFileNames() {
        String index = readResource(BUNDLED_INDEX);
        return index.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
    }

    public static String readBundled(String name) {
        return readResource(BUNDLED_ROOT + name);
    }

    private static byte[] readBundledBytes(String name) {
        try (InputStream in = RuleSetSources.class.getResourceAsStream(BUNDLED_ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException("The bundled rule file (" + name + ") is missing from the jar.");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bundled rule file (" + name + ").", e);
        }
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

    /** The bundled default rule set, read from the class path once (about 45 files) and shared: it is immutable. */
    public static RuleSetSources bundled() {
        return Bundled.SOURCES;
    }

    private static final class Bundled {
        static final RuleSetSources SOURCES = readBundled();
    }

    private static RuleSetSources readBundled() {
        List<RuleSource> rules = new ArrayList<>();
        List<RuleSource> thresholds = new ArrayList<>();
        List<RuleSource> scenarios = new ArrayList<>();
        Optional<TableFile> table = Optional.empty();
        String name = "default";
        for (String file : bundledFileNames()) {
            String display = "classpath:" + BUNDLED_ROOT.substring(1) + file;
            if (TableFile.isTableName(file)) {
                table = Optional.of(new TableFile(file, display, readBundledBytes(file)));
                continue;
            }
            RuleSource source = new RuleSource(file, display, readBundled(file));
            if (file.equals(RULESET_FILE)) {
                name = properties(source.content()).getProperty("name", name).strip();
            } else if (file.equals(THRESHOLDS_FILE)) {
                thresholds.add(source);
            } else if (file.startsWith(SCENARIOS_DIR + "/")) {
                scenarios.add(source);
            } else if (source.isDrl()) {
                rules.add(source);
            }
        }
        return new RuleSetSources(name, "bundled defaults", rules, thresholds, List.of(), scenarios, table, false, List.of());
    }

    /**
     * Reads a rules directory as trusted code: its {@code *.drl} files are compiled.
     *
     * @throws RuleSetException when the directory cannot be used: missing, unreadable, unknown mode,
     *                          files that look like rules but would be ignored
     */
    public static RuleSetSources fromDirectory(Path directory) {
        return fromDirectory(directory, false);
    }

    /**
     * Reads a rules directory; in data-only mode a {@code *.drl} file (code) is a located problem,
     * and the rule base is always the bundled one: only thresholds, the table, wording and scenarios
     * are taken from the directory. In data-only mode {@code mode=extend} lays them over the bundled
     * ones; {@code mode=replace} uses only the directory's thresholds and table.
     *
     * @throws RuleSetException when the directory cannot be used (see {@link #fromDirectory(Path)})
     */
    public static RuleSetSources fromDirectory(Path directory, boolean dataOnly) {
        if (!Files.exists(directory, LinkOption.NOFOLLOW_LINKS) && !Files.exists(directory)) {
            throw new RuleSetException(directory.toString(), List.of(RuleProblem.inFile(directory.toString(), SOURCE_MISSING)));
        }
        if (!Files.isDirectory(directory)) {
            throw new RuleSetException(directory.toString(), List.of(RuleProblem.inFile(directory.toString(),
                    Files.isRegularFile(directory) ? SOURCE_IS_A_FILE : SOURCE_NOT_A_DIRECTORY)));
        }
        List<RuleProblem> problems = new ArrayList<>();
        List<RuleProblem> notices = new ArrayList<>();
        Map<String, Path> files = new TreeMap<>();
        for (Path entry : list(directory, problems)) {
            files.put(entry.getFileName().toString(), entry);
        }
        String name = directory.toAbsolutePath().normalize().getFileName() == null
                ? "rules" : directory.toAbsolutePath().normalize().getFileName().toString();
        String mode = "replace";
        Path rulesetFile = files.get(RULESET_FILE);
        if (rulesetFile != null && regular(rulesetFile, problems)) {
            String content = read(rulesetFile);
            Properties ruleset = properties(content);
            name = ruleset.getProperty("name", name).strip();
            mode = ruleset.getProperty("mode", mode).strip();
            if (!mode.equals("replace") && !mode.equals("extend")) {
                problems.add(RuleProblem.at(rulesetFile.toString(), lineOf(content, "mode"), 0, RULESET_UNKNOWN_MODE, "mode", mode));
            }
            if (name.isEmpty()) {
                problems.add(RuleProblem.at(rulesetFile.toString(), lineOf(content, "name"), 0, RULESET_EMPTY_NAME));
            }
        }
        boolean extend = mode.equals("extend");
        RuleSetSources bundled = bundled();
        Map<String, RuleSource> rules = new LinkedHashMap<>();
        List<RuleSource> thresholds = new ArrayList<>();
        if (extend || dataOnly) {
            bundled.rules().forEach(source -> rules.put(source.name(), source));
        }
        if (extend) {
            thresholds.addAll(bundled.thresholds());
        }
        List<RuleSource> wording = new ArrayList<>();
        Optional<TableFile> table = Optional.empty();
        for (Map.Entry<String, Path> entry : files.entrySet()) {
            String fileName = entry.getKey();
            Path file = entry.getValue();
            Optional<String> looksLike = Optional.empty();
            if (fileName.equals(RULESET_FILE) || fileName.equals(SCENARIOS_DIR)) {
                continue;
            } else if (fileName.startsWith("~$") || fileName.startsWith(".")) {
                continue; // the lock file Excel (~$name) or LibreOffice (.~lock.name#) keeps while a file is open, or a hidden file
            } else if (fileName.endsWith(".drl")) {
                if (dataOnly) {
                    problems.add(RuleProblem.at(file.toString(), 1, 0, SOURCE_DRL_IN_DATA_ONLY));
                } else if (regular(file, problems)) {
                    rules.put(fileName, new RuleSource(fileName, file.toString(), read(file)));
                }
            } else if (TableFile.isTableName(fileName)) {
                if (table.isPresent()) {
                    problems.add(RuleProblem.inFile(file.toString(), SOURCE_TWO_TABLES, "other", table.get().name()));
                } else if (regular(file, problems)) {
                    table = Optional.of(new TableFile(fileName, file.toString(), readBytes(file)));
                }
            } else if (fileName.equals(THRESHOLDS_FILE)) {
                if (regular(file, problems)) {
                    thresholds.add(new RuleSource(fileName, file.toString(), read(file)));
                }
            } else if (WORDING.matcher(fileName).matches() && Texts.BUNDLES.contains(bundleOf(fileName))) {
                if (regular(file, problems)) {
                    wording.add(new RuleSource(fileName, file.toString(), read(file)));
                }
            } else if (fileName.endsWith(".xls") || fileName.endsWith(".drl.xlsx") || fileName.endsWith(".ods")) {
                problems.add(RuleProblem.inFile(file.toString(), SOURCE_SPREADSHEET));
            } else if (fileName.endsWith(".csv") || fileName.endsWith(".xlsx")) {
                problems.add(RuleProblem.inFile(file.toString(), SOURCE_IGNORED_TABLE));
            } else {
                looksLike = looksLike(fileName);
            }
            looksLike.ifPresent(expected -> notices.add(RuleProblem.inFile(file.toString(), SOURCE_LOOKS_LIKE, "expected", expected)));
        }
        if (table.isEmpty() && extend) {
            table = bundled.table();
        }
        if (!dataOnly && table.isPresent() && !rules.containsKey(TABLE_RULE_FILE)) {
            bundled.rules().stream().filter(source -> source.name().equals(TABLE_RULE_FILE)).findFirst()
                    .ifPresent(source -> rules.put(source.name(), source));
        }
        if (thresholds.isEmpty()) {
            problems.add(RuleProblem.inFile(directory.resolve(THRESHOLDS_FILE).toString(), SOURCE_NO_THRESHOLDS));
        }
        List<RuleSource> scenarios = new ArrayList<>();
        Path scenarioDir = files.get(SCENARIOS_DIR);
        if (scenarioDir != null) {
            if (Files.isSymbolicLink(scenarioDir) || !Files.isDirectory(scenarioDir, LinkOption.NOFOLLOW_LINKS)) {
                problems.add(RuleProblem.inFile(scenarioDir.toString(), SOURCE_NOT_REGULAR));
            } else {
                for (Path file : list(scenarioDir, problems)) {
                    String fileName = file.getFileName().toString();
                    if (fileName.endsWith(".json")) {
                        if (regular(file, problems)) {
                            scenarios.add(new RuleSource(SCENARIOS_DIR + "/" + fileName, file.toString(), read(file)));
                        }
                    } else if (fileName.toLowerCase(Locale.ROOT).contains(".json")) {
                        notices.add(RuleProblem.inFile(file.toString(), SOURCE_LOOKS_LIKE, "expected",
                                fileName.substring(0, fileName.toLowerCase(Locale.ROOT).indexOf(".json")) + ".json"));
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleSetException(directory.toString(), problems);
        }
        return new RuleSetSources(name, directory.toString(), List.copyOf(rules.values()), thresholds, wording, scenarios,
                table, dataOnly, notices);
    }

    private static String bundleOf(String wordingFile) {
        return wordingFile.substring(0, wordingFile.indexOf('_'));
    }

    /** The names a policy team means to write: a file named almost so is not read, and said so. */
    private static final List<String> KNOWN = List.of(RULESET_FILE, THRESHOLDS_FILE, TableFile.CSV, TableFile.XLSX,
            "advice_nl.properties", "advice_fr.properties", "advice_en.properties", "labels_nl.properties",
            "labels_fr.properties", "labels_en.properties");

    /**
     * The name a file was probably meant to have: the same in another case, the same with an extra
     * extension ({@code thresholds.properties.txt}), or the old table name in another case.
     */
    static Optional<String> looksLike(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        for (String known : KNOWN) {
            if (lower.equals(known) || lower.startsWith(known + ".") || lower.startsWith(known + " ")) {
                return Optional.of(known);
            }
        }
        if (lower.equals(TableFile.LEGACY_CSV) || lower.startsWith(TableFile.LEGACY_CSV + ".")) {
            return Optional.of(TableFile.CSV);
        }
        if (lower.endsWith(".drl") || lower.contains(".drl.")) {
            return Optional.of(fileName.substring(0, lower.indexOf(".drl")) + ".drl");
        }
        if (lower.endsWith(".csv") || lower.endsWith(".xlsx") || WORDING.matcher(lower).matches()) {
            return Optional.of(lower.endsWith(".xlsx") ? TableFile.XLSX : lower.endsWith(".csv") ? TableFile.CSV : lower);
        }
        return Optional.empty();
    }

    /** The entries of a directory, in name order; a problem when it cannot be listed. */
    private static List<Path> list(Path directory, List<RuleProblem> problems) {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            problems.add(RuleProblem.inFile(directory.toString(), SOURCE_UNREADABLE, "detail", reason(e)));
            return List.of();
        }
    }

    /** True for a plain file (not a link, directory, device or pipe); else adds the problem, without reading the file. */
    private static boolean regular(Path file, List<RuleProblem> problems) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!attributes.isRegularFile()) {
                problems.add(RuleProblem.inFile(file.toString(), SOURCE_NOT_REGULAR));
                return false;
            }
            if (attributes.size() > MAX_FILE_BYTES) {
                problems.add(RuleProblem.inFile(file.toString(), SOURCE_TOO_LARGE, "limit", MAX_FILE_BYTES));
                return false;
            }
            return true;
        } catch (IOException e) {
            problems.add(RuleProblem.inFile(file.toString(), SOURCE_UNREADABLE, "detail", reason(e)));
            return false;
        }
    }

    private static String reason(Exception e) {
        Throwable cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
        String detail = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return cause instanceof java.nio.file.AccessDeniedException ? "permission denied" : detail;
    }

    /**
     * The version: the first 12 hex digits of a SHA-256 over the name and every file that decides
     * the advice (rules, thresholds, table, wording texts), so the same files always give the same version.
     */
    public String version() {
            MessageDigest digest = sha256();
            update(digest, "name", name);
            for (RuleSource source : rules.stream().sorted(java.util.Comparator.comparing(RuleSource::name)).toList()) {
                update(digest, source.name(), source.content());
            }
            for (RuleSource source : thresholds) {
                update(digest, source.name(), source.content());
            }
            if (table.isPresent()) {
                digest.update(table.get().name().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(table.get().bytes());
                digest.update((byte) 0);
            }
            // Wording by its texts, not its bytes: a file of comments only changes nothing, so it keeps the version.
            for (RuleSource source : wording.stream().sorted(java.util.Comparator.comparing(RuleSource::name)).toList()) {
                try {
                    Properties texts = properties(source.content());
                    if (!texts.isEmpty()) {
                        update(digest, source.name(), new TreeMap<>(texts).toString());
                    }
                } catch (IllegalArgumentException e) { // a malformed \\u escape, refused by the wording reader
                    update(digest, source.name(), source.content());
                }
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
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

    /** A plain file's text (UTF-8, a leading byte order mark dropped), read without following a link. */
    static String read(Path file) {
        String text = decode(readBytes(file), file.toString());
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** A plain file's bytes, at most {@link #MAX_FILE_BYTES}, opened without following a link. */
    static byte[] readBytes(Path file) {
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            byte[] bytes = in.readNBytes(MAX_FILE_BYTES + 1);
            if (bytes.length > MAX_FILE_BYTES) {
                throw new RuleSetException(file.toString(), List.of(RuleProblem.inFile(file.toString(), SOURCE_TOO_LARGE,
                        "limit", MAX_FILE_BYTES)));
            }
            return bytes;
        } catch (IOException e) {
            throw new RuleSetException(file.toString(), List.of(unreadable(file.toString(), e)));
        }
    }

    /** The system's reason (in its own words) why a file or directory cannot be read. */
    private static RuleProblem unreadable(String file, IOException e) {
        return RuleProblem.inFile(file, SOURCE_UNREADABLE, "detail", reason(e));
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
