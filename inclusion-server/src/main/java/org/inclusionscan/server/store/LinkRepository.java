package org.inclusionscan.server.store;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.inclusionscan.model.Language;
import org.inclusionscan.model.Role;
import org.inclusionscan.scan.Answer;
import org.inclusionscan.server.db.Sql.Tx;
import org.inclusionscan.server.model.LinkKind;
import org.inclusionscan.server.model.LinkState;
import org.inclusionscan.server.model.RespondentLink;

/** Respondents' links and the drafts hanging on them until they submit. */
public final class LinkRepository {

    /** A personal link as the coordinator sees it. */
    public record PersonalLink(int number, String token, LinkState state) {
    }

    public void insert(Tx tx, String token, String roundId, LinkKind kind, Integer number, LinkState state)
            throws SQLException {
        tx.update("INSERT INTO respondent_links (token, round_id, kind, number, state) VALUES (?, ?, ?, ?, ?)",
                token, roundId, kind.id(), number, state.id());
    }

    public Optional<RespondentLink> find(Tx tx, String token) throws SQLException {
        return find(tx, token, "");
    }

    /**
     * Finds the link and locks its row until the transaction ends. Every transaction that writes a
     * link's draft or hands it in takes this lock first and then looks at the state, so a save
     * and a submit of one link take turns and a save never lands on a submitted link (issue 20).
     */
    public Optional<RespondentLink> findForUpdate(Tx tx, String token) throws SQLException {
        return find(tx, token, " FOR UPDATE");
    }

    /**
     * {@link #findForUpdate} without reading the draft's answers (its answers are empty): what a save needs,
     * which would otherwise read every earlier answer of the draft again for each new one.
     */
    public Optional<RespondentLink> findRowForUpdate(Tx tx, String token) throws SQLException {
        return row(tx, token, " FOR UPDATE");
    }

    private Optional<RespondentLink> row(Tx tx, String token, String lock) throws SQLException {
        return tx.one("SELECT token, round_id, kind, number, state, language, role, note "
                + "FROM respondent_links WHERE token = ?" + lock, row -> new RespondentLink(row.getString(1), row.getString(2),
                        LinkKind.fromId(row.getString(3)), (Integer) row.getObject(4), LinkState.fromId(row.getString(5)),
                        row.getString(6) == null ? null : Language.fromId(row.getString(6)),
                        row.getString(7) == null ? null : Role.fromId(row.getString(7)), row.getString(8), Map.of()),
                token);
    }

    private Optional<RespondentLink> find(Tx tx, String token, String lock) throws SQLException {
        Optional<RespondentLink> link = row(tx, token, lock);
        if (link.isEmpty()) {
            return link;
        }
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (Object[] pair : tx.list("SELECT item_id, answer FROM draft_answers WHERE token = ?",
                row -> new Object[] {row.getString(1), row.getInt(2)}, token)) {
            answers.put((String) pair[0], AnswerCodes.answer((Integer) pair[1]));
        }
        RespondentLink found = link.get();
        return Optional.of(new RespondentLink(found.token(), found.roundId(), found.kind(), found.number(), found.state(),
                found.language(), found.role(), found.note(), answers));
    }

    /** Marks an unused link started (the first answer or choice was saved). */
    public void markStarted(Tx tx, String token) throws SQLException {
        tx.update("UPDATE respondent_links SET state = 'started' WHERE token = ? AND state = 'unused'", token);
    }

    /** Saves one draft answer, replacing an earlier one to the same item. */
    public void saveAnswer(Tx tx, String token, String itemId, Answer answer) throws SQLException {
        int code = AnswerCodes.code(answer);
        if (tx.update("UPDATE draft_answers SET answer = ? WHERE token = ? AND item_id = ?", code, token, itemId) == 0) {
            if (!tx.tryInsert("INSERT INTO draft_answers (token, item_id, answer) VALUES (?, ?, ?)", token, itemId, code)) {
                // The same item saved at the same moment by a second request of the same respondent: last one wins.
                tx.update("UPDATE draft_answers SET answer = ? WHERE token = ? AND item_id = ?", code, token, itemId);
            }
        }
    }

    public void clearAnswer(Tx tx, String token, String itemId) throws SQLException {
        tx.update("DELETE FROM draft_answers WHERE token = ? AND item_id = ?", token, itemId);
    }

    public void saveDetails(Tx tx, String token, Language language, Role role, String note) throws SQLException {
        tx.update("UPDATE respondent_links SET language = ?, role = ?, note = ? WHERE token = ?",
                language == null ? null : language.id(), role == null ? null : role.id(), note, token);
    }

    /**
     * Marks the link submitted and forgets its draft and the address it was mailed to, if any (in
     * the submit's transaction: an address is never kept beside a handed-in link). Returns false when
     * it was submitted already (the row lock makes a second, simultaneous submit wait and then find
     * it submitted).
     */
    public boolean markSubmitted(Tx tx, String token) throws SQLException {
        int changed = tx.update("UPDATE respondent_links SET state = 'submitted', language = NULL, role = NULL, note = NULL "
                + "WHERE token = ? AND state <> 'submitted'", token);
        tx.update("DELETE FROM draft_answers WHERE token = ?", token);
        tx.update("DELETE FROM mail_recipients WHERE token = ?", token);
        return changed == 1;
    }

    /** The numbered personal links the coordinator hands out; links sent by mail have no number and are not among them. */
    public List<PersonalLink> personalLinks(Tx tx, String roundId) throws SQLException {
        return tx.list("SELECT number, token, state FROM respondent_links WHERE round_id = ? AND kind = 'personal' "
                + "AND number IS NOT NULL ORDER BY number", row -> new PersonalLink(row.getInt(1), row.getString(2),
                        LinkState.fromId(row.getString(3))), roundId);
    }

    /** True once anybody saved an answer or handed in, which fixes the round's anonymity minimum. */
    public boolean anyAnswerIn(Tx tx, String roundId) throws SQLException {
        return tx.count("SELECT COUNT(*) FROM respondent_links WHERE round_id = ? AND state <> 'unused'", roundId) > 0;
    }

    public int countStarted(Tx tx, String roundId) throws SQLException {
        return tx.count("SELECT COUNT(*) FROM respondent_links WHERE round_id = ? AND state = 'started'", roundId);
    }
}
