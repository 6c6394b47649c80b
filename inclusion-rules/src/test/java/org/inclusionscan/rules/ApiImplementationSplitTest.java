package org.inclusionscan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.inclusionscan.rules.drools.DroolsRuleEngine;
import org.inclusionscan.rules.spi.RuleEngine;
import org.junit.jupiter.api.Test;

/**
 * The API packages never reach the implementation (docs/libraries.md, "API and implementation"): read from the
 * compiled classes' constant pools, so every reference counts (imports, signatures, generics, annotations,
 * fully qualified names), not just import lines.
 */
class ApiImplementationSplitTest {

    /** API packages, as folders of the compiled classes. */
    private static final List<String> API = List.of("org/inclusionscan/rules", "org/inclusionscan/rules/spi",
            "org/inclusionscan/rules/facts");
    /** The API packages that DRL does not see: free of the rule engine itself, too. */
    private static final List<String> ENGINE_FREE = List.of("org/inclusionscan/rules", "org/inclusionscan/rules/spi");

    private static final Pattern IMPLEMENTATION = Pattern.compile("org/inclusionscan/rules/(drools|table)/[\\w$]+");
    private static final Pattern ENGINE = Pattern.compile("org/(kie|drools)/[\\w$/]+");

    @Test
    void apiPackagesReferNoImplementationClass() throws IOException {
        // GIVEN the compiled API classes
        List<Path> classes = classesOf(API);
        assertThat(classes).hasSizeGreaterThan(15);

        // WHEN their references to the implementation packages are collected
        Set<String> references = references(classes, IMPLEMENTATION);

        // THEN there are none: the API reaches the implementation only through the RuleEngine service
        assertThat(references).isEmpty();
    }

    @Test
    void theApiOutsideTheFactsNeedsNoRuleEngineClass() throws IOException {
        // GIVEN the compiled API classes other than the facts DRL rules see
        List<Path> classes = classesOf(ENGINE_FREE);

        // WHEN their references to Drools and KIE are collected
        Set<String> references = references(classes, ENGINE);

        // THEN there are none
        assertThat(references).isEmpty();
    }

    @Test
    void theDroolsEngineIsTheOneRegisteredService() {
        // WHEN the rule engines are looked up as the API looks them up
        List<Class<?>> engines = ServiceLoader.load(RuleEngine.class, RuleEngine.class.getClassLoader()).stream()
                .<Class<?>>map(ServiceLoader.Provider::type).toList();

        // THEN the one found is the Drools engine, and the API's defaults come from it
        assertThat(engines).containsExactly(DroolsRuleEngine.class);
        assertThat(RuleEngines.get()).isInstanceOf(DroolsRuleEngine.class);
        assertThat(Advisor.defaults()).isSameAs(RuleEngines.get().defaults());
    }

    /** The class files directly in these package folders (not in their subpackages). */
    private static List<Path> classesOf(List<String> packages) throws IOException {
        Path root;
        try {
            root = Path.of(Advisor.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<Path> classes = new ArrayList<>();
        for (String folder : packages) {
            try (Stream<Path> files = Files.list(root.resolve(folder))) {
                files.filter(file -> file.toString().endsWith(".class")).sorted().forEach(classes::add);
            }
        }
        return classes;
    }

    /** "Class -> referenced type" for every type name in the classes' constant pools that matches the pattern. */
    private static Set<String> references(List<Path> classes, Pattern pattern) throws IOException {
        Set<String> found = new TreeSet<>();
        for (Path file : classes) {
            for (String entry : typeNames(file)) {
                Matcher matcher = pattern.matcher(entry);
                while (matcher.find()) {
                    found.add(file.getFileName() + " -> " + matcher.group().replace('/', '.'));
                }
            }
        }
        return found;
    }

    /**
     * The UTF-8 entries of a class file's constant pool that are names or descriptors (class references,
     * field and method types, generic signatures, annotations), not string literals (JVMS 4.4).
     */
    static List<String> typeNames(Path classFile) throws IOException {
        try (InputStream in = Files.newInputStream(classFile); DataInputStream data = new DataInputStream(in)) {
            if (data.readInt() != 0xCAFEBABE) {
                throw new IOException("Not a class file: " + classFile);
            }
            data.readUnsignedShort();
            data.readUnsignedShort();
            int count = data.readUnsignedShort();
            String[] utf8 = new String[count];
            Set<Integer> literals = new HashSet<>();
            for (int index = 1; index < count; index++) {
                int tag = data.readUnsignedByte();
                switch (tag) {
                    case 1 -> utf8[index] = data.readUTF();
                    case 8 -> literals.add(data.readUnsignedShort());
                    case 7, 16, 19, 20 -> data.skipBytes(2);
                    case 15 -> data.skipBytes(3);
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> data.skipBytes(4);
                    case 5, 6 -> {
                        data.skipBytes(8);
                        index++;
                    }
                    default -> throw new IOException("Unknown constant pool tag " + tag + " in " + classFile);
                }
            }
            List<String> names = new ArrayList<>();
            for (int index = 1; index < count; index++) {
                if (utf8[index] != null && !literals.contains(index)) {
                    names.add(utf8[index]);
                }
            }
            return names;
        }
    }
}
