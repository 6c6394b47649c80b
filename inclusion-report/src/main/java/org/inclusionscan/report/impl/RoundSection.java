package org.inclusionscan.report.impl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.inclusionscan.model.Dimension;
import org.inclusionscan.model.ScanResult;
import org.inclusionscan.questionnaire.Item;
import org.inclusionscan.scan.Answer;
import org.inclusionscan.scan.Respondent;
import org.inclusionscan.session.Agreement;
import org.inclusionscan.session.AgreementReview;
import org.inclusionscan.session.AgreementStatus;
import org.inclusionscan.session.AnswerDistribution;
import org.inclusionscan.session.CardKind;
import org.inclusionscan.session.CardOutcome;
import org.inclusionscan.session.RoundContext;
import org.inclusionscan.tools.ToolCatalogue;

/**
 * What every format shows of a round's context (the team session's agreed picture and the review
 * of earlier agreements), worked out once: each card's label and average, the review's counts.
 * The average of a factor card is the factor's score; that of an item card the mean of the answers
 * as given (the statement's own scale, like the deck and the shared score).
 */
public final class RoundSection {

    /** One card played, with what the report needs beside the outcome. */
    public record Card(CardOutcome outcome, String label, Double average, Dimension dimension) {
    }

    private final RoundContext round;
    private final List<Card> cards;

    private RoundSection(RoundContext round, List<Card> cards) {
        this.round = round;
        this.cards = List.copyOf(cards);
    }

    /**
     * @throws IllegalArgumentException when a card names an item the questionnaire lacks or of
     *         another factor, or an agreement names a tool outside the catalogue
     */
    public static RoundSection of(ScanResult result, RoundContext round, Labeller labels, ToolCatalogue tools) {
        List<Card> cards = new ArrayList<>();
        round.picture().ifPresent(picture -> {
            picture.checkedAgainst(tools);
            for (CardOutcome outcome : picture.outcomes()) {
                var ref = outcome.card();
                if (ref.kind() == CardKind.FACTOR) {
                    cards.add(new Card(outcome, labels.label("factor", ref.factor()), result.scores().factor(ref.factor()).mean(), null));
                    continue;
                }
                Item item = result.questionnaire().item(ref.id()).orElseThrow(() -> new IllegalArgumentException(
                        "The card (%s) names an item that questionnaire (%s) does not have.".formatted(ref.key(), result.questionnaire().id())));
                if (item.factor() != ref.factor()) {
                    throw new IllegalArgumentException("The card (%s) says factor (%s), but the item is about factor (%s)."
                            .formatted(ref.key(), ref.factor().id(), item.factor().id()));
                }
                List<Answer> answers = new ArrayList<>();
                for (Respondent respondent : result.scan().respondents()) {
                    Answer answer = respondent.answers().get(item.id());
                    if (answer != null) {
                        answers.add(answer);
                    }
                }
                cards.add(new Card(outcome, item.text(labels.language()), AnswerDistribution.of(answers).mean(), item.dimension()));
            }
        });
        return new RoundSection(round, cards);
    }

    public boolean isEmpty() {
        return round.isEmpty();
    }

    public RoundContext round() {
        return round;
    }

    public List<Card> cards() {
        return cards;
    }

    public List<AgreementReview> plan() {
        return round.picture().map(picture -> picture.asOpenReviews()).orElse(List.of());
    }

    public List<AgreementReview> reviews() {
        return round.reviews();
    }

    public int count(AgreementStatus status) {
        return (int) round.reviews().stream().filter(review -> review.status() == status).count();
    }

    /** The view for the HTML and Markdown templates. */
    public Views.SessionView view(Labeller labels) {
        Formats formats = labels.formats();
        List<Views.OutcomeView> outcomes = new ArrayList<>();
        for (Card card : cards) {
            outcomes.add(new Views.OutcomeView(card.outcome().card().key(), labels.label("card-kind", card.outcome().card().kind()),
                    card.label(), labels.label("factor", card.outcome().card().factor()), formats.mean(card.average()),
                    formats.integer(card.outcome().sharedScore()), formats.integer(card.outcome().agreements().size())));
        }
        return new Views.SessionView(round.agreedPicture() != null,
                round.picture().map(picture -> formats.date(picture.heldOn())).orElse(""), outcomes,
                plan().stream().map(review -> agreement(review, labels)).toList(), !round.reviews().isEmpty(),
                round.reviews().stream().map(review -> agreement(review, labels)).toList(),
                formats.integer(count(AgreementStatus.DONE)), formats.integer(count(AgreementStatus.ONGOING)),
                formats.integer(count(AgreementStatus.DROPPED)), formats.integer(count(AgreementStatus.OPEN)));
    }

    private static Views.AgreementView agreement(AgreementReview review, Labeller labels) {
        Agreement agreement = review.agreement();
        String tool = agreement.tool() == null ? "" : labels.toolName(agreement.tool());
        return new Views.AgreementView(labels.label("factor", agreement.factor()), agreement.action(),
                labels.label("role", agreement.role()), labels.formats().date(agreement.due()), tool, agreement.tool() != null,
                labels.formats().date(review.agreedOn()), review.status().id(), labels.label("agreement-status", review.status()));
    }

    /** The status counts of the review, in the order open, ongoing, done, dropped. */
    public Map<String, Integer> counts() {
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        for (AgreementStatus status : AgreementStatus.values()) {
            counts.put(status.id(), count(status));
        }
        return counts;
    }
}
