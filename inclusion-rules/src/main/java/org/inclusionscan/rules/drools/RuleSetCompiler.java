package org.inclusionscan.rules.drools;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.inclusionscan.advice.RuleSetInfo;
import org.inclusionscan.i18n.Texts;
import org.inclusionscan.rules.RuleMessageCode;
import org.inclusionscan.rules.RuleProblem;
import org.inclusionscan.rules.RuleSetException;
import org.inclusionscan.rules.Thresholds;
import org.inclusionscan.rules.facts.FactorRuleRow;
import org.inclusionscan.rules.table.FactorTable;
import org.inclusionscan.tools.ToolCatalogue;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.KnowledgeBuilderResult;
import org.kie.internal.builder.KnowledgeBuilderResults;
import org.kie.internal.builder.ResultSeverity;
import org.kie.internal.io.ResourceFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compiles rule set sources: thresholds first, then the checks Drools cannot make (tool ids,
 * threshold keys, wording keys), the factor table through our own parser (data, never compiled),
 * then the DRL with Drools' classic builder ({@code drools-engine} + {@code drools-mvel}). A
 * data-only rule set compiles nothing: its rule base is the bundled one, precompiled at build time.
 * Every problem of every file is reported at once, located; nothing half-built is ever returned.
 */
public final class RuleSetCompiler {

    private static final Logger LOG = LoggerFactory.getLogger(RuleSetCompiler.class);
    private static final String KFS_ROOT = "src/main/resources/";
    private static final Pattern LOCATION = Pattern.compile("Line (\\d+):(\\d+)");
    private static final Pattern ERROR_PREFIX = Pattern.compile("^\\[ERR \\d+\\]\\s*(Line \\d+:\\d+\\s*)?");

    private final ToolCatalogue catalogue;

