package org.inclusionscan.server.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.inclusionscan.model.Language;
import org.inclusionscan.model.Role;
import org.inclusionscan.model.UnknownIdException;
import org.inclusionscan.questionnaire.Questionnaire;
import org.inclusionscan.questionnaire.QuestionnaireRegistry;
import org.inclusionscan.scan.Answer;
import org.inclusionscan.server.db.Sql;
import org.inclusionscan.server.db.Sql.Tx;
import org.inclusionscan.server.model.LinkKind;
import org.inclusionscan.server.model.LinkState;
import org.inclusionscan.server.model.RespondentLink;
import org.inclusionscan.server.model.Round;
import org.inclusionscan.server.service.Refusal.Kind;
import org.inclusionscan.server.store.LinkRepository;
import org.inclusionscan.server.store.ResponseRepository;
import org.inclusionscan.server.store.RoundRepository;

/**
 * The respondent's use cases: join through the shared link, save answers one by one (a draft on
 * the link's token), and submit. On submit the answers move to the holding area with a fresh
 * random id and no time, later to a response written in a shuffled group ({@link Holding}); the
 * draft is deleted and the link keeps only "submitted", so nothing in the database ties a
 * response to a link or a person (docs/server.md, "Anonymity"). Every save and submit locks the
 * link's row before it looks at the link's state. Thread-safe.
 */
public final class RespondentService {

    public static final int MAX_NOTE_LENGTH = 2000;

    private final Sql sql;
    private final Clock clock;
    private final QuestionnaireRegistry questionnaires;
    private final RoundRepository rounds = new RoundRepository();
    private final LinkRepository links = new LinkRepository();
    private final ResponseRepository responses = new ResponseRepository();
    private final Holding holding = new Holding();

    public RespondentService(Sql sql, Clock clock, QuestionnaireRegistry questionnaires) {
        this.sql = sql;
        this.clock = clock;
        this.questionnaires = questionnaires;
    }

    /** What a respondent's page shows. */
    public record Form(Round round, Questionnaire questionnaire, RespondentLink link) {
    }

    /** What a respondent changes in one request: answers by item id, and the optional details. */
    public record Changes(Map<String, String> answers, Language language, String role, String note, boolean details) {

        public Changes {
            answers = Map.copyOf(answers);
        }

        public static Changes answers(Map<String, String> answers) {
            return new Changes(answers, null, null, null, false);
        }
    }

    /** The round behind a shared link, for its join page. */
    public Round roundToJoin(String joinKey) {
        return sql.inTransaction(tx -> rounds.findByJoinKey(tx, joinKey)).orElseThrow(Refusal::notFound);
    }

