package org.inclusionscan.rules.drools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.inclusionscan.advice.Advice;
import org.inclusionscan.model.Dimension;
import org.inclusionscan.model.Factor;
import org.inclusionscan.model.Organisation;
import org.inclusionscan.model.Region;
import org.inclusionscan.model.Sector;
import org.inclusionscan.model.TargetGroup;
import org.inclusionscan.rules.Advisor;
import org.inclusionscan.rules.ScoreCards;
import org.inclusionscan.scoring.ScoreCard;
import org.inclusionscan.session.AgreementStatus;
import org.inclusionscan.session.History;
import org.inclusionscan.tools.ToolCatalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.KieBase;

/**
 * The bundled rules precompiled at build time (Drools' executable model) are used by default and
 * advise exactly like the same DRL compiled at run time, the path every rules directory takes.
 */
class PrecompiledDefaultsTest {

    private static final double[] NEAR_THRESHOLDS = {1.0, 2.49, 2.5, 2.51, 3.0, 3.24, 3.25, 3.99, 4.0, 4.01, 5.0};

    @Test
    void theDefaultAdvisorUsesTheClassesTheBuildPrecompiled() {
        assertThat(DroolsAdvisor.defaults().compiled().precompiled()).isTrue();
    }

    @Test
    void precompiledAndRunTimeCompiledRulesGiveTheSameAdviceOnGeneratedScoreCards() {
        // GIVEN the precompiled defaults and the same rule files compiled from DRL now
        CompiledRuleSet precompiled = DroolsAdvisor.defaults().compiled();
        CompiledRuleSet compiled = new RuleSetCompiler(ToolCatalogue.defaults()).compileDrl(RuleSetSources.bundled());
        assertThat(compiled.precompiled()).isFalse();
        assertThat(compiled.info()).isEqualTo(precompiled.info());
        SplittableRandom random = new SplittableRandom(20261123L);
        SplittableRandom histories = new SplittableRandom(20261201L);
        Set<String> fired = new HashSet<>();

        for (int i = 0; i < 1_500; i++) {
            ScoreCard card = card(random);
            Organisation organisation = organisation(random);
            History history = history(histories);

            // WHEN both advise
            Advice expected = compiled.advise(card, organisation, history);
            Advice actual = precompiled.advise(card, organisation, history);

            // THEN everything is the same: ids, order, priorities, figures, tools, explanations (also with a history)
            assertThat(actual).as("card %d", i).isEqualTo(expected);
            fired.addAll(expected.recommendationIds());
            // Related advice is merged into one recommendation: the rules that joined it fired too.
            expected.recommendations().forEach(r -> fired.addAll(r.reasons()));
        }
        // AND the cards made every bundled rule fire at least once
        assertThat(fired).containsAll(precompiled.rules().stream().map(RuleInfo::id).toList());
    }

    @Test
    void rulesFilesOtherThanTheOnesPrecompiledAreNotServedFromThePrecompiledClasses() {
        RuleSetSources bundled = RuleSetSources.bundled();
        List<RuleSource> changed = new ArrayList<>(bundled.rules());
        RuleSource first = changed.get(0);
        changed.set(0, new RuleSource(first.name(), first.display(), first.content() + "\n// changed\n"));
        RuleSetSources edited = new RuleSetSources(bundled.name(), bundled.origin(), changed, bundled.thresholds(),
                bundled.wording(), bundled.scenarios(), bundled.table());

        assertThat(PrecompiledDefaults.load(bundled)).isPresent();
        assertThat(PrecompiledDefaults.load(edited)).isEmpty();
    }

