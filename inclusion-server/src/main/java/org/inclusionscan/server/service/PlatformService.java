package org.inclusionscan.server.service;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.inclusionscan.server.db.Sql;
import org.inclusionscan.server.db.Sql.Tx;
import org.inclusionscan.server.model.Coordinator;
import org.inclusionscan.server.model.Round;
import org.inclusionscan.server.service.Refusal.Kind;
import org.inclusionscan.server.store.CoordinatorRepository;
import org.inclusionscan.server.store.Erasure;
import org.inclusionscan.server.store.PlatformRepository;
import org.inclusionscan.server.store.PlatformRepository.AuditEntry;
import org.inclusionscan.server.store.PlatformRepository.Invitation;
import org.inclusionscan.server.store.PlatformRepository.LiveToken;
import org.inclusionscan.server.store.PlatformRepository.OrganisationRow;
import org.inclusionscan.server.store.PlatformRepository.TokenRow;
import org.inclusionscan.server.store.RoundRepository;

/**
 * A host's platform: administrators manage organisations and invite their coordinators; an
 * organisation's coordinators and the administrators make the organisation's API tokens; rounds and
 * organisations can be erased; every such step goes into the audit log (who, what, when; never
 * anything a respondent wrote). Whoever may not see an organisation gets 404, as for rounds.
 * Thread-safe.
 */
public final class PlatformService {

    /** How long an invitation (or a new-password link) can be used. */
    public static final Duration INVITATION_VALID = Duration.ofDays(7);
    /** The longest token name. */
    public static final int MAX_TOKEN_NAME = 100;
    /** A token's time of last use is written at most this often. */
    static final long TOUCH_EVERY_MILLIS = 60_000;

    private final Sql sql;
    private final Clock clock;
    private final AccountService accounts;
    private final PlatformRepository platform = new PlatformRepository();
    private final CoordinatorRepository coordinators = new CoordinatorRepository();
    private final RoundRepository rounds = new RoundRepository();

    public PlatformService(Sql sql, Clock clock, AccountService accounts) {
        this.sql = Objects.requireNonNull(sql, "sql");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
    }

    /** Who calls the API: the platform's token (every round) or an organisation's token (its rounds only). */
    public record ApiCaller(String organisationId, String name) {

        public static final ApiCaller PLATFORM = new ApiCaller(null, "platform-token");

        public boolean isPlatform() {
            return organisationId == null;
        }

        /** How the audit log names the caller. */
        public String actor() {
            return isPlatform() ? name : "api-token:" + name;
        }
    }

    /** An organisation as its management page shows it. */
    public record OrganisationAccess(OrganisationRow organisation, List<Coordinator> coordinators, List<TokenRow> tokens,
            int pendingInvitations, boolean admin) {
    }

    /** A secret shown once: a new token or a one-time link's secret. */
    public record Secret(String value, String forWhat) {
    }

    /** An invitation that can be used, as its page shows it. */
    public record OpenInvitation(String email, String organisationName) {
    }

    public boolean isAdmin(Coordinator coordinator) {
        return coordinator != null && sql.inTransaction(tx -> platform.isAdmin(tx, coordinator.id()));
    }

    /** Adds an administrator (or makes an existing account one, with the new password). */
    public Coordinator addAdmin(String email, String password) {
        return sql.inTransaction(tx -> {
            Coordinator coordinator = accounts.addCoordinator(email, password);
            platform.makeAdmin(tx, coordinator.id());
            audit(tx, "command-line", "admin-added", null, null, coordinator.email());
            return coordinator;
        });
    }

    public List<OrganisationRow> organisations(Coordinator admin) {
        return sql.inTransaction(tx -> {
            requireAdmin(tx, admin);
            return platform.organisations(tx);
        });
    }

    public String createOrganisation(Coordinator admin, String name) {
        String checked = checkedName(name);
        return sql.inTransaction(tx -> {
            requireAdmin(tx, admin);
            String id = Tokens.id();
            rounds.insertOrganisation(tx, id, checked, LocalDate.now(clock));
            audit(tx, admin.email(), "organisation-created", id, checked, null);
            return id;
        });
    }

