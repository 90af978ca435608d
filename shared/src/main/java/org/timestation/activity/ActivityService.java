package org.timestation.activity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.timestation.cocreation.CoCreationService;
import org.timestation.credit.CreditService;
import org.timestation.credit.Minutes;
import org.timestation.ledger.Event;
import org.timestation.ledger.EventId;
import org.timestation.ledger.Transactor;
import org.timestation.member.Member;
import org.timestation.member.MemberRegistry;
import org.timestation.staff.Operators;
import org.timestation.member.Role;
import org.timestation.policy.Policy;
import org.timestation.text.DomainException;
import org.timestation.text.ErrorCode;
import org.timestation.trust.TrustService;

/**
 * Activities (活动) and trainings (培训), following the captains' handbook: a captain proposes an
 * activity (theme, time, place, capacity, resources) and the station approves or rejects it; the
 * station publishes trainings. Members sign up while places are left and check in at the kiosk from
 * an hour before the start until the end. Closing with a summary pays the rewards in the same
 * commit: participation credits to everyone checked in, and 5 credits to the captain when at least
 * 10 checked in; a training certifies its skill for everyone who attended. A training place is free
 * for co-creation members and costs others 5 credits (refunded when they withdraw before the start).
 */
public final class ActivityService {
    /** Check-in opens this long before the start. */
    public static final Duration CHECK_IN_OPENS = Duration.ofHours(1);
    private static final int MAX_CAPACITY = 500;
    private static final int MAX_TEXT = 60;

    private final Transactor tx;
    private final ActivityBook book;
    private final MemberRegistry members;
    private final CreditService credits;
    private final CoCreationService cocreation;
    private final TrustService trust;
    private final Supplier<Policy> policy;
    private final Clock clock;

    public ActivityService(Transactor tx, ActivityBook book, MemberRegistry members, CreditService credits, CoCreationService cocreation,
                           TrustService trust, Supplier<Policy> policy, Clock clock) {
        this.tx = tx;
        this.book = book;
        this.members = members;
        this.credits = credits;
        this.cocreation = cocreation;
        this.trust = trust;
        this.policy = policy;
        this.clock = clock;
    }

    /** What is planned: theme, when, where, how many, what is needed. */
    public record Plan(String theme, Instant startAt, Instant endAt, String place, int capacity, String resources) {
    }

    /** A captain proposes an activity; it waits for the station's approval. */
    public Activity propose(String captainId, Plan plan) {
        return tx.write(sink -> {
            Member captain = member(captainId);
            if (!captain.has(Role.CAPTAIN)) {
                throw new DomainException(ErrorCode.NOT_A_CAPTAIN, captainId);
            }
            return publish(sink, Activity.Kind.ACTIVITY, plan, captainId, null, false, null);
        });
    }

    /** The station publishes a training that certifies {@code skill}; it is open for sign-up at once. */
    public Activity publishTraining(Plan plan, String skill, String operator) {
        Operators.require(operator, "publish training");
        if (skill == null || skill.isBlank() || skill.length() > 40) {
            throw new DomainException(ErrorCode.INVALID_ACTIVITY, "skill");
        }
        return tx.write(sink -> publish(sink, Activity.Kind.TRAINING, plan, null, skill.strip(), true, operator.strip()));
    }

