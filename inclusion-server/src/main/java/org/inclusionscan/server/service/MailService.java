package org.inclusionscan.server.service;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.inclusionscan.i18n.Texts;
import org.inclusionscan.model.Language;
import org.inclusionscan.server.db.Sql;
import org.inclusionscan.server.db.Sql.Tx;
import org.inclusionscan.server.mail.AddressList;
import org.inclusionscan.server.mail.Mail;
import org.inclusionscan.server.mail.SmtpMailer;
import org.inclusionscan.server.model.Coordinator;
import org.inclusionscan.server.model.LinkKind;
import org.inclusionscan.server.model.LinkState;
import org.inclusionscan.server.model.Round;
import org.inclusionscan.server.service.Refusal.Kind;
import org.inclusionscan.server.store.LinkRepository;
import org.inclusionscan.server.store.MailRepository;
import org.inclusionscan.server.store.MailRepository.Recipient;
import org.inclusionscan.server.store.PlatformRepository;
import org.inclusionscan.server.store.RoundRepository;

/**
 * E-mail (issue 23, item 5; {@code serve --smtp}): personal links to a pasted list of addresses,
 * reminders to those who have not handed in, and coordinators' invitation links.
 *
 * <p>What the coordinator learns: counts only (sent, not sent, refused, waiting), never which
 * address got which link; mailed links are not among the numbered links the round page lists. An
 * address is kept beside its link only until the link is handed in (the submit's transaction deletes
 * it), or until the round closes or is erased. Every list gives each of its addresses a new link, so
 * pasting an address again tells nothing about whether that person already answered (the server does
 * not know: it forgot the address). Mails go out after the transaction that made the links, each one
 * noted as sent at once; a second post of the same form sends nothing, and "send again" sends only the
 * mails that did not go out. Logs and the audit log hold counts, never addresses. Thread-safe.
 */
public final class MailService {

    /** Reminders of one round go out at most once in this time (a double click sends one batch). */
    public static final Duration REMINDER_INTERVAL = Duration.ofHours(24);
    /** A mail claimed for sending this long ago by a process that then stopped may be sent again. */
    static final Duration STALE_CLAIM = Duration.ofMinutes(10);

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Sql sql;
    private final Clock clock;
    private final SmtpMailer mailer;
    private final Texts texts;
    private final RoundService roundService;
    private final RoundRepository rounds = new RoundRepository();
    private final LinkRepository links = new LinkRepository();
    private final MailRepository mail = new MailRepository();
    private final PlatformRepository platform = new PlatformRepository();

    /**
     * @param mailer null when the server has no mail server ({@code serve} without {@code --smtp}):
     *               every use case then answers 404, and the pages leave mail out
     */
    public MailService(Sql sql, Clock clock, SmtpMailer mailer, Texts texts, RoundService roundService) {
        this.sql = sql;
        this.clock = clock;
        this.mailer = mailer;
        this.texts = texts;
        this.roundService = roundService;
    }

    public boolean enabled() {
        return mailer != null;
    }

    /**
     * What a mailing did.
     *
     * @param problems   the entries that are no address, with their line; when there are any, nothing was sent
     * @param repeated   the same form came a second time: nothing was sent
     * @param duplicates entries left out as repeats of an address earlier in the list
     * @param failure    why some mails did not go out, or null
     */
    public record Mailing(List<AddressList.BadEntry> problems, boolean repeated, int sent, int refused, int notSent,
            int duplicates, SmtpMailer.Failure failure) {

        public Mailing {
            problems = List.copyOf(problems);
        }

        static Mailing refused(List<AddressList.BadEntry> problems) {
            return new Mailing(problems, false, 0, 0, 0, 0, null);
        }

        static Mailing of(SmtpMailer.Outcome outcome, int duplicates) {
            return new Mailing(List.of(), false, outcome.sent(), outcome.refused(), outcome.notSent(), duplicates, outcome.failure());
        }

        public boolean listRefused() {
            return !problems.isEmpty();
        }

        /** The failure as a text key's tail: {@code unreachable}, {@code login-refused}, {@code address-refused}. */
        public String failureId() {
            return failure == null ? null : failure.id();
        }
    }

    /**
     * A round's mail as its coordinator sees it: counts only.
     *
     * @param waiting      mailed links not handed in yet (the addresses a reminder goes to)
     * @param unsent       mails that did not go out yet (the mail server was down)
     * @param nextReminder when reminders may go out again, or null when they may now
     * @param open         the round takes answers (open, closing date not passed): mail can go out
     */
    public record Status(Round round, int waiting, int unsent, String nextReminder, boolean open) {
    }

    /**
     * The round's mail in counts. A round that no longer takes answers (closed, or past its closing
     * date) forgets its addresses here, the first time its round page or mail page is opened after.
     */
    public Status status(Coordinator coordinator, String roundId) {
        requireEnabled();
        return sql.inTransaction(tx -> {
            Round round = roundService.reachable(tx, coordinator, roundId);
            boolean open = round.takesAnswers(LocalDate.now(clock));
            if (!open) {
                MailRepository.forgetRound(tx, round.id());
            }
            return new Status(round, mail.countWaiting(tx, round.id()), mail.countUnsent(tx, round.id()),
                    nextReminder(mail.lastReminder(tx, round.id())).orElse(null), open);
        });
    }