    public void renameOrganisation(Coordinator admin, String organisationId, String name) {
        String checked = checkedName(name);
        sql.inTransaction(tx -> {
            requireAdmin(tx, admin);
            OrganisationRow organisation = platform.organisationForUpdate(tx, organisationId).orElseThrow(Refusal::notFound);
            platform.rename(tx, organisationId, checked);
            audit(tx, admin.email(), "organisation-renamed", organisationId, checked, organisation.name());
            return null;
        });
    }

    public void archiveOrganisation(Coordinator admin, String organisationId, boolean archived) {
        sql.inTransaction(tx -> {
            requireAdmin(tx, admin);
            OrganisationRow organisation = platform.organisationForUpdate(tx, organisationId).orElseThrow(Refusal::notFound);
            platform.archive(tx, organisationId, archived);
            audit(tx, admin.email(), archived ? "organisation-archived" : "organisation-restored", organisationId,
                    organisation.name(), null);
            return null;
        });
    }

    /** The organisation's coordinators and tokens, for an administrator or one of its coordinators; else 404. */
    public OrganisationAccess access(Coordinator coordinator, String organisationId) {
        long now = clock.millis();
        return sql.inTransaction(tx -> {
            boolean admin = requireAccess(tx, coordinator, organisationId);
            OrganisationRow organisation = platform.organisation(tx, organisationId).orElseThrow(Refusal::notFound);
            return new OrganisationAccess(organisation, platform.coordinatorsOf(tx, organisationId),
                    platform.tokensOf(tx, organisationId), platform.pendingInvitations(tx, organisationId, now), admin);
        });
    }

    /**
     * Invites a coordinator to an organisation: a one-time link, valid {@link #INVITATION_VALID},
     * on which they choose a password (an existing account keeps its password and joins).
     *
     * @return the link's secret, shown once
     */
    public Secret invite(Coordinator admin, String organisationId, String email) {
        String normalised = AccountService.normaliseEmail(email);
        return sql.inTransaction(tx -> {
            requireAdmin(tx, admin);
            OrganisationRow organisation = platform.organisation(tx, organisationId).orElseThrow(Refusal::notFound);
            String secret = Tokens.secret();
            platform.insertInvitation(tx, Tokens.sha256(secret), organisationId, normalised,
                    clock.millis() + INVITATION_VALID.toMillis());
            audit(tx, admin.email(), "coordinator-invited", organisationId, organisation.name(), normalised);
            return new Secret(secret, normalised);
        });
    }

    /** A new one-time link for a coordinator of the organisation who forgot their password. */
    public Secret newLink(Coordinator admin, String organisationId, String coordinatorId) {
        return sql.inTransaction(tx -> {
            requireAdmin(tx, admin);
            OrganisationRow organisation = platform.organisation(tx, organisationId).orElseThrow(Refusal::notFound);
            Coordinator coordinator = platform.coordinatorsOf(tx, organisationId).stream()
                    .filter(one -> one.id().equals(coordinatorId)).findFirst().orElseThrow(Refusal::notFound);
            String secret = Tokens.secret();
            platform.insertInvitation(tx, Tokens.sha256(secret), organisationId, coordinator.email(),
                    clock.millis() + INVITATION_VALID.toMillis());
            audit(tx, admin.email(), "password-link-issued", organisationId, organisation.name(), coordinator.email());
            return new Secret(secret, coordinator.email());
        });
    }

    public Optional<OpenInvitation> invitation(String secret) {
        if (secret == null || secret.length() > 100) {
            return Optional.empty();
        }
        long now = clock.millis();
        return sql.inTransaction(tx -> {
            Optional<Invitation> invitation = platform.invitation(tx, Tokens.sha256(secret), now);
            if (invitation.isEmpty()) {
                return Optional.empty();
            }
            String name = invitation.get().organisationId() == null ? null
                    : platform.organisation(tx, invitation.get().organisationId()).map(OrganisationRow::name).orElse(null);
            return Optional.of(new OpenInvitation(invitation.get().email(), name));
        });
    }

