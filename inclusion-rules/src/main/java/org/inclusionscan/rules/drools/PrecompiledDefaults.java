package org.inclusionscan.rules.drools;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.Model;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.modelcompiler.CanonicalKieModule;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bundled rules, precompiled at build time so that a fresh process does not compile DRL.
 *
 * <p>During the build ({@code process-classes}, see inclusion-rules/pom.xml) {@link #main} turns
 * the bundled DRL (with the rule that matches the factor table's rows) into Drools' executable model: plain Java classes, written
 * next to the module's own classes, plus an index naming the model classes and a digest of the
 * rule files they came from. At run time {@link #load} builds the rule base from those classes
 * (no parsing, no Java compiler) when the digest still matches the bundled rule files; otherwise
 * (an IDE run without the build step, an edited rule file) the caller compiles the DRL as before.
 * Rules directories of policy teams are always compiled from their DRL, which gives located errors.
 */
public final class PrecompiledDefaults {

    private static final Logger LOG = LoggerFactory.getLogger(PrecompiledDefaults.class);
    static final String INDEX = "org/inclusionscan/rules/defaults.precompiled";
    private static final String MODELS = "models";
    private static final String DIGEST = "rules.digest";

    private PrecompiledDefaults() {
    }

    /**
     * The precompiled rule base of these rule files, if the build made one for exactly them.
     * Never throws: any trouble is logged and answered with empty, so the DRL is compiled instead.
     */
    static Optional<KieBase> load(RuleSetSources sources) {
        Properties index = new Properties();
        try (InputStream in = PrecompiledDefaults.class.getClassLoader().getResourceAsStream(INDEX)) {
            if (in == null) {
                LOG.debug("No precompiled default rules on the class path; compiling the DRL.");
                return Optional.empty();
            }
            index.load(in);
        } catch (IOException e) {
            LOG.warn("The index of the precompiled default rules cannot be read ({}); compiling the DRL.", e.getMessage());
            return Optional.empty();
        }
        if (!digest(sources.rules()).equals(index.getProperty(DIGEST))) {
            LOG.warn("The precompiled default rules were built from other rule files than the bundled ones; compiling the DRL.");
            return Optional.empty();
        }
        try {
            List<Model> models = new ArrayList<>();
            for (String name : index.getProperty(MODELS, "").split(",")) {
                if (!name.isBlank()) {
                    Class<?> type = Class.forName(name.strip(), true, PrecompiledDefaults.class.getClassLoader());
                    models.add((Model) type.getDeclaredConstructor().newInstance());
                }
            }
            if (models.isEmpty()) {
                LOG.warn("The index of the precompiled default rules names no model; compiling the DRL.");
                return Optional.empty();
            }
            return Optional.of(KieBaseBuilder.createKieBaseFromModel(models));
        } catch (ReflectiveOperationException | ClassCastException | LinkageError e) {
            LOG.warn("The precompiled default rules cannot be loaded ({}); compiling the DRL.", e.toString());
            return Optional.empty();
        }
    }

    /** A SHA-256 over the rule files (name and content, line ends normalised), in name order. */
    static String digest(List<RuleSource> rules) {
        MessageDigest digest = RuleSetSources.sha256();
        for (RuleSource source : rules.stream().sorted(Comparator.comparing(RuleSource::name)).toList()) {
            RuleSetSources.update(digest, source.name(), source.content());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * Build step: writes the executable model of the bundled rules into the class folder given as
     * the only argument. Fails the build on any rule error.
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: PrecompiledDefaults CLASS_FOLDER");
        }
        Path classes = Path.of(args[0]);
        RuleSetSources sources = RuleSetSources.bundled();
        KieServices kieServices = KieServices.get();
        ReleaseId releaseId = kieServices.newReleaseId("org.inclusionscan.rulesets", "defaults-precompiled", "1");
        KieBuilder builder = kieServices.newKieBuilder(RuleSetCompiler.fileSystem(kieServices, releaseId, sources.rules()))
                .buildAll(ExecutableModelProject.class);
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            throw new IllegalStateException("The bundled rules do not compile to the executable model: " + errors);
        }
        InternalKieModule module = (InternalKieModule) builder.getKieModule();
        InternalKieModule inner = module instanceof CanonicalKieModule canonical ? canonical.getInternalKieModule() : module;
        int written = 0;
        for (String name : inner.getFileNames()) {
            // Only the rules' own classes: the generic project class (org.drools.project.model) would
            // clash with other rule jars on an embedder's class path, and it is not needed here.
            if (name.endsWith(".class") && name.startsWith("org/inclusionscan/")) {
                Path target = classes.resolve(name);
                Files.createDirectories(target.getParent());
                Files.write(target, inner.getBytes(name));
                written++;
            }
        }
        String modelList = new String(inner.getBytes(CanonicalKieModule.getModelFileWithGAV(releaseId)), StandardCharsets.UTF_8);
        // The list starts with a version header ("Drools-Model-Version:10.1.0"); the rest are class names.
        List<String> models = modelList.lines().map(String::strip).filter(line -> line.matches("[\\w.$]+")).toList();
        // Written by hand rather than by Properties.store, which adds the date: the same rules give the same file.
        String index = "# The bundled rules as Drools' executable model, written by the build (PrecompiledDefaults).\n"
                + MODELS + "=" + String.join(",", models) + "\n" + DIGEST + "=" + digest(sources.rules()) + "\n";
        Path indexFile = classes.resolve(INDEX);
        Files.createDirectories(indexFile.getParent());
        Files.writeString(indexFile, index, StandardCharsets.ISO_8859_1);
        LOG.info("Precompiled the bundled rules: {} classes, models {}", written, models);
    }
}