    public RuleSetCompiler(ToolCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** The bundled rule base, built once: from the precompiled classes when they match, else compiled from the bundled DRL. */
    private static final class Bundled {
        static final Bundled INSTANCE = load();

        final KieBase kieBase;
        final boolean precompiled;

        private Bundled(KieBase kieBase, boolean precompiled) {
            this.kieBase = kieBase;
            this.precompiled = precompiled;
        }

        private static Bundled load() {
            RuleSetSources sources = RuleSetSources.bundled();
            return PrecompiledDefaults.load(sources).map(kieBase -> new Bundled(kieBase, true))
                    .orElseGet(() -> new Bundled(build(sources, sources.rules(), new ArrayList<>()), false));
        }
    }

    /**
     * @throws RuleSetException with every located problem when the rule set cannot be used
     */
    public CompiledRuleSet compile(RuleSetSources sources) {
        return compile(sources, sources.dataOnly() || sameAsBundled(sources.rules()));
    }

    /**
     * {@link #compile(RuleSetSources)}, but always with Drools' classic DRL build, even of the bundled
     * files: to compare or time a run-time build against the precompiled classes (tests, benchmarks).
     *
     * @throws RuleSetException with every located problem when the rule set cannot be used
     */
    public CompiledRuleSet compileDrl(RuleSetSources sources) {
        return compile(sources, false);
    }

    /** The digest of the bundled rule files, computed once. */
    private static final class BundledDigest {
        static final List<RuleSource> RULES = RuleSetSources.bundled().rules();
        static final String VALUE = PrecompiledDefaults.digest(RULES);
    }

    /**
     * True when these DRL files are the bundled ones, names and contents (a data-only directory read
     * without {@code --data-only}, or an untouched copy of the defaults): the same files give the same
     * rule base, so the bundled, precompiled one is used and nothing is compiled.
     */
    static boolean sameAsBundled(List<RuleSource> rules) {
        return rules.size() == BundledDigest.RULES.size() && PrecompiledDefaults.digest(rules).equals(BundledDigest.VALUE);
    }

    /**
     * The same checks as {@link #compile(RuleSetSources)}, but with the bundled rule base (built
     * once, from the classes precompiled at build time when they match, see {@link PrecompiledDefaults})
     * instead of compiling the DRL. The caller vouches that the sources' DRL files are the bundled ones.
     */
    CompiledRuleSet compileWithBundledRules(RuleSetSources sources) {
        return compile(sources, true);
    }

    private CompiledRuleSet compile(RuleSetSources sources, boolean bundledRules) {
        long started = System.nanoTime();
        List<RuleProblem> problems = new ArrayList<>();
        List<RuleProblem> notices = new ArrayList<>(sources.notices());
        Set<String> usedKeys = new TreeSet<>(Thresholds.BUILT_IN_KEYS);
        Set<String> bundledKeys = new TreeSet<>();
        for (RuleSource file : sources.rules()) {
            Set<String> keys = DrlScanner.thresholdKeys(file.content());
            usedKeys.addAll(keys);
            if (isBundled(file)) {
                bundledKeys.addAll(keys);
            }
        }
        Optional<Thresholds> thresholds = ThresholdsReader.read(sources.thresholds(), usedKeys, problems);
        if (thresholds.isPresent() && !sources.thresholds().isEmpty()) {
            String last = sources.thresholds().get(sources.thresholds().size() - 1).display();
            bundledKeys.stream().filter(key -> !thresholds.get().has(key))
                    .forEach(key -> problems.add(RuleProblem.inFile(last, RuleMessageCode.THRESHOLDS_MISSING_KEY, "key", key)));
        }
        List<RuleInfo> rules = new ArrayList<>();
        for (RuleSource file : sources.rules()) {
            boolean bundled = isBundled(file);
            List<RuleInfo> scanned = DrlScanner.scan(file, catalogue.ids(), bundled ? null : thresholds.orElse(null), problems);
            if (!(bundled && file.name().equals(RuleSetSources.TABLE_RULE_FILE))) {
                rules.addAll(scanned);
            }
        }
        List<FactorRuleRow> rows = List.of();
        if (sources.table().isPresent()) {
            Optional<FactorTable> table = FactorTable.read(sources.table().get(), catalogue.ids(), problems, notices);
            if (table.isPresent()) {
                // A row named like a DRL rule would merge with that rule's recommendation.
                Map<String, String> drlRules = new HashMap<>();
                rules.forEach(rule -> drlRules.putIfAbsent(rule.id(), rule.file()));
                for (RuleInfo row : table.get().rules()) {
                    if (drlRules.containsKey(row.id())) {
                        problems.add(RuleProblem.atCell(table.get().file(), row.line(), 1, RuleMessageCode.TABLE_RULE_ID_TAKEN,
                                "id", row.id(), "file", drlRules.get(row.id())));
                    }
                }
                rows = table.get().rows();
                rules.addAll(0, table.get().rules());
            }
        }
        if (sources.rules().isEmpty() && sources.table().isEmpty()) {
            problems.add(RuleProblem.inFile(sources.origin(), RuleMessageCode.RULESET_NO_RULE_FILES));
        }
        Texts texts = WordingReader.read(sources.wording(), rules, problems);
        String version = sources.version();
        if (bundledRules && !problems.isEmpty()) {
            throw new RuleSetException(sources.origin(), problems);
        }
        KieBase kieBase = bundledRules ? Bundled.INSTANCE.kieBase : build(sources, sources.rules(), problems);
        boolean precompiled = bundledRules && Bundled.INSTANCE.precompiled;
        Set<String> globals = new HashSet<>();
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            kiePackage.getGlobalVariables().forEach(global -> globals.add(global.getName()));
        }
        RuleSetInfo info = new RuleSetInfo(sources.name(), version);
        LOG.info("{} rule set {} {} from {}: {} rules in {} ms", bundledRules ? "Loaded bundled rules for" : "Built",
                info.name(), info.version(), sources.origin(), rules.size(), (System.nanoTime() - started) / 1_000_000);
        return new CompiledRuleSet(info, sources, thresholds.orElseThrow(), texts, catalogue, kieBase, globals, rules, rows,
                precompiled, notices);
    }

    /** A file of the bundled rules (ours), read from the class path. */
    static boolean isBundled(RuleSource file) {
        return file.display().startsWith("classpath:");
    }