    @Test
    void aTrustedDirectoryWithTheBundledRuleFilesUsesThePrecompiledRuleBase(@TempDir Path directory) throws IOException {
        // GIVEN an untouched copy of the defaults and a data-only copy (no DRL, mode=extend), both read as trusted code
        Path copy = directory.resolve("copy");
        Advisor.exportDefaults(copy);
        Path data = directory.resolve("data");
        Advisor.exportDefaults(data);
        try (var files = Files.list(data)) {
            for (Path drl : files.filter(file -> file.toString().endsWith(".drl")).toList()) {
                Files.delete(drl);
            }
        }
        Files.writeString(data.resolve("ruleset.properties"), "name=data\nmode=extend\n");
        RuleSetCompiler compiler = new RuleSetCompiler(ToolCatalogue.defaults());

        // WHEN they are compiled
        CompiledRuleSet fromCopy = compiler.compile(RuleSetSources.fromDirectory(copy));
        CompiledRuleSet fromData = compiler.compile(RuleSetSources.fromDirectory(data));

        // THEN nothing was compiled: the rule base is the bundled one itself
        KieBase bundled = DroolsAdvisor.defaults().compiled().kieBase();
        assertThat(fromCopy.kieBase()).isSameAs(bundled);
        assertThat(fromData.kieBase()).isSameAs(bundled);
    }

    @Test
    void aTrustedDirectoryWithAnEditedRuleFileIsCompiled(@TempDir Path directory) throws IOException {
        // GIVEN a copy of the defaults with one rule file changed by a comment only
        Advisor.exportDefaults(directory);
        Path drl = directory.resolve("overall.drl");
        Files.writeString(drl, Files.readString(drl) + "\n// changed\n");

        // WHEN it is compiled
        CompiledRuleSet compiled = new RuleSetCompiler(ToolCatalogue.defaults()).compile(RuleSetSources.fromDirectory(directory));

        // THEN its rule base is its own
        assertThat(compiled.kieBase()).isNotSameAs(DroolsAdvisor.defaults().compiled().kieBase());
        assertThat(compiled.precompiled()).isFalse();
    }

    private static ScoreCard card(SplittableRandom random) {
        boolean strong = random.nextInt(5) == 0;
        ScoreCards.Builder builder = ScoreCards.builder().respondents(1 + random.nextInt(8))
                .allFactors(strong ? 4.0 + random.nextInt(101) / 100.0 : ScoreCards.NEUTRAL);
        for (Factor factor : Factor.values()) {
            int pick = random.nextInt(strong ? 40 : 8);
            if (pick == 0) {
                builder.absent(factor);
            } else if (pick <= 3) {
                builder.factor(factor, NEAR_THRESHOLDS[random.nextInt(NEAR_THRESHOLDS.length)]);
            }
            if (random.nextInt(4) == 0) {
                builder.spread(factor, random.nextInt(161) / 100.0);
            }
        }
        for (Dimension dimension : Dimension.values()) {
            if (random.nextInt(3) == 0) {
                builder.dimension(dimension, 1.0 + random.nextInt(401) / 100.0);
            }
        }
        return builder.build();
    }

    /** Half the cards are first rounds; the others have a previous round and earlier agreements on a few factors. */
    private static History history(SplittableRandom random) {
        if (random.nextBoolean()) {
            return History.NONE;
        }
        Map<Factor, Double> previous = new EnumMap<>(Factor.class);
        List<History.PastAgreement> agreements = new ArrayList<>();
        for (Factor factor : Factor.values()) {
            if (random.nextInt(3) == 0) {
                previous.put(factor, NEAR_THRESHOLDS[random.nextInt(NEAR_THRESHOLDS.length)]);
            }
            for (int a = random.nextInt(4) == 0 ? 1 + random.nextInt(3) : 0; a > 0; a--) {
                agreements.add(new History.PastAgreement(factor, random.nextBoolean() ? "inclusieweb" : null,
                        AgreementStatus.values()[random.nextInt(AgreementStatus.values().length)]));
            }
        }
        return new History(previous, agreements);
    }

    private static Organisation organisation(SplittableRandom random) {
        List<TargetGroup> groups = new ArrayList<>();
        for (TargetGroup group : TargetGroup.values()) {
            if (random.nextInt(4) == 0) {
                groups.add(group);
            }
        }
        return new Organisation("Generated", Region.values()[random.nextInt(Region.values().length)],
                Sector.values()[random.nextInt(Sector.values().length)], groups);
    }
}
