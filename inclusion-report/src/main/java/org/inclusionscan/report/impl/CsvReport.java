package org.inclusionscan.report.impl;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.inclusionscan.model.Dimension;
import org.inclusionscan.model.Domain;
import org.inclusionscan.model.Factor;
import org.inclusionscan.model.ScanResult;
import org.inclusionscan.report.Comparison;
import org.inclusionscan.scoring.FactorScore;
import org.inclusionscan.scoring.Score;
import org.inclusionscan.scoring.ScoreCard;
import org.inclusionscan.scoring.Spread;
import org.inclusionscan.session.Agreement;
import org.inclusionscan.session.AgreementReview;

/**
 * The scores as CSV for spreadsheets: RFC 4180 (comma separated, CRLF line ends, fields with a
 * comma, quote or line break quoted, quotes doubled), a header row, numbers with a '.' decimal
 * point and four decimals at most, ids in kebab-case plus a label column in the report's language.
 * A text field that starts with {@code = + - @}, a tab or a carriage return gets a leading
 * apostrophe, so a spreadsheet never runs it as a formula.
 */
public final class CsvReport {

    static final String EOL = "\r\n";

    static final List<String> HEADER = List.of("organisation", "scan_date", "type", "id", "domain", "dimension", "label", "mean", "level",
            "answered", "dont_know", "missing", "expected", "respondents", "standard_deviation", "lowest", "highest");

    /**
     * Columns added after {@link #HEADER} only when the report has a round context (a team session or
     * earlier agreements); without one the CSV is exactly as before.
     */
    static final List<String> ROUND_HEADER = List.of("shared_score", "action", "role", "due", "tool", "agreed_on", "status");

    static final List<String> COMPARISON_HEADER = List.of("organisation", "earlier_date", "later_date", "type", "id", "domain", "dimension", "label", "before",
            "after", "delta", "change");

    private final Labeller labels;

    public CsvReport(Labeller labels) {
        this.labels = labels;
    }

    public void write(ScanResult result, Writer out) throws IOException {
        write(result, null, out);
    }

    /**
     * The scores and, with a round context, the columns of {@link #ROUND_HEADER} and the rows
     * {@code card} (the average in {@code mean}, the team's {@code shared_score}), {@code agreement}
     * (the action plan) and {@code review} (earlier agreements with their status).
     *
     * @param round null or empty for the plain report
     */
    public void write(ScanResult result, RoundSection round, Writer out) throws IOException {
        ScoreCard scores = result.scores();
        boolean extended = round != null && !round.isEmpty();
        List<String> prefix = List.of(result.scan().organisation().name(), result.scan().date().toString());
        List<String> header = new ArrayList<>(HEADER);
        if (extended) {
            header.addAll(ROUND_HEADER);
        }
        row(out, header);
        List<List<String>> scoreRows = new ArrayList<>();
        scoreRows.add(scoreRow("overall", "overall", "", "", labels.text("report.overall"), scores.overall(), null));
        for (Factor factor : Factor.values()) {
            FactorScore score = scores.factor(factor);
            scoreRows.add(scoreRow("factor", factor.id(), factor.domain().id(), "", labels.label("factor", factor),
                    score.score(), score.spread()));
        }
        for (Domain domain : Domain.values()) {
            scoreRows.add(scoreRow("domain", domain.id(), domain.id(), "", labels.label("domain", domain),
                    scores.domain(domain), null));
        }
        for (Dimension dimension : Dimension.values()) {
            scoreRows.add(scoreRow("dimension", dimension.id(), "", dimension.id(), labels.label("dimension", dimension),
                    scores.dimension(dimension), null));
        }
        for (Domain domain : Domain.values()) {
            for (Dimension dimension : Dimension.values()) {
                scoreRows.add(scoreRow("cell", domain.id() + "/" + dimension.id(), domain.id(), dimension.id(),
                        labels.label("domain", domain) + " / " + labels.label("dimension", dimension),
                        scores.cell(domain, dimension), null));
            }
        }
        for (List<String> scoreRow : scoreRows) {
            if (extended) {
                scoreRow.addAll(List.of("", "", "", "", "", "", ""));
            }
            row(out, prefix, scoreRow);
        }
        if (!extended) {
            return;
        }
        for (RoundSection.Card card : round.cards()) {
            var ref = card.outcome().card();
            List<String> cells = new ArrayList<>(List.of("card", ref.key(), ref.factor().domain().id(),
                    card.dimension() == null ? "" : card.dimension().id(), card.label(), number(card.average())));
            cells.addAll(List.of("", "", "", "", "", "", "", "", ""));
            cells.addAll(List.of(Integer.toString(card.outcome().sharedScore()), "", "", "", "", "", ""));
            row(out, prefix, cells);
        }
        for (AgreementReview review : round.plan()) {
            row(out, prefix, agreementRow("agreement", review));
        }
        for (AgreementReview review : round.reviews()) {
            row(out, prefix, agreementRow("review", review));
        }
    }