    /**
     * The classic DRL build; every problem is added, and thrown with the ones found before. The DRL is compiled
     * once, by a {@link KnowledgeBuilder} (what {@code KieBuilder} runs inside), and the rule base is made from its
     * packages only when it reports no error: {@code KieBuilder.buildAll()} would also make a rule base of broken
     * files, and Drools logs that failure at ERROR ({@code KieProject}, "Unable to build KieBaseModel") although
     * we report every error, located, as a {@link RuleSetException}. No KieModule is made, so none stays in the
     * {@code KieRepository}.
     */
    private static KieBase build(RuleSetSources sources, List<RuleSource> compilable, List<RuleProblem> problems) {
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(
                KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(RuleSetCompiler.class.getClassLoader()));
        try {
            // One batch, as KieBuilder does: a file may use what a later one declares.
            CompositeKnowledgeBuilder batch = builder.batch();
            for (RuleSource file : compilable) {
                batch.add(ResourceFactory.newByteArrayResource(file.content().getBytes(StandardCharsets.UTF_8))
                        .setSourcePath(kieFileSystemPath(file)), ResourceType.DRL);
            }
            batch.build();
        } catch (RuntimeException e) {
            // Drools may throw, rather than report, what it cannot read.
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
            String file = sources.rules().stream().filter(source -> message.contains(source.name())).map(RuleSource::display)
                    .findFirst().orElse(sources.origin());
            problems.add(RuleProblem.inFile(file, RuleMessageCode.DROOLS_CANNOT_READ, "detail", message));
            throw new RuleSetException(sources.origin(), problems);
        }
        KnowledgeBuilderResults errors = builder.getResults(ResultSeverity.ERROR);
        long id = 0;
        for (KnowledgeBuilderResult error : errors) {
            located(error.asMessage(++id), sources).ifPresent(problems::add);
        }
        if (!errors.isEmpty() || !problems.isEmpty()) {
            problems.sort(Comparator.comparing(RuleProblem::file).thenComparingInt(RuleProblem::line)
                    .thenComparingInt(RuleProblem::column));
            if (problems.isEmpty()) {
                problems.add(RuleProblem.inFile(sources.origin(), RuleMessageCode.DROOLS_REFUSED_UNLOCATED));
            }
            throw new RuleSetException(sources.origin(), problems);
        }
        return builder.newKieBase();
    }

    /** The rule files of a rule set, each in the folder of its package, as Drools wants them. */
    static KieFileSystem fileSystem(KieServices kieServices, ReleaseId releaseId, List<RuleSource> ruleFiles) {
        KieFileSystem files = kieServices.newKieFileSystem();
        files.generateAndWritePomXML(releaseId);
        for (RuleSource file : ruleFiles) {
            files.write(kieFileSystemPath(file), file.content());
        }
        return files;
    }

    private static final Pattern DRL_PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)");

    /** Where Drools wants a file: in the folder of its package (else it warns). */
    private static String kieFileSystemPath(RuleSource file) {
        Matcher matcher = DRL_PACKAGE.matcher(file.content());
        String folder = matcher.find() ? matcher.group(1).replace('.', '/') + "/" : "rules/";
        return KFS_ROOT + folder + file.name();
    }

    /**
     * A Drools message as a located problem; empty for the useless line-0 duplicates. Drools' words
     * cannot be translated: they are shown inside a translated frame.
     */
    private static Optional<RuleProblem> located(Message message, RuleSetSources sources) {
        String text = message.getText() == null ? "" : message.getText().strip();
        if (text.contains("Parser returned a null Package")) {
            return Optional.empty();
        }
        String path = message.getPath() == null ? "" : message.getPath();
        RuleSource file = sources.rules().stream()
                .filter(source -> path.endsWith("/" + source.name()) || path.equals(source.name()))
                .findFirst().orElse(null);
        String display = file == null ? (path.isEmpty() ? sources.origin() : path) : file.display();
        int line = Math.max(0, message.getLine());
        int column = 0;
        Matcher location = LOCATION.matcher(text);
        if (location.find()) {
            line = Integer.parseInt(location.group(1));
            column = Integer.parseInt(location.group(2));
        }
        String cleaned = ERROR_PREFIX.matcher(text).replaceFirst("").replaceAll("\\s+", " ").strip();
        return Optional.of(RuleProblem.at(display, line, column, RuleMessageCode.DROOLS_REPORTED, "detail", cleaned));
    }
}