    /**
     * Mails each address of the list a new personal link of the round, in the language chosen (one of
     * the round's). A list with any entry that is no address is refused as a whole, every bad entry
     * named with its line, and nothing is sent: the coordinator corrects it and sends the whole list.
     *
     * @param requestKey the form's one-time key: the same form posted again sends nothing
     * @param baseUrl    where the links point
     * @throws Refusal 400 for an empty or too long list or a language the round does not offer,
     *                 404 for a round the coordinator does not reach, 409 once the round takes no answers
     */
    public Mailing sendLinks(Coordinator coordinator, String roundId, String list, Language language, String requestKey,
            String baseUrl) {
        requireEnabled();
        AddressList addresses = AddressList.parse(list);
        if (!addresses.problems().isEmpty()) {
            return Mailing.refused(addresses.problems());
        }
        if (addresses.addresses().isEmpty()) {
            throw new Refusal(Kind.BAD_INPUT, "no-addresses", "addresses");
        }
        if (addresses.addresses().size() > RoundService.MAX_PERSONAL_LINKS) {
            throw new Refusal(Kind.BAD_INPUT, "too-many-addresses", "addresses", "count", addresses.addresses().size(),
                    "max", RoundService.MAX_PERSONAL_LINKS);
        }
        if (requestKey == null || requestKey.isBlank() || requestKey.length() > 64) {
            throw new Refusal(Kind.BAD_INPUT, "field-required", "requestKey");
        }
        long now = clock.millis();
        record Prepared(Round round, List<Recipient> recipients) {
        }
        Prepared prepared = sql.inTransaction(tx -> {
            Round round = openRound(tx, coordinator, roundId);
            if (language == null || !round.languages().contains(language)) {
                throw new Refusal(Kind.BAD_INPUT, "mail-language", "language");
            }
            if (!mail.claimRequest(tx, round.id(), requestKey)) {
                return null;
            }
            List<Recipient> recipients = new ArrayList<>();
            for (String address : addresses.addresses()) {
                String token = Tokens.secret();
                links.insert(tx, token, round.id(), LinkKind.PERSONAL, null, LinkState.UNUSED);
                mail.insert(tx, token, round.id(), address, language, now);
                recipients.add(new Recipient(token, address, language));
            }
            return new Prepared(round, recipients);
        });
        if (prepared == null) {
            return new Mailing(List.of(), true, 0, 0, 0, 0, null);
        }
        SmtpMailer.Outcome outcome = deliver(prepared.round(), prepared.recipients(), baseUrl, "link");
        audit(coordinator, prepared.round(), "links-mailed", outcome.sent());
        return Mailing.of(outcome, addresses.duplicates());
    }

    /**
     * Sends again the round's mails that did not go out (the mail server was down); mails that went
     * out are never sent twice, and two clicks at once send each mail once.
     */
    public Mailing sendUnsent(Coordinator coordinator, String roundId, String baseUrl) {
        requireEnabled();
        long now = clock.millis();
        record Prepared(Round round, List<Recipient> recipients) {
        }
        Prepared prepared = sql.inTransaction(tx -> {
            Round round = openRound(tx, coordinator, roundId);
            return new Prepared(round, mail.claimUnsent(tx, round.id(), now, now - STALE_CLAIM.toMillis()));
        });
        SmtpMailer.Outcome outcome = deliver(prepared.round(), prepared.recipients(), baseUrl, "link");
        audit(coordinator, prepared.round(), "links-mailed", outcome.sent());
        return Mailing.of(outcome, 0);
    }

    /**
     * Reminds every address whose link is not handed in yet, with that same link, at most once in
     * {@link #REMINDER_INTERVAL} per round. The coordinator learns how many reminders went out: the
     * count of links not handed in, which the round page shows anyway.
     *
     * @throws Refusal 409 within the interval (naming when reminders may go out again) or once the round takes no answers
     */
    public Mailing remind(Coordinator coordinator, String roundId, String baseUrl) {
        requireEnabled();
        long now = clock.millis();
        record Prepared(Round round, List<Recipient> recipients, Long previous) {
        }
        Prepared prepared = sql.inTransaction(tx -> {
            Round round = openRound(tx, coordinator, roundId);
            Optional<Long> last = mail.lastReminder(tx, round.id());
            Optional<String> next = nextReminder(last);
            if (next.isPresent()) {
                throw new Refusal(Kind.CONFLICT, "reminder-too-soon", null, "hours", REMINDER_INTERVAL.toHours(), "time", next.get());
            }
            List<Recipient> waiting = mail.waiting(tx, round.id());
            if (!waiting.isEmpty()) {
                mail.setLastReminder(tx, round.id(), now);
            }
            return new Prepared(round, waiting, last.orElse(null));
        });
        SmtpMailer.Outcome outcome = deliver(prepared.round(), prepared.recipients(), baseUrl, "reminder");
        if (outcome.sent() == 0 && !prepared.recipients().isEmpty()) {
            // Nothing went out (the mail server was down): the coordinator may try again at once.
            sql.inTransaction(tx -> {
                mail.setLastReminder(tx, prepared.round().id(), prepared.previous());
                return null;
            });
        }
        audit(coordinator, prepared.round(), "reminders-mailed", outcome.sent());
        return Mailing.of(outcome, 0);
    }

