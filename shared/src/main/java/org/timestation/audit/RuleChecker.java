package org.timestation.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.timestation.community.CommunityState;
import org.timestation.community.EventCatalog;
import org.timestation.credit.AccountId;
import org.timestation.credit.CreditBook;
import org.timestation.credit.CreditEvent;
import org.timestation.credit.CreditService;
import org.timestation.credit.Leg;
import org.timestation.credit.Minutes;
import org.timestation.credit.MovementKind;
import org.timestation.exchange.Request;
import org.timestation.ledger.CanonicalJson;
import org.timestation.ledger.Event;
import org.timestation.ledger.EventId;
import org.timestation.ledger.LedgerEvent;
import org.timestation.member.Member;
import org.timestation.member.Role;
import org.timestation.policy.Policy;

/**
 * Re-applies the community's rules to events as they are replayed: each event is checked against
 * the state just before it (the projection built from every event before it), then applied. A
 * signature proves only which node wrote an event, and a station's key sits in its folder; this is
 * what makes an event that the station's own code would never have written visible: credits minted
 * by a kind that may not mint, spent beyond what was held or below the floor, expired before they
 * were due, dated in the future, or reversed other than exactly. {@code verify} runs it over a whole
 * store; the hub runs it over every batch a node pushes (decision 0018).
 */
