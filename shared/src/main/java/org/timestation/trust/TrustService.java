package org.timestation.trust;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.timestation.credit.CreditService;
import org.timestation.credit.Minutes;
import org.timestation.funds.FundsKind;
import org.timestation.funds.FundsService;
import org.timestation.ledger.Event;
import org.timestation.ledger.Transactor;
import org.timestation.member.MemberRegistry;
import org.timestation.staff.Operators;
import org.timestation.policy.Policy;
import org.timestation.text.DomainException;
import org.timestation.text.ErrorCode;

/**
 * Trust (信任): a score per member and per merchant, base 100, changed only by events that carry
 * their reason; incidents at three levels whose consequences the domain enforces (a frozen member
 * cannot redeem, a paused merchant cannot accept vouchers, a removed member cannot take part).
 */
public final class TrustService {
    private final Transactor tx;
    private final TrustBook book;
    private final MemberRegistry members;
    private final CreditService credits;
    private final FundsService funds;
    private final Supplier<Policy> policy;
    private final Clock clock;

    public TrustService(Transactor tx, TrustBook book, MemberRegistry members, CreditService credits, FundsService funds,
                        Supplier<Policy> policy, Clock clock) {
        this.tx = tx;
        this.book = book;
        this.members = members;
        this.credits = credits;
        this.funds = funds;
        this.policy = policy;
        this.clock = clock;
    }

    /** Records a change of {@code party}'s score for {@code reason}, about {@code ref} (an exchange, an incident). */
    public void note(Party party, TrustReason reason, String ref) {
        if (party.id() == null) {
            return;
        }
        tx.write(sink -> sink.emit(new TrustEvent.Changed(party.key(), reason.delta(), reason, ref)));
    }

    /**
     * Records an incident and carries out its consequences in the same commit: the score change;
     * for a moderate member incident with falsely reported minutes, the double deduction; for a
     * merchant, ¥200 of the deposit (moderate) or all of it (severe).
     */
    public Incident incident(Party party, IncidentLevel level, String reason, String operator, Minutes falselyReported) {
        Operators.require(operator, reason);
        if (level == null) {
            throw new DomainException(ErrorCode.WRONG_STATE, "no incident level");
        }
        return tx.write(sink -> {
            members.byId(party.id()).orElseThrow(() -> new DomainException(ErrorCode.UNKNOWN_MEMBER, party.id()));
            Instant now = clock.instant();
            Duration suspension = level.suspension(party.side());
            long suspendedUntil = suspension.isZero() ? 0 : now.plus(suspension).toEpochMilli();
            long visibleUntil = level.keptFor() == null ? 0 : now.plus(level.keptFor()).toEpochMilli();
            Event e = sink.emit(new TrustEvent.Incident(party.key(), level, reason.strip(), operator.strip(), suspendedUntil, visibleUntil));
            String id = e.id().toString();
            note(party, level.reason(), id);
            if (party.side() == Party.Side.MEMBER && level == IncidentLevel.MODERATE && falselyReported != null && falselyReported.isPositive()) {
                credits.penalize(party.id(), Minutes.of(falselyReported.value() * policy.get().falseReportMultiplier()),
                        "信任事件 incident " + id + ": " + reason.strip(), operator);
            }
            if (party.side() == Party.Side.MERCHANT && level != IncidentLevel.MINOR) {
                long held = funds.depositFen(party.id());
                long take = level == IncidentLevel.MODERATE ? Math.min(IncidentLevel.MERCHANT_PENALTY_FEN, held) : held;
                if (take > 0) {
                    funds.record(level == IncidentLevel.MODERATE ? FundsKind.MERCHANT_PENALTY : FundsKind.DEPOSIT_FORFEITED, take,
                            "信任事件 incident " + id, null, List.of(operator), operator, party.id());
                }
            }
            return book.incidents(party).stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
        });
    }

    /**
     * Resolves an incident (an appeal upheld, the matter put right): its suspension or removal ends now.
     * The incident stays in the record with who resolved it and why; its score change stays too.
     */
    public Incident resolve(String incidentId, String operator, String reason) {
        Operators.require(operator, reason);
        return tx.write(sink -> {
            Incident i = book.incident(incidentId == null ? "" : incidentId)
                    .orElseThrow(() -> new DomainException(ErrorCode.UNKNOWN_INCIDENT, String.valueOf(incidentId)));
            if (i.resolved()) {
                throw new DomainException(ErrorCode.INCIDENT_RESOLVED, incidentId);
            }
            sink.emit(new TrustEvent.IncidentResolved(incidentId, operator.strip(), reason.strip()));
            return book.incident(incidentId).orElseThrow();
        });
    }

    /** The score: the policy's base plus every change, never below zero. */
    public long score(Party party) {
        return tx.read(() -> scoreOf(party));
    }

    private long scoreOf(Party party) {
        return Math.max(0, policy.get().trustBase() + book.sumOfChanges(party));
    }

