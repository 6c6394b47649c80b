package org.inclusionscan.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;
import org.inclusionscan.model.HasId;
import org.inclusionscan.model.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every text a person reads, in Dutch, French and English. Texts come from UTF-8 properties
 * bundles named {@code <bundle>_<language>.properties} next to this class (any module may add a
 * bundle of a known name); a policy team's directory can override any key.
 *
 * <p>Placeholders are named, {@code {factor}}, and filled by {@link #get(Language, String, Map)};
 * a count picks its words with {@code {count, plural, one {# problem} other {# problems}}} (see
 * {@link #placeholders(String)}). There is no MessageFormat, so apostrophes need no escaping.
 * Immutable and thread-safe.
 */
public final class Texts {

    private static final Logger LOG = LoggerFactory.getLogger(Texts.class);

    /** The bundles looked for, in this order; later bundles may not redefine earlier keys. */
    public static final List<String> BUNDLES = List.of("labels", "tools", "advice", "problems", "rules", "report", "cli", "server");

    /**
     * An argument value that starts with this names a text key: a message shows that text in its
     * own language (for example {@code @vocabulary.role} becomes "role" or "rol").
     */
    public static final String TEXT_KEY = "@";

    private static volatile Texts defaults;

    /** Where each language's texts come from; asked once per language, on first use. */
    private final Function<Language, Map<String, String>> source;
    /** The texts of each language read so far, by {@link Language#ordinal()}. */
    private final AtomicReferenceArray<Map<String, String>> loaded = new AtomicReferenceArray<>(Language.values().length);

    /**
     * @param source the texts of a language (an unmodifiable map); called at most once per language,
     *               or twice when two threads ask at once (both give the same texts)
     */
    private Texts(Function<Language, Map<String, String>> source) {
        this.source = source;
    }

    /** A language's texts, read on first use: a command in one language never reads the other two. */
    private Map<String, String> texts(Language language) {
        Map<String, String> texts = loaded.get(language.ordinal());
        if (texts == null) {
            texts = source.apply(language);
            if (!loaded.compareAndSet(language.ordinal(), null, texts)) {
                texts = loaded.get(language.ordinal());
            }
        }
        return texts;
    }

    /**
     * The bundled texts of every module on the class path.
     *
     * @return the shared texts
     */
    public static Texts defaults() {
        Texts result = defaults;
        if (result == null) {
            synchronized (Texts.class) {
                result = defaults;
                if (result == null) {
                    result = loadBundled();
                    defaults = result;
                }
            }
        }
        return result;
    }

    private static Texts loadBundled() {
        return new Texts(Texts::loadBundled);
    }

    /** The bundled texts of one language, from every bundle on the class path. */
    private static Map<String, String> loadBundled(Language language) {
        Map<String, String> merged = new HashMap<>();
        for (String bundle : BUNDLES) {
            String name = bundle + "_" + language.id() + ".properties";
            try (InputStream in = Texts.class.getResourceAsStream(name)) {
                if (in != null) {
                    merged.putAll(read(new InputStreamReader(in, StandardCharsets.UTF_8)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the bundled text file (" + name + ").", e);
            }
        }
        return Map.copyOf(merged);
    }

    /**
     * These texts with the keys of every {@code *_nl.properties}, {@code *_fr.properties} and
     * {@code *_en.properties} file in the directory laid over them (a policy team's wording).
     *
     * @param directory the directory with the wording files
     * @return new texts; these stay as they are
     * @throws IOException when a file cannot be read
     */
    public Texts withOverrides(Path directory) throws IOException {
        Map<Language, Map<String, String>> all = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            Map<String, String> merged = new HashMap<>(texts(language));
            String suffix = "_" + language.id() + ".properties";
            if (Files.isDirectory(directory)) {
                try (var files = Files.list(directory)) {
                    for (Path file : files.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList()) {
                        try (Reader reader = new StringReader(withoutByteOrderMark(Files.readString(file, StandardCharsets.UTF_8)))) {
                            Map<String, String> overrides = read(reader);
                            LOG.debug("Read {} texts from {}", overrides.size(), file);
                            merged.putAll(overrides);
                        }
                    }
                }
            }
            all.put(language, Map.copyOf(merged));
        }
        return new Texts(all::get);
    }

    /** A text without the byte order mark some editors put first (else the first key would silently not match). */
    private static String withoutByteOrderMark(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /**
     * These texts with the given texts laid over them, key by key, per language.
     *
     * @param overrides the texts to lay over these, by language and key
     * @return new texts; these stay unchanged
     */
    public Texts withTexts(Map<Language, Map<String, String>> overrides) {
        Map<Language, Map<String, String>> copy = new EnumMap<>(Language.class);
        overrides.forEach((language, texts) -> copy.put(language, Map.copyOf(texts)));
        return new Texts(language -> {
            Map<String, String> merged = new HashMap<>(texts(language));
            merged.putAll(copy.getOrDefault(language, Map.of()));
            return Map.copyOf(merged);
        });
    }

    private static Map<String, String> read(Reader reader) throws IOException {
        Properties properties = new Properties();
        properties.load(reader);
        Map<String, String> result = new HashMap<>();
        properties.stringPropertyNames().forEach(key -> result.put(key, properties.getProperty(key).strip()));
        return result;
    }

    /**
     * The text of a key, if it has one.
     *
     * @param language nl, fr or en
     * @param key      the key, e.g. {@code advice.factor.vision.weak.title}
     * @return the text with its placeholders unfilled, or empty
     */
    public Optional<String> find(Language language, String key) {
        return Optional.ofNullable(texts(language).get(key));
    }

    /**
     * Whether a key has a text.
     *
     * @param language nl, fr or en
     * @param key      the key
     * @return true when it has
     */
    public boolean has(Language language, String key) {
        return texts(language).containsKey(key);
    }

    /**
     * The text of the key.
     *
     * @param language nl, fr or en
     * @param key      the key
     * @return the text with its placeholders unfilled
     * @throws MissingTextException when the key has no text in that language
     */
    public String get(Language language, String key) {
        String text = texts(language).get(key);
        if (text == null) {
            throw new MissingTextException(language, key);
        }
        return text;
    }

    /**
     * The text of the key with its {@code {name}} placeholders filled from the arguments.
     *
     * @param language  nl, fr or en
     * @param key       the key
     * @param arguments the value of each placeholder by name
     * @return the filled text
     * @throws MissingTextException when the key has no text in that language
     */
    public String get(Language language, String key, Map<String, ?> arguments) {
        return Template.fill(language, get(language, key), arguments);
    }

    /**
     * The argument names a text uses, in its simple placeholders ({@code {count}}), its plural
     * placeholders ({@code {count, plural, one {# item} other {# items}}}) and inside their choices.
     *
     * @param template a text as in a bundle
     * @return the names, sorted
     */
    public static Set<String> placeholders(String template) {
        Set<String> names = new TreeSet<>();
        Template.names(template, names);
        return names;
    }

    /**
     * What is wrong with a text's plural placeholders, for checking a policy team's wording.
     *
     * @param template a text as in a bundle
     * @return the first placeholder that looks like a plural but cannot be read, or empty
     */
    public static Optional<String> placeholderProblem(String template) {
        return Optional.ofNullable(Template.problem(template));
    }

    /**
     * The text of the key with its placeholders filled, for messages about a user's input: an
     * argument whose value is {@link #TEXT_KEY} and a key with a text shows that text, itself filled
     * from the same arguments (where those show their texts plain).
     *
     * @param language  nl, fr or en
     * @param key       the key
     * @param arguments the value of each placeholder by name
     * @return the filled text
     * @throws MissingTextException when the key has no text in that language
     */
    public String message(Language language, String key, Map<String, String> arguments) {
        Map<String, String> plain = new HashMap<>(arguments);
        plain.replaceAll((name, value) -> isTextKey(language, value) ? get(language, value.substring(1)) : value);
        // One level deeper: a text named by an argument may itself name a text (a hint inside a problem).
        Map<String, String> labels = new HashMap<>(arguments);
        labels.replaceAll((name, value) -> isTextKey(language, value) ? get(language, value.substring(1), plain) : value);
        Map<String, String> shown = new HashMap<>(labels);
        shown.replaceAll((name, value) -> isTextKey(language, arguments.get(name))
                ? get(language, arguments.get(name).substring(1), labels) : value);
        return get(language, key, shown);
    }

    private boolean isTextKey(Language language, String value) {
        return value.startsWith(TEXT_KEY) && has(language, value.substring(1));
    }

    /**
     * Message arguments from name and value pairs: {@code arguments("tool", "x", "line", 3)}.
     *
     * @param namesAndValues name, value, name, value; values are turned into strings
     * @return the arguments by name, in the order given
     */
    public static Map<String, String> arguments(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("Arguments come in name and value pairs.");
        }
        Map<String, String> arguments = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            arguments.put(String.valueOf(namesAndValues[i]), String.valueOf(namesAndValues[i + 1]));
        }
        return arguments;
    }

    /**
     * The label of a vocabulary value: key {@code <prefix>.<id>}, e.g. {@code factor.network-vitality}.
     *
     * @param language nl, fr or en
     * @param prefix   the key's prefix, e.g. {@code factor}
     * @param value    the value, e.g. a factor
     * @return the label
     * @throws MissingTextException when the key has no text in that language
     */
    public String label(Language language, String prefix, HasId value) {
        return get(language, prefix + "." + value.id());
    }

    /**
     * All keys that have a text in the language.
     *
     * @param language nl, fr or en
     * @return the keys
     */
    public Set<String> keys(Language language) {
        return Collections.unmodifiableSet(new TreeSet<>(texts(language).keySet()));
    }
}