    private Activity publish(org.timestation.ledger.EventSink sink, Activity.Kind kind, Plan p, String organiser, String skill, boolean approved,
                             String operator) {
        check(p.theme() != null && !p.theme().isBlank() && p.theme().length() <= MAX_TEXT, "theme");
        check(p.place() != null && !p.place().isBlank() && p.place().length() <= MAX_TEXT, "place");
        check(p.resources() == null || p.resources().length() <= 200, "resources");
        check(p.capacity() >= 1 && p.capacity() <= MAX_CAPACITY, "capacity");
        check(p.startAt() != null && p.endAt() != null && p.endAt().isAfter(p.startAt()), "time");
        check(Duration.between(p.startAt(), p.endAt()).compareTo(Duration.ofHours(24)) <= 0, "time");
        if (p.startAt().isBefore(clock.instant())) {
            throw new DomainException(ErrorCode.START_IN_PAST);
        }
        Event e = sink.emit(new ActivityEvent.Proposed(kind, p.theme().strip(), p.startAt().toEpochMilli(), p.endAt().toEpochMilli(),
                p.place().strip(), p.capacity(), p.resources() == null || p.resources().isBlank() ? null : p.resources().strip(), organiser,
                skill, approved ? Boolean.TRUE : null, operator));
        return book.get(e.id().toString()).orElseThrow();
    }

    /** The station approves or rejects a proposed activity, with a reason. */
    public Activity decide(String activityId, boolean approve, String operator, String reason) {
        Operators.require(operator, reason);
        return tx.write(sink -> {
            Activity a = activity(activityId);
            requireState(a, Activity.State.PROPOSED);
            sink.emit(new ActivityEvent.Decided(activityId, approve, operator.strip(), reason.strip()));
            return activity(activityId);
        });
    }

    /** A member takes a place; a training costs non-co-creators the policy's fee (5 credits), paid in the same commit. */
    public Activity signUp(String activityId, String memberId) {
        return tx.write(sink -> {
            Activity a = activity(activityId);
            Member m = member(memberId);
            trust.requireNotRemoved(memberId);
            requireState(a, Activity.State.APPROVED);
            if (clock.millis() >= a.endAt()) {
                throw new DomainException(ErrorCode.CHECK_IN_CLOSED, a.theme());
            }
            if (a.signedUp().contains(memberId)) {
                throw new DomainException(ErrorCode.ALREADY_SIGNED_UP, a.theme());
            }
            if (a.full()) {
                throw new DomainException(ErrorCode.CAPACITY_FULL, a.theme(), a.capacity());
            }
            String fee = null;
            if (a.kind() == Activity.Kind.TRAINING && !m.has(Role.CO_CREATOR)) {
                fee = credits.payFee(memberId, Minutes.of(policy.get().trainingFeeMinutes()), activityId, "培训名额 training place").id().toString();
            }
            sink.emit(new ActivityEvent.SignedUp(activityId, memberId, fee));
            return activity(activityId);
        });
    }

    /** A member gives up their place before the start; a training fee is refunded. */
    public Activity withdraw(String activityId, String memberId) {
        return tx.write(sink -> {
            Activity a = activity(activityId);
            if (!a.signedUp().contains(memberId)) {
                throw new DomainException(ErrorCode.NOT_SIGNED_UP, a.theme());
            }
            if (clock.millis() >= a.startAt() || a.checkedIn().contains(memberId)) {
                throw new DomainException(ErrorCode.WRONG_STATE, a.theme());
            }
            book.feeOf(activityId, memberId).ifPresent(fee ->
                    credits.reverse(EventId.parse(fee), "退出培训 withdrew from training " + activityId, memberId));
            sink.emit(new ActivityEvent.Withdrawn(activityId, memberId));
            return activity(activityId);
        });
    }

    /**
     * Check-in at the kiosk, from an hour before the start until the end. Someone who did not sign up
     * may walk in to an activity while places are left; a training needs a place taken beforehand.
     */
    public Activity checkIn(String activityId, String memberId) {
        return tx.write(sink -> {
            Activity a = activity(activityId);
            member(memberId);
            trust.requireNotRemoved(memberId);
            requireState(a, Activity.State.APPROVED);
            long now = clock.millis();
            if (now < a.startAt() - CHECK_IN_OPENS.toMillis() || now > a.endAt()) {
                throw new DomainException(ErrorCode.CHECK_IN_CLOSED, a.theme());
            }
            if (a.checkedIn().contains(memberId)) {
                throw new DomainException(ErrorCode.ALREADY_CHECKED_IN, a.theme());
            }
            if (!a.signedUp().contains(memberId)) {
                if (a.kind() == Activity.Kind.TRAINING) {
                    throw new DomainException(ErrorCode.NOT_SIGNED_UP, a.theme());
                }
                if (a.full()) {
                    throw new DomainException(ErrorCode.CAPACITY_FULL, a.theme(), a.capacity());
                }
            }
            sink.emit(new ActivityEvent.CheckedIn(activityId, memberId));
            return activity(activityId);
        });
    }

