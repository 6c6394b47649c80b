package org.inclusionscan.examples;

import java.io.PrintStream;
import java.util.Locale;
import org.inclusionscan.i18n.Texts;
import org.inclusionscan.model.Factor;
import org.inclusionscan.model.Language;
import org.inclusionscan.questionnaire.QuestionnaireRegistry;
import org.inclusionscan.scan.Scan;
import org.inclusionscan.scoring.FactorScore;
import org.inclusionscan.scoring.ScoreCard;
import org.inclusionscan.scoring.Scorer;

/** The demo: scores the bundled example organisations and prints their factor scores. */
public final class Demo {

    private Demo() {
    }

    public static void main(String[] args) {
        run(Language.NL, System.out);
    }

    static void run(Language language, PrintStream out) {
        Texts texts = Texts.defaults();
        Scorer scorer = Scorer.create();
        for (ExampleScan example : ExampleScan.values()) {
            Scan scan = example.read();
            ScoreCard card = scorer.score(scan, QuestionnaireRegistry.defaultQuestionnaire());
            out.printf("%n%s (%s, %s)%n", scan.organisation().name(), scan.date(), example.fileName());
            for (Factor factor : Factor.values()) {
                FactorScore score = card.factor(factor);
                String mean = score.mean() == null ? "-" : String.format(Locale.ROOT, "%.2f", score.mean());
                out.printf("  %-45s %5s  %s%n", texts.label(language, "factor", factor), mean,
                        texts.label(language, "level", score.score().level()));
            }
        }
    }
}
