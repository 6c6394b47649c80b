package org.inclusionscan.rules.drools;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.inclusionscan.advice.RuleSetInfo;
import org.inclusionscan.i18n.Texts;
import org.inclusionscan.rules.RuleMessageCode;
import org.inclusionscan.rules.RuleProblem;
import org.inclusionscan.rules.RuleSetException;
import org.inclusionscan.rules.Thresholds;
import org.inclusionscan.tools.ToolCatalogue;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.runtime.KieContainer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compiles rule set sources with Drools' classic DRL builder ({@code drools-engine} +
 * {@code drools-mvel} + {@code drools-decisiontables}): thresholds first, then the checks Drools
 * cannot make (tool ids, threshold keys, data-only decision tables), then the DRL compiler. Every
 * problem of every file is reported at once, located; nothing half-built is ever returned.
 */
public final class RuleSetCompiler {

    private static final Logger LOG = LoggerFactory.getLogger(RuleSetCompiler.class);
    private static final String KFS_ROOT = "src/main/resources/";
    private static final Pattern LOCATION = Pattern.compile("Line (\\d+):(\\d+)");
    private static final Pattern ERROR_PREFIX = Pattern.compile("^\\[ERR \\d+\\]\\s*(Line \\d+:\\d+\\s*)?");
    private static final AtomicLong BUILDS = new AtomicLong();

    private final ToolCatalogue catalogue;

    public RuleSetCompiler(ToolCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /**
     * @throws RuleSetException with every located problem when the rule set cannot be used
     */
    public CompiledRuleSet compile(RuleSetSources sources) {
        return compile(sources, null);
    }

    /**
     * The same checks as {@link #compile(RuleSetSources)}, but with a rule base built before (the
     * bundled rules precompiled at build time, see {@link PrecompiledDefaults}) instead of compiling
     * the DRL again. The caller vouches that the rule base was built from exactly these rule files.
     */
    CompiledRuleSet compile(RuleSetSources sources, KieBase precompiled) {
        long started = System.nanoTime();
        List<RuleProblem> problems = new ArrayList<>();
        Optional<Thresholds> thresholds = ThresholdsReader.read(sources.thresholds(), problems);
        List<RuleInfo> rules = new ArrayList<>();
        List<RuleSource> compilable = new ArrayList<>();
        DecisionTableChecker tables = DecisionTableChecker.fromBundledTemplate();
        for (RuleSource file : sources.rules()) {
            if (file.isDecisionTable()) {
                int before = problems.size();
                rules.addAll(tables.check(file, catalogue.ids(), problems));
                if (problems.size() == before) {
                    compilable.add(file);
                }
            } else {
                rules.addAll(DrlScanner.scan(file, catalogue.ids(), thresholds.orElse(null), problems));
                compilable.add(file);
            }
        }
        if (sources.rules().isEmpty()) {
            problems.add(RuleProblem.inFile(sources.origin(), RuleMessageCode.RULESET_NO_RULE_FILES));
        }
        Texts texts = Texts.defaults();
        if (sources.wording().isPresent()) {
            try {
                texts = texts.withOverrides(sources.wording().get());
            } catch (IOException | IllegalArgumentException e) {
                problems.add(RuleProblem.inFile(sources.wording().get().toString(), RuleMessageCode.RULESET_WORDING_UNREADABLE,
                        "detail", String.valueOf(e.getMessage())));
            }
        }
        String version = sources.version();
        if (precompiled != null && !problems.isEmpty()) {
            throw new RuleSetException(sources.origin(), problems);
        }
        KieBase kieBase = precompiled == null ? build(sources, compilable, problems) : precompiled;
        Set<String> globals = new HashSet<>();
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            kiePackage.getGlobalVariables().forEach(global -> globals.add(global.getName()));
        }
        RuleSetInfo info = new RuleSetInfo(sources.name(), version);
        LOG.info("{} rule set {} {} from {}: {} rules in {} ms", precompiled == null ? "Built" : "Loaded precompiled",
                info.name(), info.version(), sources.origin(), rules.size(), (System.nanoTime() - started) / 1_000_000);
        return new CompiledRuleSet(info, sources, thresholds.orElseThrow(), texts, catalogue, kieBase, globals, rules, precompiled != null);
    }

    /** The classic DRL build; every problem is added, and thrown with the ones found before. */
    private static KieBase build(RuleSetSources sources, List<RuleSource> compilable, List<RuleProblem> problems) {
        KieServices kieServices = KieServices.get();
        ReleaseId releaseId = kieServices.newReleaseId("org.inclusionscan.rulesets", "ruleset",
                sources.version() + "-" + BUILDS.incrementAndGet());
        KieFileSystem files = fileSystem(kieServices, releaseId, compilable);
        List<Message> errors;
        try {
            KieBuilder builder = kieServices.newKieBuilder(files).buildAll();
            errors = builder.getResults().getMessages(Message.Level.ERROR);
        } catch (RuntimeException e) {
            // Drools throws, rather than reports, what its decision-table parser cannot read (a
            // DecisionTableParseException); the table checker should stop such a table first.
            kieServices.getRepository().removeKieModule(releaseId);
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
            String file = sources.rules().stream().filter(source -> message.contains(source.name())).map(RuleSource::display)
                    .findFirst().orElse(sources.origin());
            problems.add(RuleProblem.inFile(file, RuleMessageCode.DROOLS_CANNOT_READ, "detail", message));
            throw new RuleSetException(sources.origin(), problems);
        }
        for (Message error : errors) {
            located(error, sources).ifPresent(problems::add);
        }
        if (!errors.isEmpty() || !problems.isEmpty()) {
            kieServices.getRepository().removeKieModule(releaseId);
            problems.sort(Comparator.comparing(RuleProblem::file).thenComparingInt(RuleProblem::line)
                    .thenComparingInt(RuleProblem::column));
            if (problems.isEmpty()) {
                problems.add(RuleProblem.inFile(sources.origin(), RuleMessageCode.DROOLS_REFUSED_UNLOCATED));
            }
            throw new RuleSetException(sources.origin(), problems);
        }
        KieContainer container = kieServices.newKieContainer(releaseId);
        KieBase kieBase = container.getKieBase();
        kieServices.getRepository().removeKieModule(releaseId);
        return kieBase;
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
    private static final Pattern TABLE_PACKAGE = Pattern.compile("(?m)^\"?RuleSet\"?\\s*,\\s*\"?([\\w.]+)");

    /** Where Drools wants a file: in the folder of its package (else it warns). */
    private static String kieFileSystemPath(RuleSource file) {
        Matcher matcher = (file.isDecisionTable() ? TABLE_PACKAGE : DRL_PACKAGE).matcher(file.content());
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
        if (file != null && file.isDecisionTable()) {
            return Optional.of(RuleProblem.inFile(display, RuleMessageCode.DROOLS_REPORTED_IN_TABLE, "line", line, "detail", cleaned));
        }
        return Optional.of(RuleProblem.at(display, line, column, RuleMessageCode.DROOLS_REPORTED, "detail", cleaned));
    }
}