    /**
     * Uses a one-time link: sets the password (making the account if need be) and joins the
     * organisation. A link works once; two uses at the same time: one wins, the other gets 404.
     */
    public Coordinator accept(String secret, String password) {
        long now = clock.millis();
        return sql.inTransaction(tx -> {
            String hash = Tokens.sha256(secret == null ? "" : secret);
            Invitation invitation = platform.invitation(tx, hash, now).orElseThrow(Refusal::notFound);
            if (!platform.consumeInvitation(tx, hash, now)) {
                throw Refusal.notFound();
            }
            Coordinator coordinator = accounts.addCoordinator(invitation.email(), password);
            String name = null;
            if (invitation.organisationId() != null) {
                coordinators.addToOrganisation(tx, coordinator.id(), invitation.organisationId());
                name = platform.organisation(tx, invitation.organisationId()).map(OrganisationRow::name).orElse(null);
            }
            audit(tx, coordinator.email(), "invitation-used", invitation.organisationId(), name, null);
            return coordinator;
        });
    }

    /** Takes a coordinator off the organisation and ends their sessions. */
    public void removeCoordinator(Coordinator admin, String organisationId, String coordinatorId) {
        sql.inTransaction(tx -> {
            requireAdmin(tx, admin);
            OrganisationRow organisation = platform.organisation(tx, organisationId).orElseThrow(Refusal::notFound);
            Coordinator removed = coordinators.find(tx, coordinatorId).orElseThrow(Refusal::notFound);
            if (platform.removeCoordinator(tx, organisationId, coordinatorId) == 0) {
                throw Refusal.notFound();
            }
            platform.deleteSessionsOf(tx, coordinatorId);
            platform.deleteInvitationsFor(tx, removed.email());
            audit(tx, admin.email(), "coordinator-removed", organisationId, organisation.name(), removed.email());
            return null;
        });
    }

    /**
     * Makes an API token for the organisation (an administrator or one of its coordinators).
     *
     * @return the token, shown once; only its SHA-256 is kept
     */
    public Secret createToken(Coordinator coordinator, String organisationId, String name) {
        String checked = name == null ? "" : name.strip();
        if (checked.isEmpty() || checked.length() > MAX_TOKEN_NAME || checked.chars().anyMatch(Character::isISOControl)) {
            throw new Refusal(Kind.BAD_INPUT, "token-name", "name", "max", MAX_TOKEN_NAME);
        }
        return sql.inTransaction(tx -> {
            requireAccess(tx, coordinator, organisationId);
            OrganisationRow organisation = platform.organisation(tx, organisationId).orElseThrow(Refusal::notFound);
            String secret = "incl_" + Tokens.secret();
            platform.insertToken(tx, Tokens.id(), organisationId, checked, Tokens.sha256(secret), clock.millis());
            audit(tx, coordinator.email(), "token-created", organisationId, organisation.name(), checked);
            return new Secret(secret, checked);
        });
    }

    public void revokeToken(Coordinator coordinator, String organisationId, String tokenId) {
        sql.inTransaction(tx -> {
            requireAccess(tx, coordinator, organisationId);
            OrganisationRow organisation = platform.organisation(tx, organisationId).orElseThrow(Refusal::notFound);
            String name = platform.tokensOf(tx, organisationId).stream().filter(token -> token.id().equals(tokenId))
                    .map(TokenRow::name).findFirst().orElseThrow(Refusal::notFound);
            if (platform.revokeToken(tx, organisationId, tokenId, clock.millis()) == 1) {
                audit(tx, coordinator.email(), "token-revoked", organisationId, organisation.name(), name);
            }
            return null;
        });
    }

    /** The organisation whose live token this is, if it is one (and notes its use, at most once a minute). */
    public Optional<ApiCaller> apiCaller(String bearer) {
        if (bearer == null || bearer.isEmpty() || bearer.length() > 200) {
            return Optional.empty();
        }
        long now = clock.millis();
        return sql.inTransaction(tx -> {
            Optional<LiveToken> token = platform.liveToken(tx, Tokens.sha256(bearer));
            if (token.isEmpty()) {
                return Optional.empty();
            }
            if (token.get().lastUsedAt() == null || token.get().lastUsedAt() < now - TOUCH_EVERY_MILLIS) {
                platform.touchToken(tx, token.get().id(), now);
            }
            return Optional.of(new ApiCaller(token.get().organisationId(), token.get().name()));
        });
    }

