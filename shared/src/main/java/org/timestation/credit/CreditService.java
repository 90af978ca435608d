package org.timestation.credit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.timestation.ledger.Event;
import org.timestation.ledger.EventId;
import org.timestation.ledger.EventSink;
import org.timestation.ledger.Transactor;
import org.timestation.member.Identified;
import org.timestation.member.Member;
import org.timestation.member.MemberRegistry;
import org.timestation.staff.Operators;
import org.timestation.member.Role;
import org.timestation.policy.Policy;
import org.timestation.text.DomainException;
import org.timestation.text.ErrorCode;

/**
 * Moving credits, with the handbook's rules (DESIGN.md §5): positive amounts only; no transfer to
 * oneself or to unknown members; expired credits cannot be spent; requesters may go below zero
 * only to the floor, unless they are eligible recipients (65+ or hardship), whose shortfall the
 * mutual-aid pool pays; gifts and redemptions need credits actually held. A refused command
 * writes nothing.
 */
public final class CreditService {
    private final Transactor tx;
    private final CreditBook book;
    private final MemberRegistry members;
    private final Supplier<Policy> policy;
    private final Clock clock;
    private final Function<EventId, Optional<Event>> events;
    private Standing standing = Standing.ANYONE;
    private final StatementBook statements;

    public CreditService(Transactor tx, CreditBook book, StatementBook statements, MemberRegistry members, Supplier<Policy> policy,
                         Clock clock, Function<EventId, Optional<Event>> events) {
        this.tx = tx;
        this.statements = statements;
        this.events = events;
        this.book = book;
        this.members = members;
        this.policy = policy;
        this.clock = clock;
    }

    /** Who may spend: set once by the community when the trust feature is wired. */
    public void standing(Standing s) {
        this.standing = s;
    }

    private OfflineAllowance offline = OfflineAllowance.NONE;

    /** What members may spend while this station cannot sync (decision 0029). */
    public void offline(OfflineAllowance allowance) {
        this.offline = allowance;
    }

    /** The requester pays the volunteer for {@code minutes} of confirmed help. */
    public Event payForService(String requesterId, String volunteerId, Minutes minutes, String ref) {
        requireAmount(minutes);
        return tx.write(sink -> {
            Member requester = requireMember(requesterId);
            requireMember(volunteerId);
            requireDifferent(requesterId, volunteerId);
            Instant now = clock.instant();
            AccountId payer = AccountId.member(requesterId);
            AccountId payee = AccountId.member(volunteerId);
            Minutes available = book.available(payer, now);
            List<Leg> legs = new ArrayList<>();
            if (isEligibleRecipient(requester, now)) {
                Minutes own = Minutes.min(Minutes.max(available, Minutes.ZERO), minutes);
                Minutes shortfall = minutes.minus(own);
                Minutes pool = book.balance(AccountId.POOL);
                if (pool.isLessThan(shortfall)) {
                    throw new DomainException(ErrorCode.POOL_EXHAUSTED, pool, shortfall);
                }
                addLeg(legs, payer, payee, own);
                addLeg(legs, AccountId.POOL, payee, shortfall);
            } else {
                Minutes after = book.balance(payer).minus(book.expired(payer, now)).minus(minutes);
                Minutes floor = Minutes.of(policy.get().floorMinutes());
                if (after.isLessThan(floor)) {
                    throw new DomainException(ErrorCode.BELOW_FLOOR, after, floor);
                }
                legs.add(new Leg(payer, payee, minutes));
            }
            sweepExpired(sink, payer, now);
            return sink.emit(new CreditEvent.Moved(MovementKind.SERVICE, legs, ref, null, null, null, null, null));
        });
    }

    /**
     * 转赠: a member gives credits they hold to another member (family across generations too). The
     * giver proves who they are by card or PIN in this session ({@link Identified#requireToSpend}).
     */
    public Event gift(Identified giver, String toId, Minutes minutes, String memo) {
        requireAmount(minutes);
        Identified.requireToSpend(giver, giver == null ? null : giver.memberId(), clock.instant());
        String fromId = giver.memberId();
        return tx.write(sink -> {
            requireMember(fromId);
            requireMember(toId);
            requireDifferent(fromId, toId);
            standing.requireMayGive(fromId);
            AccountId from = AccountId.member(fromId);
            Instant now = clock.instant();
            requireHeld(from, minutes, now);
            offline.requireMaySpend(fromId, minutes);
            sweepExpired(sink, from, now);
            return sink.emit(new CreditEvent.Moved(MovementKind.GIFT, List.of(new Leg(from, AccountId.member(toId), minutes)), null,
                    blankToNull(memo), null, null, null, null));
        });
    }

    /** Credits to a partner merchant's settlement account, as a discount. */
    public Event redeem(String memberId, String merchantId, Minutes minutes, String ref) {
        return redeem(memberId, merchantId, minutes, ref, null);
    }