    /**
     * Mails a coordinator their invitation or new-password link (the page still shows it once).
     *
     * @param passwordLink true for a new-password link, false for an invitation
     * @return the failure, or null when the mail went out
     */
    public SmtpMailer.Failure sendInvitation(String organisationId, String email, String link, boolean passwordLink,
            Language language) {
        requireEnabled();
        String name = sql.inTransaction(tx -> rounds.organisationName(tx, organisationId)).orElse("");
        String kind = passwordLink ? "password-link" : "invitation";
        Map<String, Object> arguments = Map.of("organisation", name, "link", link,
                "days", PlatformService.INVITATION_VALID.toDays());
        Mail message = new Mail(null, email, texts.get(language, "mail." + kind + ".subject", arguments),
                texts.get(language, "mail." + kind + ".body", arguments));
        return mailer.send(List.of(message), sent -> {
        }).failure();
    }

    private Round openRound(Tx tx, Coordinator coordinator, String roundId) throws SQLException {
        Round round = roundService.reachableForUpdate(tx, coordinator, roundId);
        if (!round.takesAnswers(LocalDate.now(clock))) {
            throw new Refusal(Kind.CONFLICT, "round-closed", null);
        }
        return round;
    }

    /** Sends each recipient the round's mail of the kind, noting each mail's fate in a transaction of its own. */
    private SmtpMailer.Outcome deliver(Round round, List<Recipient> recipients, String baseUrl, String kind) {
        List<Mail> mails = new ArrayList<>();
        for (Recipient recipient : recipients) {
            mails.add(mail(round, recipient, baseUrl, kind));
        }
        List<String> settled = new ArrayList<>();
        SmtpMailer.Outcome outcome = mailer.send(mails, new SmtpMailer.Listener() {
            @Override
            public boolean wanted(Mail message) {
                // A link handed in meanwhile has no address any more: no reminder for it.
                return sql.inTransaction(tx -> mail.stillWaiting(tx, message.key()));
            }

            @Override
            public void sent(Mail message) {
                settled.add(message.key());
                sql.inTransaction(tx -> {
                    mail.markSent(tx, message.key());
                    return null;
                });
            }

            @Override
            public void refused(Mail message) {
                settled.add(message.key());
                if (!"reminder".equals(kind)) {
                    sql.inTransaction(tx -> {
                        mail.dropRefused(tx, message.key());
                        return null;
                    });
                }
            }
        });
        if (!"reminder".equals(kind)) {
            sql.inTransaction(tx -> {
                for (Recipient recipient : recipients) {
                    if (!settled.contains(recipient.token())) {
                        mail.markUnsent(tx, recipient.token());
                    }
                }
                return null;
            });
        }
        return outcome;
    }

    private Mail mail(Round round, Recipient recipient, String baseUrl, String kind) {
        Language language = recipient.language();
        String closing = round.closesOn() == null ? texts.get(language, "mail.no-closing-date")
                : texts.get(language, "mail.closes-on", Map.of("date", round.closesOn().toString()));
        Map<String, Object> arguments = Map.of("organisation", round.organisation().name(),
                "link", baseUrl + "/answer/" + recipient.token(), "closing", closing);
        return new Mail(recipient.token(), recipient.address(), texts.get(language, "mail." + kind + ".subject", arguments),
                texts.get(language, "mail." + kind + ".body", arguments));
    }

    private Optional<String> nextReminder(Optional<Long> last) {
        if (last.isEmpty() || clock.millis() - last.get() >= REMINDER_INTERVAL.toMillis()) {
            return Optional.empty();
        }
        return Optional.of(TIME.format(Instant.ofEpochMilli(last.get() + REMINDER_INTERVAL.toMillis())
                .atZone(clock.getZone() == null ? ZoneId.systemDefault() : clock.getZone())));
    }

    private void audit(Coordinator coordinator, Round round, String action, int count) {
        if (count == 0) {
            return;
        }
        sql.inTransaction(tx -> {
            platform.audit(tx, Tokens.id(), clock.millis(), coordinator == null ? "api" : coordinator.email(), action,
                    round.organisationId(), rounds.organisationName(tx, round.organisationId()).orElse(null),
                    Integer.toString(count));
            return null;
        });
    }

    private void requireEnabled() {
        if (mailer == null) {
            throw Refusal.notFound();
        }
    }
}