    /** Why the score is what it is: every change, oldest first. */
    public List<TrustChange> history(Party party) {
        return tx.read(() -> book.changes(party));
    }

    /** Incidents still in the visible record (moderate ones for three months, the others for ever). */
    public List<Incident> record(Party party) {
        return tx.read(() -> book.incidents(party).stream().filter(i -> i.visible(clock.millis())).toList());
    }

    /** Every incident still in the visible record, newest first (the staff's list). */
    public List<Incident> incidents() {
        return tx.read(() -> {
            List<Incident> out = new ArrayList<>(book.allIncidents().stream().filter(i -> i.visible(clock.millis())).toList());
            java.util.Collections.reverse(out);
            return out;
        });
    }

    /** Every scored party (members and merchants) with its score, best first. */
    public List<java.util.Map.Entry<Party, Long>> scores() {
        return tx.read(() -> {
            List<java.util.Map.Entry<Party, Long>> out = new ArrayList<>();
            for (Party p : book.scoredParties()) {
                out.add(java.util.Map.entry(p, scoreOf(p)));
            }
            out.sort(Comparator.comparingLong((java.util.Map.Entry<Party, Long> x) -> -x.getValue()).thenComparing(x -> x.getKey().key()));
            return out;
        });
    }

    /**
     * Every party scored before {@code before} (epoch ms) with its score at that moment, best first: a past
     * month's bulletin prints the board as it stood at the month's end, not as it stands today.
     */
    public List<java.util.Map.Entry<Party, Long>> scoresAsOf(long before) {
        return tx.read(() -> {
            List<java.util.Map.Entry<Party, Long>> out = new ArrayList<>();
            long base = policy.get().trustBase();
            for (Party p : book.scoredParties()) {
                List<TrustChange> changes = book.changes(p).stream().filter(c -> c.at() < before).toList();
                if (!changes.isEmpty()) {
                    out.add(java.util.Map.entry(p, Math.max(0, base + changes.stream().mapToLong(TrustChange::delta).sum())));
                }
            }
            out.sort(Comparator.comparingLong((java.util.Map.Entry<Party, Long> x) -> -x.getValue()).thenComparing(x -> x.getKey().key()));
            return out;
        });
    }

    /** The incidents raised in [{@code from}, {@code to}) as the record showed them at {@code to}, oldest first. */
    public List<Incident> incidentsBetween(long from, long to) {
        return tx.read(() -> book.allIncidents().stream().filter(i -> i.at() >= from && i.at() < to && i.visible(to)).toList());
    }

    /** The monthly trust board: the {@code n} best-scored members (ties by member id). */
    public List<Party> board(int n) {
        return tx.read(() -> {
            List<Party> ps = new ArrayList<>(book.scoredParties().stream().filter(p -> p.side() == Party.Side.MEMBER)
                    .filter(p -> active(p).isEmpty()).toList());
            ps.sort(Comparator.comparingLong((Party p) -> -scoreOf(p)).thenComparing(Party::id));
            return List.copyOf(ps.subList(0, Math.min(n, ps.size())));
        });
    }

    /** Refuses when a member's redemption is frozen or the member was removed. */
    public void requireMayRedeem(String memberId) {
        refusal(Party.member(memberId), ErrorCode.MEMBER_FROZEN, ErrorCode.MEMBER_REMOVED).ifPresent(ex -> {
            throw ex;
        });
    }

    /** Refuses when a member was removed (no posting, accepting, signing up). */
    public void requireNotRemoved(String memberId) {
        if (book.incidents(Party.member(memberId)).stream().anyMatch(i -> i.level() == IncidentLevel.SEVERE && !i.resolved())) {
            throw new DomainException(ErrorCode.MEMBER_REMOVED, memberId);
        }
    }

    /** Refuses when a merchant is paused or was removed. */
    public void requireMerchantOpen(String merchantId) {
        refusal(Party.merchant(merchantId), ErrorCode.MERCHANT_PAUSED, ErrorCode.MERCHANT_REMOVED).ifPresent(ex -> {
            throw ex;
        });
    }

    private Optional<DomainException> refusal(Party party, ErrorCode suspended, ErrorCode removed) {
        Optional<Incident> blocking = active(party);
        if (blocking.isEmpty()) {
            return Optional.empty();
        }
        Incident i = blocking.get();
        if (i.level() == IncidentLevel.SEVERE) {
            return Optional.of(new DomainException(removed, party.id()));
        }
        String until = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(policy.get().zoneId())
                .format(Instant.ofEpochMilli(i.suspendedUntil()));
        return Optional.of(new DomainException(suspended, until));
    }

    /** The incident that suspends {@code party} now: a severe one first, else the one ending last. */
    private Optional<Incident> active(Party party) {
        long now = clock.millis();
        List<Incident> all = book.incidents(party);
        return all.stream().filter(i -> i.level() == IncidentLevel.SEVERE && !i.resolved()).findFirst()
                .or(() -> all.stream().filter(i -> i.suspends(now)).max(Comparator.comparingLong(Incident::suspendedUntil)));
    }
}