    /** As {@link #redeem(String, String, Minutes, String)}; {@code proxyCaptainId} marks 代兑换 on the elder's statement. */
    public Event redeem(String memberId, String merchantId, Minutes minutes, String ref, String proxyCaptainId) {
        requireAmount(minutes);
        return tx.write(sink -> {
            requireMember(memberId);
            standing.requireMayRedeem(memberId);
            Member merchant = requireMember(merchantId);
            requireDifferent(memberId, merchantId);
            if (!merchant.has(Role.MERCHANT)) {
                throw new DomainException(ErrorCode.NOT_A_MERCHANT, merchantId);
            }
            AccountId from = AccountId.member(memberId);
            Instant now = clock.instant();
            requireHeld(from, minutes, now);
            offline.requireMaySpend(memberId, minutes);
            sweepExpired(sink, from, now);
            return sink.emit(new CreditEvent.Moved(MovementKind.REDEMPTION, List.of(new Leg(from, AccountId.settlement(merchantId), minutes)),
                    ref, null, null, null, proxyCaptainId, null));
        });
    }

    /** A fee from credits the member holds, to the mutual-aid pool (e.g. a training place: 5 credits). */
    public Event payFee(String memberId, Minutes minutes, String ref, String reason) {
        requireAmount(minutes);
        return tx.write(sink -> {
            requireMember(memberId);
            AccountId from = AccountId.member(memberId);
            Instant now = clock.instant();
            requireHeld(from, minutes, now);
            sweepExpired(sink, from, now);
            return sink.emit(new CreditEvent.Moved(MovementKind.FEE, List.of(new Leg(from, AccountId.POOL, minutes)), ref, null, reason,
                    null, null, null));
        });
    }

    /** Mints a reward from the issuance account (activities, captains, adopted proposals). */
    public Event reward(String memberId, Minutes minutes, String reason, String operator) {
        requireAmount(minutes);
        Operators.require(operator, reason);
        return tx.write(sink -> {
            requireMember(memberId);
            return sink.emit(new CreditEvent.Moved(MovementKind.REWARD, List.of(new Leg(AccountId.ISSUANCE, AccountId.member(memberId), minutes)),
                    null, null, reason.strip(), operator.strip(), null, null));
        });
    }

    /** Funds the mutual-aid pool from issuance. */
    public Event fundPool(Minutes minutes, String reason, String operator) {
        requireAmount(minutes);
        Operators.require(operator, reason);
        return tx.write(sink -> sink.emit(new CreditEvent.Moved(MovementKind.POOL_GRANT, List.of(new Leg(AccountId.ISSUANCE, AccountId.POOL,
                minutes)), null, null, reason.strip(), operator.strip(), null, null)));
    }

    /**
     * Takes credits from a member into the pool (e.g. double deduction for falsely reported hours).
     * Like a reversal it may take the member below zero: the debt is repaid from later earnings.
     */
    public Event penalize(String memberId, Minutes minutes, String reason, String operator) {
        requireAmount(minutes);
        Operators.require(operator, reason);
        return tx.write(sink -> {
            requireMember(memberId);
            AccountId from = AccountId.member(memberId);
            sweepExpired(sink, from, clock.instant());
            return sink.emit(new CreditEvent.Moved(MovementKind.PENALTY, List.of(new Leg(from, AccountId.POOL, minutes)), null, null,
                    reason.strip(), operator.strip(), null, null));
        });
    }

    /**
     * Corrects an earlier movement by moving every leg back, with a reason and an operator. The
     * original event stays; the credits returned to a member carry the original date, so a
     * correction never extends an expiry. A reversal may leave the receiver below zero.
     */
    public Event reverse(EventId original, String reason, String operator) {
        Operators.require(operator, reason);
        return tx.write(sink -> {
            Event e = events.apply(original).orElseThrow(() -> new DomainException(ErrorCode.UNKNOWN_EVENT, original.toString()));
            if (!isMovement(e) || !(CreditEvent.of(e) instanceof CreditEvent.Moved p) || p.kind() == MovementKind.REVERSAL) {
                throw new DomainException(ErrorCode.NOT_REVERSIBLE, original.toString());
            }
            if (book.isReversed(original)) {
                throw new DomainException(ErrorCode.ALREADY_REVERSED, original.toString());
            }
            return sink.emit(new CreditEvent.Moved(MovementKind.REVERSAL, reversed(p.legs()), original.toString(), null, reason.strip(),
                    operator.strip(), null, e.epochMillis()));
        });
    }

    /** Moves every expired lot to the mutual-aid pool (run by the daily scheduler). */
    public List<Event> expireDue() {
        return tx.write(sink -> {
            List<Event> out = new ArrayList<>();
            Instant now = clock.instant();
            for (Map.Entry<AccountId, Minutes> due : book.dueForExpiry(now).entrySet()) {
                out.add(sink.emit(expiry(due.getKey(), due.getValue())));
            }
            return out;
        });
    }