    /** The round, if the caller may act on it; 404 for another organisation's round. */
    public Round roundFor(ApiCaller caller, String roundId) {
        return sql.inTransaction(tx -> {
            Round round = rounds.find(tx, roundId == null ? "" : roundId).orElseThrow(Refusal::notFound);
            if (!caller.isPlatform() && !round.organisationId().equals(caller.organisationId())) {
                throw Refusal.notFound();
            }
            return round;
        });
    }

    /** The organisation's name, for an organisation token's new round. */
    public String organisationName(String organisationId) {
        return sql.inTransaction(tx -> platform.organisation(tx, organisationId).map(OrganisationRow::name)
                .orElseThrow(Refusal::notFound));
    }

    /**
     * Erases a round: every answer, draft, link, team session, place, outcome and agreement. The
     * audit log keeps that it happened (who, when, the organisation), nothing more.
     */
    public void eraseRound(Coordinator coordinator, String roundId) {
        sql.inTransaction(tx -> {
            Round round = rounds.find(tx, roundId).orElseThrow(Refusal::notFound);
            requireAccess(tx, coordinator, round.organisationId());
            String name = platform.organisation(tx, round.organisationId()).map(OrganisationRow::name).orElse(null);
            Erasure.round(tx, round.id());
            audit(tx, coordinator.email(), "round-erased", round.organisationId(), name, round.id());
            return null;
        });
    }

    /** Erases an organisation with all its rounds, coordinators' memberships, tokens and invitations (administrators). */
    public void eraseOrganisation(Coordinator admin, String organisationId) {
        sql.inTransaction(tx -> {
            requireAdmin(tx, admin);
            OrganisationRow organisation = platform.organisationForUpdate(tx, organisationId).orElseThrow(Refusal::notFound);
            Erasure.organisation(tx, organisationId);
            audit(tx, admin.email(), "organisation-erased", organisationId, organisation.name(), null);
            return null;
        });
    }

    public List<AuditEntry> auditLog(Coordinator admin, int limit) {
        return sql.inTransaction(tx -> {
            requireAdmin(tx, admin);
            return platform.auditLog(tx, limit);
        });
    }

    /** Notes a step in the audit log (logins, closes, exports: called by the other services). */
    public void record(String actor, String action, String organisationId, String subject) {
        sql.inTransaction(tx -> {
            String name = organisationId == null ? null
                    : platform.organisation(tx, organisationId).map(OrganisationRow::name).orElse(null);
            audit(tx, actor, action, organisationId, name, subject);
            return null;
        });
    }

    private void audit(Tx tx, String actor, String action, String organisationId, String organisationName, String subject)
            throws SQLException {
        platform.audit(tx, Tokens.id(), clock.millis(), actor, action, organisationId, organisationName, subject);
    }

    private void requireAdmin(Tx tx, Coordinator coordinator) throws SQLException {
        if (coordinator == null || !platform.isAdmin(tx, coordinator.id())) {
            throw Refusal.notFound();
        }
    }

    /** True for an administrator; a coordinator of the organisation passes; anybody else gets 404. */
    private boolean requireAccess(Tx tx, Coordinator coordinator, String organisationId) throws SQLException {
        if (coordinator == null) {
            throw Refusal.notFound();
        }
        if (platform.isAdmin(tx, coordinator.id())) {
            return true;
        }
        if (!coordinators.coordinates(tx, coordinator.id(), organisationId)) {
            throw Refusal.notFound();
        }
        return false;
    }

    private static String checkedName(String name) {
        String checked = name == null ? "" : name.strip();
        if (checked.isEmpty() || checked.length() > 200) {
            throw new Refusal(Kind.BAD_INPUT, "name-length", "name", "max", 200);
        }
        return checked;
    }
}