public final class RuleChecker {
    /** How far a node's clock may run ahead of another's (and of the checker's) before an event is "in the future". */
    public static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);

    /**
     * The rules, each named in a finding. A rule that depends only on the event itself holds wherever
     * the event is replayed; a rule that depends on the state before it (what was held, who was a
     * merchant, which volunteer took a request) is exact only for the events of a node whose view
     * the replay reproduces (decision 0018).
     */
    public enum Rule {
        /** The event's type is not one this version knows. */
        UNKNOWN_TYPE(false),
        /** The payload does not fit its type. */
        MALFORMED(false),
        /** Dated after the checker's clock (beyond the tolerance). */
        IN_THE_FUTURE(false),
        /** A feed's hybrid time went backwards. */
        TIME_WENT_BACKWARDS(false),
        /** Credits minted (or a staff act) by a kind that may not, or without an operator and a reason. */
        NOT_ALLOWED_TO_MINT(false),
        /** The legs do not have the shape this kind of movement has. */
        WRONG_SHAPE(false),
        /** An earn date on a movement other than a reversal (lots would expire late, or never). */
        WRONG_EARNED_AT(false),
        /** A reward by a member who is neither staff nor a captain. */
        OPERATOR_NOT_ALLOWED(true),
        /** A redemption to a shop that is not a merchant. */
        NOT_A_MERCHANT(true),
        /** More than one movement may move (the policy's maximum). */
        AMOUNT_TOO_LARGE(true),
        /** Spent credits the account did not hold (or that had expired). */
        NOT_HELD(true),
        /** Left a member below the floor without a rule that allows it. */
        BELOW_FLOOR(true),
        /** The pool paid for someone it does not cover. */
        POOL_NOT_COVERED(true),
        /** Expired credits that were not yet due. */
        NOT_DUE(true),
        /** A reversal that does not exactly undo an earlier movement, once, keeping its date. */
        BAD_REVERSAL(true),
        /** A movement to or from a member who is not registered. */
        UNKNOWN_MEMBER(true),
        /** A payment for help that is not a request of this ledger, or not from its requester to its volunteer. */
        NOT_THIS_REQUEST(true),
        /** A trust incident resolved that is not open at this point of the order (unknown, or resolved already). */
        NO_SUCH_INCIDENT(true),
        /** A request closed as lapsed before its time had passed by the policy's lapseHours, or after a volunteer took it. */
        LAPSED_TOO_EARLY(true),
        /** A price check whose verdict does not follow from its prices (a fair price made out high, or a high one fair). */
        WRONG_VERDICT(false);

        private final boolean dependsOnOrder;

        Rule(boolean dependsOnOrder) {
            this.dependsOnOrder = dependsOnOrder;
        }

        /** True when the rule judges an event by the state before it, not by the event alone. */
        public boolean dependsOnOrder() {
            return dependsOnOrder;
        }
    }

    /**
     * One broken rule: where and what. A {@code conflict} is a rule that depends on the order broken
     * by an event of a node whose view the replay does not reproduce: two stations that worked
     * offline (both spent the same credits, both took the same request). It happened, it is applied,
     * and it is flagged for the manager; it is not evidence of tampering.
     */
    public record Violation(String nodeId, long seq, Rule rule, String detail, boolean conflict, String other) {
        public Violation(String nodeId, long seq, Rule rule, String detail, boolean conflict) {
            this(nodeId, seq, rule, detail, conflict, null);
        }

        /** The same violation, naming the other event it conflicts with. */
        public Violation withOther(String otherEventId) {
            return new Violation(nodeId, seq, rule, detail, conflict, otherEventId);
        }

        @Override
        public String toString() {
            return nodeId + "/" + seq + ": rule " + rule + " broken: " + detail + (other == null ? "" : " (after " + other + ")");
        }
    }

    private final CommunityState state;
    private final Function<EventId, Optional<Event>> events;
    private final long latestAllowed;
    private final Map<String, Long> lastHlc = new HashMap<>();
    private final java.util.function.Predicate<String> exact;
    /** See {@link #checkAndApply(Event, boolean)}. */
    private boolean writerSawAllBefore = true;
    /** Movements seen, by id, when replaying a whole store (so a reversal's original is found without reading the store again). */
    private final Map<EventId, Seen> seen;

    private record Seen(long at, CreditEvent.Moved moved) {
    }

    /**
     * Checks events against {@code state} (the hub: its projection, with earlier events in its store).
     *
     * @param state  the projection to check against and apply to
     * @param events looks up an earlier event (a reversal's original)
     * @param now    the checker's wall clock: nothing may be dated after it (plus the tolerance)
     * @param exact  the nodes whose events were written against exactly this state (see {@link Violation})
     */
    public RuleChecker(CommunityState state, Function<EventId, Optional<Event>> events, Instant now,
                       java.util.function.Predicate<String> exact) {
        this.state = state;
        this.events = events;
        this.exact = exact;
        this.seen = null;
        this.latestAllowed = now.plus(CLOCK_TOLERANCE).toEpochMilli();
    }

    /**
     * Checks a whole store replayed from its first event into a new projection ({@code verify}).
     * {@code exact} names the nodes whose view the store's arrival order reproduces: the folder's own
     * node (it wrote its events against exactly that state), or every node of a store written in one
     * process.
     */
    public RuleChecker(CommunityState empty, Instant now, java.util.function.Predicate<String> exact) {
        this.state = empty;
        this.events = null;
        this.exact = exact;
        this.seen = new HashMap<>();
        this.latestAllowed = now.plus(CLOCK_TOLERANCE).toEpochMilli();
    }

    /** The projection the checked events were applied to. */
    public CommunityState state() {
        return state;
    }

    /**
     * Checks {@code e} against the state before it, then applies it (an event breaking a rule is
     * applied all the same: it is in the ledger, and later events are judged against what it did).
     */
    public List<Violation> checkAndApply(Event e) {
        return checkAndApply(e, true);
    }

    /**
     * {@link #checkAndApply(Event)} for a replay in hybrid order: {@code writerSawAllBefore} is false when
     * an event of another node that comes before {@code e} reached the store after it, so its writer
     * did not see the state the replay shows; then a broken rule that depends on the order is a
     * conflict even for an exact node (two stations that worked offline, decision 0029).
     */
    public List<Violation> checkAndApply(Event e, boolean writerSawAllBefore) {
        this.writerSawAllBefore = writerSawAllBefore;
        List<Violation> out = new ArrayList<>(0);
        if (e.epochMillis() > latestAllowed) {
            out.add(violation(e, Rule.IN_THE_FUTURE, "dated " + Instant.ofEpochMilli(e.epochMillis())));
        }
        Long last = lastHlc.put(e.nodeId(), e.hlc());
        if (last != null && e.hlc() <= last) {
            out.add(violation(e, Rule.TIME_WENT_BACKWARDS, "hybrid time " + e.hlc() + " after " + last));
        }
        LedgerEvent typed;
        try {
            Optional<LedgerEvent> decoded = EventCatalog.decode(e);
            if (decoded.isEmpty()) {
                out.add(violation(e, Rule.UNKNOWN_TYPE, "type " + e.type() + " is not known to this version"));
                state.apply(e);
                return out;
            }
            typed = decoded.get();
        } catch (CanonicalJson.MalformedPayloadException bad) {
            out.add(violation(e, Rule.MALFORMED, bad.getMessage()));
            return out;
        }
        if (typed instanceof CreditEvent.Moved moved) {
            checkMovement(e, moved, out);
            if (seen != null) {
                seen.put(e.id(), new Seen(e.epochMillis(), moved));
            }
        }
        if (typed instanceof org.timestation.nodes.NodeEvent.StateChanged act
                && (act.operator() == null || act.operator().isBlank() || act.reason() == null || act.reason().isBlank())) {
            out.add(violation(e, Rule.NOT_ALLOWED_TO_MINT, "an act on node " + act.node() + " without an operator and a reason"));
        }
        if (typed instanceof org.timestation.nodes.NodeEvent.KeyRotated r
                && (r.operator() == null || r.operator().isBlank() || r.reason() == null || r.reason().isBlank() || r.fromSeq() < 2)) {
            out.add(violation(e, Rule.NOT_ALLOWED_TO_MINT, "a new key for node " + r.node() + " without an operator and a reason, or from seq " + r.fromSeq()));
        }
        if (typed instanceof org.timestation.trust.TrustEvent.IncidentResolved resolved) {
            if (resolved.operator() == null || resolved.operator().isBlank() || resolved.reason() == null || resolved.reason().isBlank()) {
                out.add(violation(e, Rule.NOT_ALLOWED_TO_MINT, "incident " + resolved.incident() + " resolved without an operator and a reason"));
            } else if (state.members().byId(resolved.operator()).filter(op -> op.has(Role.STAFF) || op.has(Role.MANAGER)).isEmpty()) {
                out.add(violation(e, Rule.OPERATOR_NOT_ALLOWED, "incident " + resolved.incident() + " resolved by " + resolved.operator()
                        + ", who is not a staff member of this community"));
            }
            if (state.trustIncident(resolved.incident()).filter(i -> !i.resolved()).isEmpty()) {
                out.add(violation(e, Rule.NO_SUCH_INCIDENT, "incident " + resolved.incident() + " resolved, but no open incident has that id here"));
            }
        }
        if (typed instanceof org.timestation.exchange.ExchangeEvent.Lapsed lapsed) {
            checkLapse(e, lapsed, out);
        }
        if (typed instanceof org.timestation.member.MemberEvent.BulletinName b && !b.member().equals(b.by())) {
            // someone else printing a member's full name: only staff, with a reason
            if (b.reason() == null || b.reason().isBlank()) {
                out.add(violation(e, Rule.OPERATOR_NOT_ALLOWED, "the bulletin name of " + b.member() + " set by " + b.by() + " without a reason"));
            } else if (state.members().byId(b.by()).filter(op -> op.has(Role.STAFF) || op.has(Role.MANAGER)).isEmpty()) {
                out.add(violation(e, Rule.OPERATOR_NOT_ALLOWED, "the bulletin name of " + b.member() + " set by " + b.by()
                        + ", who is neither the member nor a staff member of this community"));
            }
        }
        if (typed instanceof org.timestation.merchant.MerchantEvent.PriceChecked p) {
            if (p.operator() == null || p.operator().isBlank()) {
                out.add(violation(e, Rule.NOT_ALLOWED_TO_MINT, "a price check at " + p.merchant() + " without an operator"));
            }
            if (p.cost() <= 0 || p.listed() <= 0 || p.charged() <= 0
                    || p.verdict() != org.timestation.merchant.PriceCheck.Verdict.of(p.cost(), p.listed(), p.charged())) {
                out.add(violation(e, Rule.WRONG_VERDICT, "a price check at " + p.merchant() + " says " + p.verdict() + " for cost " + p.cost()
                        + ", posted " + p.listed() + ", charged " + p.charged() + " (fen)"));
            }
        }
        state.apply(e, typed);
        return out;
    }

    private void checkLapse(Event e, org.timestation.exchange.ExchangeEvent.Lapsed lapsed, List<Violation> out) {
        Request r = state.exchanges().request(lapsed.request()).orElse(null);
        if (r == null) {
            return; // a request this node has not seen: the lapse changes nothing here
        }
        org.timestation.exchange.ExchangeState s = r.state();
        if (s != org.timestation.exchange.ExchangeState.OPEN && s != org.timestation.exchange.ExchangeState.LAPSED
                && s != org.timestation.exchange.ExchangeState.LAPSED_TOLD) {
            out.add(violation(e, Rule.LAPSED_TOO_EARLY, "request " + r.id() + " was closed as lapsed while it was " + s));
            return;
        }
        long due = r.startAt() + Duration.ofHours(state.policy().get().lapseHours()).toMillis();
        if (e.epochMillis() + CLOCK_TOLERANCE.toMillis() < due) {
            out.add(violation(e, Rule.LAPSED_TOO_EARLY, "request " + r.id() + " was closed as lapsed at " + Instant.ofEpochMilli(e.epochMillis())
                    + ", before " + Instant.ofEpochMilli(due)));
        }
    }

    private void checkMovement(Event e, CreditEvent.Moved m, List<Violation> out) {
        Policy policy = state.policy().get();
        CreditBook book = state.credits();
        // credits are judged at the earliest moment the writer's clock can have read (its events may be up to the tolerance ahead)
        Instant at = Instant.ofEpochMilli(e.epochMillis());
        Instant earliest = at.minus(CLOCK_TOLERANCE);
        List<Leg> legs = m.legs();
        long total = 0;
        for (Leg l : legs) {
            total = Math.addExact(total, l.minutes().value());
            for (AccountId a : new AccountId[] {l.from(), l.to()}) {
                if (a.isMember() && state.members().byId(a.memberId()).isEmpty()) {
                    out.add(violation(e, Rule.UNKNOWN_MEMBER, a + " is not a registered member"));
                }
            }
            if (l.from().equals(AccountId.ISSUANCE) && m.kind() != MovementKind.REWARD && m.kind() != MovementKind.POOL_GRANT) {
                out.add(violation(e, Rule.NOT_ALLOWED_TO_MINT, m.kind() + " minted " + l.minutes() + " from issuance"));
            }
        }
        if (m.earnedAt() != null && m.kind() != MovementKind.REVERSAL) {
            out.add(violation(e, Rule.WRONG_EARNED_AT, m.kind() + " carries an earn date (" + Instant.ofEpochMilli(m.earnedAt()) + ")"));
        }
        if (m.kind() != MovementKind.EXPIRY && m.kind() != MovementKind.REVERSAL && total > policy.maxMovementMinutes()) {
            out.add(violation(e, Rule.AMOUNT_TOO_LARGE, Minutes.of(total) + " in one movement, the most is " + Minutes.of(policy.maxMovementMinutes())));
        }
        switch (m.kind()) {
            case REWARD -> {
                requireShape(e, m, out, legs.size() == 1 && legs.get(0).from().equals(AccountId.ISSUANCE) && legs.get(0).to().isMember());
                requireStaffAct(e, m, out);
                if (m.operator() != null) {
                    state.members().byId(m.operator()).filter(op -> !op.has(Role.CAPTAIN) && !op.has(Role.STAFF) && !op.has(Role.MANAGER))
                            .ifPresent(op -> out.add(violation(e, Rule.OPERATOR_NOT_ALLOWED, "reward by member " + op.id()
                                    + ", who is neither staff nor a captain")));
                }
            }
            case POOL_GRANT -> {
                requireShape(e, m, out, legs.size() == 1 && legs.get(0).from().equals(AccountId.ISSUANCE)
                        && legs.get(0).to().equals(AccountId.POOL));
                requireStaffAct(e, m, out);
            }
            case GIFT -> {
                requireShape(e, m, out, legs.size() == 1 && legs.get(0).from().isMember() && legs.get(0).to().isMember());
                requireHeld(e, book, legs.get(0), earliest, out);
            }
            case REDEMPTION -> {
                Leg l = legs.get(0);
                boolean shape = legs.size() == 1 && l.from().isMember() && l.to().value().startsWith("settlement:");
                requireShape(e, m, out, shape);
                if (shape && state.members().byId(l.to().value().substring("settlement:".length())).filter(x -> x.has(Role.MERCHANT)).isEmpty()) {
                    out.add(violation(e, Rule.NOT_A_MERCHANT, l.to() + " is not the settlement account of a merchant"));
                }
                requireHeld(e, book, l, earliest, out);
            }
            case FEE -> {
                requireShape(e, m, out, legs.size() == 1 && legs.get(0).from().isMember() && legs.get(0).to().equals(AccountId.POOL));
                requireHeld(e, book, legs.get(0), earliest, out);
            }
            case PENALTY -> {
                requireShape(e, m, out, legs.size() == 1 && legs.get(0).from().isMember() && legs.get(0).to().equals(AccountId.POOL));
                requireStaffAct(e, m, out);
            }
            case EXPIRY -> {
                Leg l = legs.get(0);
                requireShape(e, m, out, legs.size() == 1 && l.from().isMember() && l.to().equals(AccountId.POOL));
                Minutes due = book.expired(l.from(), at);
                if (l.minutes().compareTo(due) > 0) {
                    out.add(violation(e, Rule.NOT_DUE, "expired " + l.minutes() + " of " + l.from() + ", of which only " + due + " were due"));
                }
            }
            case SERVICE -> checkService(e, m, policy, book, earliest, at, out);
            case REVERSAL -> checkReversal(e, m, book, out);
            default -> throw new IllegalStateException(m.kind().name());
        }
    }

    private void checkService(Event e, CreditEvent.Moved m, Policy policy, CreditBook book, Instant earliest, Instant at, List<Violation> out) {
        List<Leg> legs = m.legs();
        AccountId payee = legs.get(0).to();
        boolean shape = !legs.isEmpty() && legs.size() <= 2 && payee.isMember();
        AccountId payer = null;
        boolean pool = false;
        for (Leg l : legs) {
            shape &= l.to().equals(payee);
            if (l.from().equals(AccountId.POOL)) {
                shape &= !pool;
                pool = true;
            } else if (l.from().isMember() && payer == null) {
                payer = l.from();
            } else {
                shape = false;
            }
        }
        requireShape(e, m, out, shape);
        if (!shape) {
            return;
        }
        // a payment for help is for one request, from its requester to the volunteer who took it on
        Request request = m.ref() == null ? null : state.exchanges().request(m.ref()).orElse(null);
        if (request == null) {
            out.add(violation(e, Rule.NOT_THIS_REQUEST, "pays for " + m.ref() + ", which is not a request in this ledger"));
            return;
        }
        if (payer != null && !payer.equals(AccountId.member(request.requesterId()))
                || !payee.equals(AccountId.member(String.valueOf(request.volunteerId())))) {
            out.add(violation(e, Rule.NOT_THIS_REQUEST, "pays " + payee + (payer == null ? "" : " from " + payer) + " for " + request.id()
                    + ", which " + request.requesterId() + " asked for and " + request.volunteerId() + " took on"));
        }
        Member requester = state.members().byId(request.requesterId()).orElse(null);
        boolean covered = requester != null && CreditService.isEligibleRecipient(requester, at, policy);
        boolean ageKnown = requester == null || requester.birthDate() != null; // without the community key a sealed age stays unknown
        if (pool && !covered && ageKnown) {
            out.add(violation(e, Rule.POOL_NOT_COVERED, "the pool paid for " + request.requesterId() + ", who is neither "
                    + policy.eligibleAge() + "+ nor marked as a hardship"));
        }
        if (payer == null) {
            return;
        }
        Leg own = legs.stream().filter(l -> l.from().isMember()).findFirst().orElseThrow();
        if (covered) {
            requireHeld(e, book, own, earliest, out); // the pool pays the shortfall: the elder's own part is only what they hold
        } else {
            Minutes after = book.balance(payer).minus(book.expired(payer, earliest)).minus(own.minutes());
            Minutes floor = Minutes.of(policy.floorMinutes());
            if (after.isLessThan(floor)) {
                out.add(violation(e, Rule.BELOW_FLOOR, payer + " paid " + own.minutes() + " and would hold " + after + ", below the floor of " + floor)
                        .withOther(lastMovedElsewhere(e, payer)));
            }
        }
    }

    private void checkReversal(Event e, CreditEvent.Moved m, CreditBook book, List<Violation> out) {
        requireStaffAct(e, m, out);
        EventId ref = null;
        Seen original = null;
        try {
            ref = EventId.parse(m.ref());
            original = seen != null ? seen.get(ref) : events.apply(ref).filter(CreditService::isMovement)
                    .map(o -> new Seen(o.epochMillis(), (CreditEvent.Moved) CreditEvent.of(o))).orElse(null);
        } catch (RuntimeException notAnId) {
            // reported below
        }
        if (original == null) {
            out.add(violation(e, Rule.BAD_REVERSAL, "reverses " + m.ref() + ", which is not an earlier credit movement in this ledger"));
            return;
        }
        if (original.moved().kind() == MovementKind.REVERSAL) {
            out.add(violation(e, Rule.BAD_REVERSAL, "reverses the reversal " + ref));
        }
        if (book.isReversed(ref)) {
            out.add(violation(e, Rule.BAD_REVERSAL, ref + " was already reversed"));
        }
        if (!CreditService.reversed(original.moved().legs()).equals(m.legs())) {
            out.add(violation(e, Rule.BAD_REVERSAL, "its legs are not exactly those of " + ref + " moved back"));
        }
        if (m.earnedAt() == null || m.earnedAt() != original.at()) {
            out.add(violation(e, Rule.BAD_REVERSAL, "a reversal's credits keep the original's date " + Instant.ofEpochMilli(original.at())));
        }
    }

    private void requireShape(Event e, CreditEvent.Moved m, List<Violation> out, boolean ok) {
        if (!ok) {
            out.add(violation(e, Rule.WRONG_SHAPE, m.kind() + " with legs " + m.legs()));
        }
    }

    private void requireStaffAct(Event e, CreditEvent.Moved m, List<Violation> out) {
        if (m.operator() == null || m.operator().isBlank() || m.reason() == null || m.reason().isBlank()) {
            out.add(violation(e, Rule.NOT_ALLOWED_TO_MINT, m.kind() + " without an operator and a reason"));
        }
    }

    private void requireHeld(Event e, CreditBook book, Leg l, Instant at, List<Violation> out) {
        if (!l.from().isMember()) {
            return;
        }
        Minutes available = book.available(l.from(), at);
        if (l.minutes().compareTo(available) > 0) {
            out.add(violation(e, Rule.NOT_HELD, l.from() + " spent " + l.minutes() + " but held " + available + " that had not expired")
                    .withOther(lastMovedElsewhere(e, l.from())));
        }
    }

    /**
     * The latest movement of {@code account} written by another node than {@code e}'s: with two stations
     * offline, the other spending the conflict is between (the manager sees both ids).
     */
    private String lastMovedElsewhere(Event e, AccountId account) {
        if (!account.isMember()) {
            return null;
        }
        for (String id : state.statements().latest(account.memberId(), org.timestation.credit.StatementBook.KEEP)) {
            if (!EventId.parse(id).nodeId().equals(e.nodeId())) {
                return id;
            }
        }
        return null;
    }

    private Violation violation(Event e, Rule rule, String detail) {
        return new Violation(e.nodeId(), e.seq(), rule, detail, rule.dependsOnOrder() && !(writerSawAllBefore && exact.test(e.nodeId())));
    }
}
