package org.timestation.credit;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.timestation.ledger.Event;
import org.timestation.policy.Policy;
import org.timestation.text.DomainException;
import org.timestation.text.ErrorCode;

/**
 * The policy's offline cap for an enrolled station: when its last sync ({@link #SYNCED_AT}) is more
 * than {@code offlineAfterMinutes} ago, a member's gifts and redemptions in this station's events
 * that the hub has not acknowledged yet ({@link #ACKED}) may add up to at most
 * {@code offlineSpendMinutes}. A station that never enrolled has no sync time: no cap.
 */
public final class OfflineSpendingCap implements OfflineAllowance {
    /** Node state: the epoch milliseconds of the last round that reached the hub and finished. */
    public static final String SYNCED_AT = "hub.synced-at";
    /** Node state: the last seq of this station's feed the hub acknowledged. */
    public static final String ACKED = "hub.acked";
    private final Function<String, Optional<String>> nodeState;
    private final Function<Long, List<Event>> ownEventsAfter;
    private final Supplier<Policy> policy;
    private final Clock clock;

    /**
     * @param nodeState      this node's own state (never replicated)
     * @param ownEventsAfter this node's events after a seq
     */
    public OfflineSpendingCap(Function<String, Optional<String>> nodeState, Function<Long, List<Event>> ownEventsAfter,
                              Supplier<Policy> policy, Clock clock) {
        this.nodeState = nodeState;
        this.ownEventsAfter = ownEventsAfter;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    public void requireMaySpend(String memberId, Minutes minutes) {
        Optional<Long> syncedAt = nodeState.apply(SYNCED_AT).map(Long::parseLong);
        if (syncedAt.isEmpty()) {
            return;
        }
        Policy p = policy.get();
        long offlineFor = clock.millis() - syncedAt.get();
        if (offlineFor <= p.offlineAfterMinutes() * 60_000L) {
            return;
        }
        long acked = nodeState.apply(ACKED).map(Long::parseLong).orElse(0L);
        Minutes spent = spentBy(memberId, ownEventsAfter.apply(acked));
        Minutes cap = Minutes.of(p.offlineSpendMinutes());
        if (cap.isLessThan(spent.plus(minutes))) {
            throw new DomainException(ErrorCode.OFFLINE_CAP_REACHED, offlineFor / 60_000, cap, spent);
        }
    }

    /** What {@code memberId} gave or redeemed in {@code events}. */
    static Minutes spentBy(String memberId, List<Event> events) {
        AccountId account = AccountId.member(memberId);
        Minutes spent = Minutes.ZERO;
        for (Event e : events) {
            if (!e.type().equals("credit.moved")) {
                continue;
            }
            CreditEvent.Moved m = (CreditEvent.Moved) CreditEvent.of(e);
            if (m.kind() != MovementKind.GIFT && m.kind() != MovementKind.REDEMPTION) {
                continue;
            }
            for (Leg l : m.legs()) {
                if (l.from().equals(account)) {
                    spent = spent.plus(l.minutes());
                }
            }
        }
        return spent;
    }
}
