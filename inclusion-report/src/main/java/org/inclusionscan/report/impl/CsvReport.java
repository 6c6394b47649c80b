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
 * The scores as CSV for spreadsheets: RFC 4180 (comma separated, CRLF line ends, quotes doubled),
 * a header row, ids in kebab-case plus a label column in the report's language.
 *
 * <p>Safe for spreadsheets with {@code ,} and with {@code ;} as list separator (OWASP's CSV
 * injection guidance): every text cell is quoted, so a {@code ;} or {@code ,} inside it never
 * starts a new cell, and an apostrophe goes before every formula start ({@code = + - @}, a tab or a
 * carriage return) at the beginning of the text and after any {@code ,}, {@code ;} or line break in
 * it (spaces between count as nothing), so the text stays text even when a program splits the
 * line at the wrong separator. Numbers are written bare, with a '.' decimal point and four
 * decimals at most, so a spreadsheet reads them as numbers; nothing but the program's own numbers
 * is written bare.
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
        List<Object> prefix = List.of(result.scan().organisation().name(), result.scan().date().toString());
        List<Object> header = new ArrayList<>(HEADER);
        if (extended) {
            header.addAll(ROUND_HEADER);
        }
        row(out, header);
        List<List<Object>> scoreRows = new ArrayList<>();
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
        for (List<Object> scoreRow : scoreRows) {
            if (extended) {
                scoreRow.addAll(blanks(ROUND_HEADER.size()));
            }
            row(out, prefix, scoreRow);
        }
        if (!extended) {
            return;
        }
        for (RoundSection.Card card : round.cards()) {
            var ref = card.outcome().card();
            List<Object> cells = new ArrayList<>(List.of("card", ref.key(), ref.factor().domain().id(),
                    card.dimension() == null ? "" : card.dimension().id(), card.label(), numeric(card.average())));
            cells.addAll(blanks(HEADER.size() - 2 - cells.size()));
            cells.add(card.outcome().sharedScore());
            cells.addAll(blanks(ROUND_HEADER.size() - 1));
            row(out, prefix, cells);
        }
        for (AgreementReview review : round.plan()) {
            row(out, prefix, agreementRow("agreement", review, HEADER.size() - 2));
        }
        for (AgreementReview review : round.reviews()) {
            row(out, prefix, agreementRow("review", review, HEADER.size() - 2));
        }
    }

    /**
     * An agreement's row after the prefix: type, factor id, domain, no dimension, the factor's label,
     * blank cells up to {@code width}, then the columns of {@link #ROUND_HEADER} (no shared score).
     */
    private List<Object> agreementRow(String type, AgreementReview review, int width) {
        Agreement agreement = review.agreement();
        List<Object> cells = new ArrayList<>(List.of(type, agreement.factor().id(), agreement.factor().domain().id(), "",
                labels.label("factor", agreement.factor())));
        cells.addAll(blanks(width - cells.size()));
        cells.add(Numeric.ABSENT);
        cells.addAll(List.of(agreement.action(), agreement.role().id(), agreement.due().toString(),
                agreement.tool() == null ? "" : agreement.tool(), review.agreedOn().toString(), review.status().id()));
        return cells;
    }

    /** Empty cells, for the columns a row has no value in. */
    private static List<Object> blanks(int count) {
        return java.util.Collections.nCopies(count, Numeric.ABSENT);
    }

    public void write(Comparison comparison, Writer out) throws IOException {
        write(comparison, null, out);
    }

    /**
     * The deltas and, with reviews of the earlier round's agreements, the columns of {@link #ROUND_HEADER}
     * and a {@code review} row per agreement with its status, as in the round report.
     *
     * @param round null or without reviews for the plain comparison
     */
    public void write(Comparison comparison, RoundSection round, Writer out) throws IOException {
        boolean extended = round != null && !round.reviews().isEmpty();
        List<Object> header = new ArrayList<>(COMPARISON_HEADER);
        if (extended) {
            header.addAll(ROUND_HEADER);
        }
        List<Object> prefix = List.of(comparison.organisation(), comparison.earlierDate().toString(),
                comparison.laterDate().toString());
        row(out, header);
        List<List<Object>> deltaRows = new ArrayList<>();
        deltaRows.add(deltaRow("overall", "", "", labels.text("report.overall"), comparison.overall()));
        for (Factor factor : Factor.values()) {
            deltaRows.add(deltaRow("factor", factor.domain().id(), "", labels.label("factor", factor), comparison.factor(factor)));
        }
        for (Domain domain : Domain.values()) {
            deltaRows.add(deltaRow("domain", domain.id(), "", labels.label("domain", domain), comparison.domain(domain)));
        }
        for (Dimension dimension : Dimension.values()) {
            deltaRows.add(deltaRow("dimension", "", dimension.id(), labels.label("dimension", dimension),
                    comparison.dimension(dimension)));
        }
        for (List<Object> deltaRow : deltaRows) {
            if (extended) {
                deltaRow.addAll(blanks(ROUND_HEADER.size()));
            }
            row(out, prefix, deltaRow);
        }
        if (!extended) {
            return;
        }
        for (AgreementReview review : round.reviews()) {
            row(out, prefix, agreementRow("review", review, COMPARISON_HEADER.size() - 3));
        }
    }

    private static List<Object> scoreRow(String type, String id, String domain, String dimension, String label,
            Score score, Spread spread) {
        List<Object> row = new ArrayList<>(List.of(type, id, domain, dimension, label, numeric(score.mean()),
                score.level().id(), score.coverage().answered(), score.coverage().dontKnow(), score.coverage().missing(),
                score.coverage().expected()));
        if (spread == null) {
            row.addAll(List.of(Numeric.ABSENT, Numeric.ABSENT, Numeric.ABSENT, Numeric.ABSENT));
        } else {
            row.addAll(List.of(spread.respondents(), numeric(spread.standardDeviation()),
                    numeric(spread.lowest()), numeric(spread.highest())));
        }
        return row;
    }

    private static List<Object> deltaRow(String type, String domain, String dimension, String label,
            Comparison.Delta delta) {
        return new ArrayList<>(List.of(type, delta.id(), domain, dimension, label, numeric(delta.before()),
                numeric(delta.after()), numeric(delta.delta()), delta.change().id()));
    }

    /** A number cell: written bare, empty when absent. */
    record Numeric(String text) {
        static final Numeric ABSENT = new Numeric("");
    }

    private static Numeric numeric(Double value) {
        return new Numeric(number(value));
    }

    /** A number with a '.' and at most four decimals; empty when absent. */
    static String number(Double value) {
        if (value == null) {
            return "";
        }
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    static void row(Writer out, List<Object> prefix, List<Object> fields) throws IOException {
        List<Object> all = new ArrayList<>(prefix);
        all.addAll(fields);
        row(out, all);
    }

    /** One row: strings are text cells, {@link Numeric}s and integers number cells. */
    static void row(Writer out, List<?> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            Object field = fields.get(i);
            out.write(field instanceof Numeric number ? number.text()
                    : field instanceof Integer || field instanceof Long ? field.toString()
                    : field(field == null ? null : field.toString()));
        }
        out.write(EOL);
    }

    /**
     * A text cell: always quoted, quotes doubled, and an apostrophe before every formula start at
     * the beginning and after any separator or line break (OWASP CSV injection guidance), so it
     * is text in spreadsheets with {@code ,} or {@code ;} as list separator.
     */
    public static String field(String value) {
        String text = value == null ? "" : value;
        StringBuilder cell = new StringBuilder(text.length() + 8).append('"');
        boolean cellStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (cellStart && FORMULA_STARTS.indexOf(c) >= 0) {
                cell.append('\'');
            }
            cell.append(c == '"' ? "\"\"" : String.valueOf(c));
            if (SEPARATORS.indexOf(c) >= 0) {
                cellStart = true;
            } else if (c != ' ') {
                cellStart = false;
            }
        }
        return cell.append('"').toString();
    }

    /** What makes a spreadsheet read a cell as a formula. */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    /** What a spreadsheet (or a program splitting at the wrong separator) may start a new cell after. */
    private static final String SEPARATORS = ",;\n\r\t";
}