    private List<String> agreementRow(String type, AgreementReview review) {
        Agreement agreement = review.agreement();
        List<String> cells = new ArrayList<>(List.of(type, agreement.factor().id(), agreement.factor().domain().id(), "",
                labels.label("factor", agreement.factor())));
        cells.addAll(List.of("", "", "", "", "", "", "", "", "", ""));
        cells.addAll(List.of("", agreement.action(), agreement.role().id(), agreement.due().toString(),
                agreement.tool() == null ? "" : agreement.tool(), review.agreedOn().toString(), review.status().id()));
        return cells;
    }

    public void write(Comparison comparison, Writer out) throws IOException {
        List<String> prefix = List.of(comparison.organisation(), comparison.earlierDate().toString(),
                comparison.laterDate().toString());
        row(out, COMPARISON_HEADER);
        row(out, prefix, deltaRow("overall", "", "", labels.text("report.overall"), comparison.overall()));
        for (Factor factor : Factor.values()) {
            row(out, prefix, deltaRow("factor", factor.domain().id(), "", labels.label("factor", factor), comparison.factor(factor)));
        }
        for (Domain domain : Domain.values()) {
            row(out, prefix, deltaRow("domain", domain.id(), "", labels.label("domain", domain), comparison.domain(domain)));
        }
        for (Dimension dimension : Dimension.values()) {
            row(out, prefix, deltaRow("dimension", "", dimension.id(), labels.label("dimension", dimension),
                    comparison.dimension(dimension)));
        }
    }

    private static List<String> scoreRow(String type, String id, String domain, String dimension, String label,
            Score score, Spread spread) {
        List<String> row = new ArrayList<>(List.of(type, id, domain, dimension, label, number(score.mean()),
                score.level().id(), Integer.toString(score.coverage().answered()),
                Integer.toString(score.coverage().dontKnow()), Integer.toString(score.coverage().missing()),
                Integer.toString(score.coverage().expected())));
        if (spread == null) {
            row.addAll(List.of("", "", "", ""));
        } else {
            row.addAll(List.of(Integer.toString(spread.respondents()), number(spread.standardDeviation()),
                    number(spread.lowest()), number(spread.highest())));
        }
        return row;
    }

    private static List<String> deltaRow(String type, String domain, String dimension, String label,
            Comparison.Delta delta) {
        return List.of(type, delta.id(), domain, dimension, label, number(delta.before()), number(delta.after()),
                number(delta.delta()), delta.change().id());
    }

    /** A number with a '.' and at most four decimals; empty when absent. */
    static String number(Double value) {
        if (value == null) {
            return "";
        }
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    static void row(Writer out, List<String> prefix, List<String> fields) throws IOException {
        List<String> all = new ArrayList<>(prefix);
        all.addAll(fields);
        row(out, all);
    }

    static void row(Writer out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(field(fields.get(i)));
        }
        out.write(EOL);
    }

    /** One field, defused against formulas and quoted when needed. */
    public static String field(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !isNumber(text)) {
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    private static boolean isNumber(String text) {
        return text.matches("-?\\d+(\\.\\d+)?");
    }
}