    /**
     * Joins a round through its shared link: a fresh token of one's own, to answer and resume with.
     *
     * @throws Refusal 400 for a wrong join code, 410 when the round no longer takes answers
     */
    public String join(String joinKey, String code) {
        Round round = roundToJoin(joinKey);
        if (!round.takesAnswers(LocalDate.now(clock))) {
            throw new Refusal(Kind.GONE, "round-closed", null);
        }
        if (round.joinCode() != null && !Tokens.same(round.joinCode(), code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT))) {
            throw new Refusal(Kind.BAD_INPUT, "wrong-join-code", "code");
        }
        String token = Tokens.secret();
        sql.inTransaction(tx -> {
            links.insert(tx, token, round.id(), LinkKind.SHARED, null, LinkState.UNUSED);
            return null;
        });
        return token;
    }

    /** The respondent's form as saved so far. */
    public Form open(String token) {
        return sql.inTransaction(tx -> form(tx, token));
    }

    private Form form(Tx tx, String token) throws java.sql.SQLException {
        return form(tx, links.find(tx, token).orElseThrow(Refusal::notFound));
    }

    private Form form(Tx tx, RespondentLink link) throws java.sql.SQLException {
        Round round = rounds.find(tx, link.roundId()).orElseThrow(Refusal::notFound);
        Questionnaire questionnaire = questionnaires.find(round.questionnaireId())
                .orElseThrow(() -> new IllegalStateException("The round's questionnaire (" + round.questionnaireId() + ") is gone."));
        return new Form(round, questionnaire, link);
    }

    /**
     * Saves what the respondent gave, as given: each answer replaces an earlier one to the same
     * item; an empty value clears it.
     *
     * @throws Refusal 400 naming the field for an unknown item, a value outside 1-5 and don't
     *                 know, an unknown role or a note too long; 409 after submit; 410 once closed
     */
    public void save(String token, Changes changes) {
        sql.inTransaction(tx -> {
            // The link's row lock first, then its state: a submit of this link either finished
            // before (this save is refused) or waits until this save is in (and takes it along).
            // (the row alone: a save does not read the draft's earlier answers)
            Form form = form(tx, links.findRowForUpdate(tx, token).orElseThrow(Refusal::notFound));
            writable(form);
            Map<String, Answer> parsed = new LinkedHashMap<>();
            Map<String, Boolean> cleared = new LinkedHashMap<>();
            for (Map.Entry<String, String> entry : changes.answers().entrySet()) {
                if (form.questionnaire().item(entry.getKey()).isEmpty()) {
                    throw new Refusal(Kind.BAD_INPUT, "unknown-item", entry.getKey(), "item", shorten(entry.getKey()));
                }
                String value = entry.getValue() == null ? "" : entry.getValue().strip();
                if (value.isEmpty()) {
                    cleared.put(entry.getKey(), true);
                } else {
                    parsed.put(entry.getKey(), answer(entry.getKey(), value));
                }
            }
            Role role = null;
            String note = null;
            if (changes.details()) {
                role = role(changes.role());
                note = changes.note() == null || changes.note().isBlank() ? null : changes.note().strip();
                if (note != null && note.length() > MAX_NOTE_LENGTH) {
                    throw new Refusal(Kind.BAD_INPUT, "note-too-long", "note", "max", MAX_NOTE_LENGTH);
                }
            }
            for (Map.Entry<String, Answer> answer : parsed.entrySet()) {
                links.saveAnswer(tx, token, answer.getKey(), answer.getValue());
            }
            for (String item : cleared.keySet()) {
                links.clearAnswer(tx, token, item);
            }
            RespondentLink link = form.link();
            Language language = changes.language() != null ? form.round().languageFor(changes.language()) : link.language();
            if (changes.details()) {
                links.saveDetails(tx, token, language, role, note);
            } else if (language != link.language()) {
                links.saveDetails(tx, token, language, link.role(), link.note());
            }
            if ((!parsed.isEmpty() || changes.details()) && link.state() == LinkState.UNUSED) {
                links.markStarted(tx, token);
            }
            return null;
        });
    }

    /**
     * Hands the answers in: the link becomes "submitted" and keeps nothing of them; the answers,
     * role and note go to the holding area, tied to nothing of this link ({@link Holding}).
     *
     * @throws Refusal 400 with no answer at all, 409 when this link handed in before, 410 once closed
     */
    public void submit(String token) {
        LocalDate today = LocalDate.now(clock);
        sql.inTransaction(tx -> {
            // Link first, round second, as everywhere: saves and submits of one link take turns.
            RespondentLink link = links.findForUpdate(tx, token).orElseThrow(Refusal::notFound);
            if (link.state() == LinkState.SUBMITTED) {
                throw new Refusal(Kind.CONFLICT, "already-submitted", null);
            }
            // The round's row lock makes closing and submitting take turns: nothing arrives after the close.
            Round round = rounds.findForUpdate(tx, link.roundId()).orElseThrow(Refusal::notFound);
            if (!round.takesAnswers(today)) {
                throw new Refusal(Kind.GONE, "round-closed", null);
            }
            if (link.answers().isEmpty()) {
                throw new Refusal(Kind.BAD_INPUT, "no-answers", null);
            }
            if (!links.markSubmitted(tx, token)) {
                throw new Refusal(Kind.CONFLICT, "already-submitted", null);
            }
            holding.hold(tx, round, link.role(), link.note(), link.answers());
            return null;
        });
    }

    /**
     * Adds a response collected elsewhere (the API), already checked by the scan reader. It is held
     * like a respondent's until its group is complete.
     *
     * @return how many responses the round has now, held ones included
     */
    public int addResponse(String roundId, Role role, String note, Map<String, Answer> answers) {
        return sql.inTransaction(tx -> {
            Round round = rounds.findForUpdate(tx, roundId).orElseThrow(Refusal::notFound);
            if (round.isClosed()) {
                throw new Refusal(Kind.CONFLICT, "round-closed", null);
            }
            int held = holding.hold(tx, round, role, note, answers);
            return responses.written(tx, round.id()) + held;
        });
    }

    public Optional<Round> round(String roundId) {
        return sql.inTransaction(tx -> rounds.find(tx, roundId));
    }

    private void writable(Form form) {
        if (form.link().state() == LinkState.SUBMITTED) {
            throw new Refusal(Kind.CONFLICT, "already-submitted", null);
        }
        if (!form.round().takesAnswers(LocalDate.now(clock))) {
            throw new Refusal(Kind.GONE, "round-closed", null);
        }
    }

    private static Answer answer(String item, String value) {
        if (Answer.DONT_KNOW_ID.equals(value)) {
            return Answer.DONT_KNOW;
        }
        if (value.length() == 1 && value.charAt(0) >= '1' && value.charAt(0) <= '5') {
            return Answer.of(value.charAt(0) - '0');
        }
        throw new Refusal(Kind.BAD_INPUT, "bad-answer", item, "value", shorten(value));
    }

    private static Role role(String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        try {
            return Role.fromId(id.strip());
        } catch (UnknownIdException e) {
            throw new Refusal(Kind.BAD_INPUT, "unknown-role", "role", "value", shorten(id));
        }
    }

    static String shorten(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "...";
    }
}
