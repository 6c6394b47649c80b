package org.inclusionscan.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.inclusionscan.model.Language;
import org.inclusionscan.model.Organisation;
import org.inclusionscan.model.Region;
import org.inclusionscan.model.Sector;
import org.inclusionscan.server.TestDatabase;
import org.inclusionscan.server.db.Database;
import org.inclusionscan.server.db.Sql;
import org.inclusionscan.server.model.LinkKind;
import org.inclusionscan.server.model.LinkState;
import org.inclusionscan.server.model.Round;
import org.inclusionscan.server.model.RoundStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The mailed addresses' table on H2 and PostgreSQL: claims for sending, and what a submit leaves. */
class MailRepositoryTest {

    private static final long MINUTE = 60_000;

    private Database database;
    private Sql sql;
    private final RoundRepository rounds = new RoundRepository();
    private final LinkRepository links = new LinkRepository();
    private final MailRepository mail = new MailRepository();

    @BeforeEach
    void open() {
        database = TestDatabase.open();
        sql = database.sql();
        sql.inTransaction(tx -> {
            rounds.insertOrganisation(tx, "org", "De Brug", LocalDate.of(2026, 12, 1));
            rounds.insert(tx, new Round("r1", "org", null, new Organisation("De Brug", Region.FLANDERS, Sector.OTHER, List.of()),
                    "selfscan-3", List.of(Language.NL), null, 3, LinkKind.PERSONAL, null, null, RoundStatus.OPEN,
                    LocalDate.of(2026, 12, 1), null));
            for (String token : List.of("t1", "t2")) {
                links.insert(tx, token, "r1", LinkKind.PERSONAL, null, LinkState.UNUSED);
                mail.insert(tx, token, "r1", token + "@example.org", Language.NL, 0);
            }
            return null;
        });
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void a_claim_of_a_sender_that_stopped_is_taken_over_only_after_the_stale_time() {
        // GIVEN two mails claimed at minute 0; one went out, the other's sender stopped
        sql.inTransaction(tx -> {
            mail.markSent(tx, "t1");
            return null;
        });

        // WHEN "send again" comes at minute 5 THEN the fresh claim is left alone
        List<MailRepository.Recipient> early = sql.inTransaction(tx -> mail.claimUnsent(tx, "r1", 5 * MINUTE, -5 * MINUTE));
        assertThat(early).isEmpty();

        // WHEN it comes at minute 11 THEN the stale one is claimed, once; the sent one never
        List<MailRepository.Recipient> claimed = sql.inTransaction(tx -> mail.claimUnsent(tx, "r1", 11 * MINUTE, MINUTE));
        assertThat(claimed).extracting(MailRepository.Recipient::token).containsExactly("t2");
        List<MailRepository.Recipient> again = sql.inTransaction(tx -> mail.claimUnsent(tx, "r1", 12 * MINUTE, 2 * MINUTE));
        assertThat(again).isEmpty();

        // AND a mail that failed waits as pending, claimable at once
        sql.inTransaction(tx -> {
            mail.markUnsent(tx, "t2");
            return null;
        });
        List<MailRepository.Recipient> pending = sql.inTransaction(tx -> mail.claimUnsent(tx, "r1", 13 * MINUTE, 3 * MINUTE));
        assertThat(pending).hasSize(1);
    }

    @Test
    void a_submit_deletes_the_address_with_the_link_state_and_close_forgets_the_rest() {
        boolean submitted = sql.inTransaction(tx -> links.markSubmitted(tx, "t1"));
        assertThat(submitted).isTrue();

        int gone = sql.inTransaction(tx -> tx.count("SELECT COUNT(*) FROM mail_recipients WHERE token = 't1'"));
        int kept = sql.inTransaction(tx -> mail.countUnsent(tx, "r1") + mail.countWaiting(tx, "r1"));
        assertThat(gone).isZero();
        assertThat(kept).isOne();

        sql.inTransaction(tx -> {
            MailRepository.forgetRound(tx, "r1");
            return null;
        });
        int left = sql.inTransaction(tx -> tx.count("SELECT COUNT(*) FROM mail_recipients"));
        assertThat(left).isZero();
    }
}