    /**
     * The organiser (or the station, for a training) closes it after the start with a summary;
     * rewards or certificates follow in the same commit. A closed activity cannot be closed again.
     */
    public Activity close(String activityId, String byId, String summary) {
        if (summary == null || summary.isBlank() || summary.length() > 500) {
            throw new DomainException(ErrorCode.INVALID_ACTIVITY, "summary");
        }
        return tx.write(sink -> {
            Activity a = activity(activityId);
            requireState(a, Activity.State.APPROVED);
            if (a.kind() == Activity.Kind.ACTIVITY && !byId.equals(a.organiserId())) {
                throw new DomainException(ErrorCode.NOT_A_PARTY, byId, activityId);
            }
            Operators.require(byId, summary);
            if (clock.millis() < a.startAt()) {
                throw new DomainException(ErrorCode.WRONG_STATE, a.theme());
            }
            sink.emit(new ActivityEvent.Closed(activityId, byId, summary.strip(), a.checkedIn().size()));
            Policy p = policy.get();
            if (a.kind() == Activity.Kind.TRAINING) {
                for (String m : a.checkedIn()) {
                    cocreation.certifySkill(m, a.skill(), byId, "培训结业 training completed: " + a.theme());
                }
            } else {
                for (String m : a.checkedIn()) {
                    credits.reward(m, Minutes.of(p.activityRewardMinutes()), "活动参与 took part in " + a.theme(), byId);
                }
                if (a.checkedIn().size() >= p.captainActivityMinParticipants()) {
                    credits.reward(a.organiserId(), Minutes.of(p.captainActivityRewardMinutes()),
                            "组织活动 organised " + a.theme() + " (" + a.checkedIn().size() + ")", byId);
                }
            }
            return activity(activityId);
        });
    }

    public Activity get(String activityId) {
        return tx.read(() -> activity(activityId));
    }

    /** Approved activities and trainings starting between {@code from} and {@code to}, by start time. */
    public List<Activity> between(Instant from, Instant to) {
        return tx.read(() -> book.all().stream().filter(a -> a.state() == Activity.State.APPROVED)
                .filter(a -> a.startAt() >= from.toEpochMilli() && a.startAt() < to.toEpochMilli()).toList());
    }

    /** Every activity and training, the latest start first. */
    public List<Activity> all() {
        return tx.read(() -> book.all().stream().sorted(java.util.Comparator.comparingLong(Activity::startAt).reversed()).toList());
    }

    /** Proposals waiting for the station. */
    public List<Activity> proposals() {
        return tx.read(() -> book.all().stream().filter(a -> a.state() == Activity.State.PROPOSED).toList());
    }

    private Activity activity(String id) {
        return book.get(id).orElseThrow(() -> new DomainException(ErrorCode.UNKNOWN_ACTIVITY, String.valueOf(id)));
    }

    private Member member(String id) {
        return members.byId(id).orElseThrow(() -> new DomainException(ErrorCode.UNKNOWN_MEMBER, String.valueOf(id)));
    }

    private static void requireState(Activity a, Activity.State s) {
        if (a.state() != s) {
            throw new DomainException(ErrorCode.WRONG_STATE, a.theme() + " (" + a.state() + ")");
        }
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new DomainException(ErrorCode.INVALID_ACTIVITY, what);
        }
    }
}