    // ---- queries ----

    public Minutes balance(String memberId) {
        return tx.read(() -> book.balance(AccountId.member(memberId)));
    }

    public Minutes balance(AccountId account) {
        return tx.read(() -> book.balance(account));
    }

    /** The member's latest {@code n} movements (at most {@value StatementBook#KEEP}), newest first; 代办 ones carry the captain. */
    public List<Movement> statement(String memberId, int n) {
        return tx.read(() -> {
            List<Movement> out = new ArrayList<>();
            for (String id : statements.latest(memberId, n)) {
                events.apply(EventId.parse(id)).ifPresent(e -> out.add(StatementBook.movement(e, memberId)));
            }
            return out;
        });
    }

    public Minutes available(String memberId) {
        return tx.read(() -> book.available(AccountId.member(memberId), clock.instant()));
    }

    public List<Lot> lots(String memberId) {
        return tx.read(() -> book.lots(AccountId.member(memberId)));
    }

    /** Lots expiring within the reminder window (default one month): shown and printed as a warning. */
    public List<Lot> expiringSoon(String memberId) {
        return tx.read(() -> book.expiringSoon(AccountId.member(memberId), clock.instant()));
    }

    public java.util.SortedMap<AccountId, List<Lot>> expiryReminders() {
        return tx.read(() -> book.expiryReminders(clock.instant()));
    }

    public boolean isEligibleRecipient(Member m, Instant now) {
        return isEligibleRecipient(m, now, policy.get());
    }

    /** The mutual-aid pool covers this member's shortfall: 65 or older (the policy's age) on that day, or a hardship. */
    public static boolean isEligibleRecipient(Member m, Instant at, Policy p) {
        return m.hardship() || m.ageOn(LocalDate.ofInstant(at, p.zoneId())) >= p.eligibleAge();
    }

    // ---- helpers ----

    private void requireAmount(Minutes minutes) {
        if (minutes == null || !minutes.isPositive()) {
            throw new DomainException(ErrorCode.AMOUNT_NOT_POSITIVE, minutes == null ? Minutes.ZERO : minutes);
        }
        long max = policy.get().maxMovementMinutes();
        if (minutes.value() > max) {
            throw new DomainException(ErrorCode.AMOUNT_TOO_LARGE, minutes, Minutes.of(max));
        }
    }

    private Member requireMember(String id) {
        return members.byId(id).orElseThrow(() -> new DomainException(ErrorCode.UNKNOWN_MEMBER, String.valueOf(id)));
    }

    private static void requireDifferent(String a, String b) {
        if (a.equals(b)) {
            throw new DomainException(ErrorCode.SELF_TRANSFER);
        }
    }

    /** Gifts and redemptions spend only credits held and not expired. */
    private void requireHeld(AccountId from, Minutes minutes, Instant now) {
        Minutes available = book.available(from, now);
        if (available.compareTo(minutes) >= 0) {
            return;
        }
        Minutes expired = book.expired(from, now);
        if (available.plus(expired).compareTo(minutes) >= 0) {
            Lot latest = book.lots(from).stream().filter(l -> l.isExpiredAt(now.toEpochMilli()))
                    .max(java.util.Comparator.comparingLong(Lot::expiresAt)).orElseThrow();
            String day = DateTimeFormatter.ISO_LOCAL_DATE.format(book.lastValidDay(latest));
            throw new DomainException(ErrorCode.CREDITS_EXPIRED, expired, day, available);
        }
        throw new DomainException(ErrorCode.INSUFFICIENT_CREDITS, available, minutes);
    }

    private void sweepExpired(EventSink sink, AccountId account, Instant now) {
        Minutes expired = book.expired(account, now);
        if (expired.isPositive()) {
            sink.emit(expiry(account, expired));
        }
    }

    private static void addLeg(List<Leg> legs, AccountId from, AccountId to, Minutes m) {
        if (m.isPositive()) {
            legs.add(new Leg(from, to, m));
        }
    }

    private static CreditEvent.Moved expiry(AccountId account, Minutes expired) {
        return new CreditEvent.Moved(MovementKind.EXPIRY, List.of(new Leg(account, AccountId.POOL, expired)), null, null, null, null, null, null);
    }

    /** True when {@code e} is a credit movement. */
    public static boolean isMovement(Event e) {
        return org.timestation.ledger.EventCodec.types(CreditEvent.class).containsKey(e.type());
    }

    /** The legs that undo {@code legs}: each moved back, last first. */
    public static List<Leg> reversed(List<Leg> legs) {
        List<Leg> back = new ArrayList<>(legs.size());
        for (int i = legs.size() - 1; i >= 0; i--) {
            Leg l = legs.get(i);
            back.add(new Leg(l.to(), l.from(), l.minutes()));
        }
        return back;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
