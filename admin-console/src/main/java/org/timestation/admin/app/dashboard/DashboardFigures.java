package org.timestation.admin.app.dashboard;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.timestation.catalogue.ServiceType;
import org.timestation.community.CommunityState;
import org.timestation.exchange.ExchangeState;
import org.timestation.exchange.Request;
import org.timestation.member.Member;
import org.timestation.policy.Policy;

/**
 * What the dashboard shows, worked out from the community's state at one moment: this week's numbers
 * (from Monday 00:00 in the community's time zone), the requests nobody took for longer than the
 * policy's {@code unmatchedHours}, the open disputes by their deadline, and supply against demand per
 * service over the last 30 days.
 */
public record DashboardFigures(long minutesThisWeek, int activeMembers, int newMembers, int openRequests,
                               List<Unmatched> unmatched, List<DisputeDue> disputes, List<Balance> services) {
    /** How many days back supply and demand are counted. */
    public static final int BALANCE_DAYS = 30;

    /** A request nobody took: how long it has waited. */
    public record Unmatched(String requestId, ServiceType service, String requesterId, long postedAt, Duration waiting) {
    }

    /**
     * An open dispute and its next deadline: the first response ({@code disputeRespondMinutes} after it
     * was opened) until staff responded, then the outcome ({@code disputeResolveHours}). Negative
     * {@code left}: overdue.
     */
    public record DisputeDue(String requestId, ServiceType service, boolean responded, long deadline, Duration left) {
    }

    /**
     * One service over the last 30 days: requests posted, those nobody took (lapsed or still open), and
     * the volunteers who offer it now (verified, not suspended).
     */
    public record Balance(ServiceType service, int requests, int unanswered, int offering) {
        /** Few volunteers for the requests: at least 3 requests, and more than 3 per volunteer or a third unanswered. */
        public boolean needsVolunteers() {
            return requests >= 3 && (requests > 3 * offering || unanswered * 3 >= requests);
        }

        /** Many volunteers and few requests: residents may not know the service is there. */
        public boolean quiet() {
            return offering >= 3 && requests * 3 <= offering;
        }
    }

    public static DashboardFigures of(CommunityState s, Instant now, ZoneId zone) {
        Policy p = s.policy().get();
        long weekStart = now.atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atStartOfDay(zone)
                .toInstant().toEpochMilli();
        long nowMs = now.toEpochMilli();
        long minutes = 0;
        Set<String> active = new HashSet<>();
        int open = 0;
        List<Unmatched> unmatched = new ArrayList<>();
        List<DisputeDue> disputes = new ArrayList<>();
        long balanceFrom = nowMs - Duration.ofDays(BALANCE_DAYS).toMillis();
        Map<ServiceType, int[]> counts = new EnumMap<>(ServiceType.class);
        long unmatchedAfter = Duration.ofHours(p.unmatchedHours()).toMillis();
        for (Request r : s.exchanges().all()) {
            if (r.state() == ExchangeState.SETTLED && r.endedAt() >= weekStart && r.endedAt() <= nowMs) {
                minutes += r.confirmedMinutes();
            }
            if (r.postedAt() >= weekStart || r.endedAt() >= weekStart || r.startedAt() >= weekStart) {
                active.add(r.requesterId());
                if (r.volunteerId() != null && (r.startedAt() >= weekStart || r.endedAt() >= weekStart)) {
                    active.add(r.volunteerId());
                }
            }
            if (r.state() == ExchangeState.OPEN) {
                open++;
                if (nowMs - r.postedAt() > unmatchedAfter) {
                    unmatched.add(new Unmatched(r.id(), r.service(), r.requesterId(), r.postedAt(), Duration.ofMillis(nowMs - r.postedAt())));
                }
            }
            if (r.dispute() != null && r.dispute().isOpen()) {
                boolean responded = r.dispute().respondedAt() > 0;
                long deadline = responded ? r.dispute().openedAt() + Duration.ofHours(p.disputeResolveHours()).toMillis()
                        : r.dispute().openedAt() + Duration.ofMinutes(p.disputeRespondMinutes()).toMillis();
                disputes.add(new DisputeDue(r.id(), r.service(), responded, deadline, Duration.ofMillis(deadline - nowMs)));
            }
            if (r.postedAt() >= balanceFrom) {
                int[] c = counts.computeIfAbsent(r.service(), k -> new int[3]);
                c[0]++;
                if (r.volunteerId() == null && (r.state() == ExchangeState.LAPSED || r.state() == ExchangeState.LAPSED_TOLD
                        || r.state() == ExchangeState.OPEN)) {
                    c[1]++;
                }
            }
        }
        int fresh = 0;
        for (Member m : s.members().all()) {
            if (m.registeredAt() >= weekStart && m.registeredAt() <= nowMs) {
                fresh++;
            }
        }
        unmatched.sort(Comparator.comparingLong(Unmatched::postedAt));
        disputes.sort(Comparator.comparingLong(DisputeDue::deadline));
        for (org.timestation.volunteer.VolunteerProfile v : s.volunteers().all()) {
            if (v.verified() && !v.suspended()) {
                for (ServiceType service : v.services()) {
                    counts.computeIfAbsent(service, k -> new int[3])[2]++;
                }
            }
        }
        List<Balance> services = new ArrayList<>();
        counts.forEach((service, c) -> services.add(new Balance(service, c[0], c[1], c[2])));
        services.sort(Comparator.comparingInt(Balance::requests).reversed().thenComparing(Balance::service));
        return new DashboardFigures(minutes, active.size(), fresh, open, List.copyOf(unmatched), List.copyOf(disputes), List.copyOf(services));
    }
}
