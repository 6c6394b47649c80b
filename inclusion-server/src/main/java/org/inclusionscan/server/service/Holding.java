package org.inclusionscan.server.service;

import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.inclusionscan.model.Role;
import org.inclusionscan.scan.Answer;
import org.inclusionscan.server.db.Sql.Tx;
import org.inclusionscan.server.model.Round;
import org.inclusionscan.server.store.ResponseRepository;
import org.inclusionscan.server.store.ResponseRepository.StoredResponse;

/**
 * Keeps the order in which people hand in out of the database (issue 20, item 4). A handed-in
 * response is held ({@code pending_responses}: no link, no token, no time); once the round holds at
 * least its anonymity minimum, all held ones are written to {@code responses} in one transaction, in
 * a random order and with fresh random ids, and the holding area is emptied. At close, the held
 * rest and every written response of the round are written once more, all in one random order, so
 * that even the groups cannot be told apart afterwards.
 *
 * <p>Every method must run with the round's row locked ({@code RoundRepository.findForUpdate}):
 * that lock makes holding, writing and closing take turns, across server processes too.
 */
final class Holding {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ResponseRepository responses = new ResponseRepository();

    /**
     * Holds one response, and writes the round's group once it holds the minimum.
     *
     * @return how many of the round's responses are held now (0 once the group was written)
     */
    int hold(Tx tx, Round round, Role role, String note, Map<String, Answer> answers) throws SQLException {
        responses.hold(tx, Tokens.id(), round.id(), role, note, answers);
        int held = responses.held(tx, round.id());
        if (held < round.minRespondents()) {
            return held;
        }
        List<StoredResponse> group = new ArrayList<>(responses.listHeld(tx, round.id()));
        responses.deleteHeld(tx, round.id());
        write(tx, round.id(), group);
        return 0;
    }

    /** At close, before anything reads the responses: held and written ones, written again as one shuffled group. */
    void closeOut(Tx tx, String roundId) throws SQLException {
        List<StoredResponse> all = new ArrayList<>(responses.listHeld(tx, roundId));
        all.addAll(responses.list(tx, roundId));
        if (all.isEmpty()) {
            return;
        }
        responses.deleteHeld(tx, roundId);
        responses.deleteWritten(tx, roundId);
        write(tx, roundId, all);
    }

    /** Writes responses of one source that arrive together (an imported scan) in a random order. */
    void writeShuffled(Tx tx, String roundId, List<StoredResponse> group) throws SQLException {
        write(tx, roundId, new ArrayList<>(group));
    }

    private void write(Tx tx, String roundId, List<StoredResponse> group) throws SQLException {
        Collections.shuffle(group, RANDOM);
        List<StoredResponse> fresh = new ArrayList<>(group.size());
        for (StoredResponse response : group) {
            fresh.add(new StoredResponse(Tokens.id(), response.role(), response.note(), response.answers()));
        }
        responses.insertAll(tx, roundId, fresh);
    }
}
