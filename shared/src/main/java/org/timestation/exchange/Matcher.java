package org.timestation.exchange;

import org.timestation.catalogue.ServiceType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.timestation.member.Member;
import org.timestation.member.MemberRegistry;
import org.timestation.place.Building;
import org.timestation.place.PlaceRegistry;
import org.timestation.policy.Policy;
import org.timestation.text.ErrorCode;
import org.timestation.volunteer.Tier;
import org.timestation.volunteer.VolunteerProfile;
import org.timestation.volunteer.VolunteerRegistry;

/**
 * Who may help with a request, and in which order (DESIGN.md §5): volunteers 18+ who are real-name
 * verified, have signed the pledge, offer the service and are not suspended (childcare: 25+ and a
 * clean record), living within 3 km of the request; higher tier first, then better rating, then
 * fewer recent accepts, then nearer.
 */
public final class Matcher {
    private static final Duration RECENT = Duration.ofDays(30);
    static final Comparator<Candidate> ORDER = Comparator.comparing(Candidate::tier).reversed()
            .thenComparing(Comparator.comparingLong(Candidate::ratingX100).reversed())
            .thenComparingInt(Candidate::recentLoad)
            .thenComparingLong(Candidate::metres)
            .thenComparing(Candidate::memberId);
    private final VolunteerRegistry volunteers;
    private final MemberRegistry members;
    private final PlaceRegistry places;
    private final MatchIndex index;
    private final Supplier<Policy> policy;

    public Matcher(VolunteerRegistry volunteers, MemberRegistry members, PlaceRegistry places, MatchIndex index, Supplier<Policy> policy) {
        this.volunteers = volunteers;
        this.members = members;
        this.places = places;
        this.index = index;
        this.policy = policy;
    }

    /** Why {@code volunteerId} may not take {@code r}, or empty when they may. Distance is a ranking rule, not a bar. */
    public Optional<ErrorCode> refusal(String volunteerId, Request r, Instant now) {
        return refusal(volunteerId, r, LocalDate.ofInstant(now, policy.get().zoneId()), policy.get());
    }

    private Optional<ErrorCode> refusal(String volunteerId, Request r, LocalDate today, Policy p) {
        Optional<VolunteerProfile> profile = volunteers.profile(volunteerId);
        Optional<Member> member = members.byId(volunteerId);
        if (profile.isEmpty() || member.isEmpty()) {
            return Optional.of(ErrorCode.NOT_A_VOLUNTEER);
        }
        VolunteerProfile v = profile.get();
        int age = member.get().ageOn(today);
        if (volunteerId.equals(r.requesterId()) || v.suspended() || !v.verified() || !v.pledgeSigned()
                || !v.services().contains(r.service()) || age < p.volunteerMinAge()) {
            return Optional.of(ErrorCode.NOT_ELIGIBLE);
        }
        if (r.service() == ServiceType.CHILDCARE && (age < p.childcareMinAge() || !v.cleanRecord())) {
            return Optional.of(ErrorCode.NOT_ELIGIBLE);
        }
        return Optional.empty();
    }

    /**
     * True when {@code volunteerId} may take {@code r} and it is for them: eligible, living within
     * the match radius, and of the requester's preferred gender and age, if any.
     */
    public boolean isFor(String volunteerId, Request r, Instant now) {
        Policy p = policy.get();
        LocalDate today = LocalDate.ofInstant(now, p.zoneId());
        if (refusal(volunteerId, r, today, p).isPresent()) {
            return false;
        }
        Building where = places.building(r.buildingId()).orElse(null);
        Building home = places.homeOf(volunteerId).orElse(null);
        if (where == null || home == null || home.metresTo(where) > p.matchRadiusMeters()) {
            return false;
        }
        Member m = members.byId(volunteerId).orElseThrow();
        int age = m.ageOn(today);
        return (r.preferredGender() == null || r.preferredGender().equals(m.gender().name()))
                && (r.preferredAgeMin() == 0 || age >= r.preferredAgeMin()) && (r.preferredAgeMax() == 0 || age <= r.preferredAgeMax());
    }

    /** How many ranked candidates {@link #candidates} returns: a kiosk shows a few, a captain's list no more than this. */
    public static final int MAX_CANDIDATES = 50;

    /** The best {@value #MAX_CANDIDATES} candidates for an open request, best first. */
    public List<Candidate> candidates(Request r, Instant now) {
        Building where = places.building(r.buildingId()).orElse(null);
        if (where == null) {
            return List.of();
        }
        Policy p = policy.get();
        return index.candidates(r, where, LocalDate.ofInstant(now, p.zoneId()), now.minus(RECENT).toEpochMilli(), p, MAX_CANDIDATES);
    }
}
