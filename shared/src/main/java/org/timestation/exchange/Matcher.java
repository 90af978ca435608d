package org.timestation.exchange;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * fewer recent accepts.
 */
public final class Matcher {
    private static final Duration RECENT = Duration.ofDays(30);
    private static final Comparator<Candidate> ORDER = Comparator.comparing(Candidate::tier).reversed()
            .thenComparing(Comparator.comparingLong(Candidate::ratingX100).reversed())
            .thenComparingInt(Candidate::recentLoad)
            .thenComparingLong(Candidate::metres)
            .thenComparing(Candidate::memberId);
    private final VolunteerRegistry volunteers;
    private final MemberRegistry members;
    private final PlaceRegistry places;
    private final ExchangeBook book;
    private final Supplier<Policy> policy;

    public Matcher(VolunteerRegistry volunteers, MemberRegistry members, PlaceRegistry places, ExchangeBook book, Supplier<Policy> policy) {
        this.volunteers = volunteers;
        this.members = members;
        this.places = places;
        this.book = book;
        this.policy = policy;
    }

    /** Why {@code volunteerId} may not take {@code r}, or empty when they may. Distance is a ranking rule, not a bar. */
    public Optional<ErrorCode> refusal(String volunteerId, Request r, Instant now) {
        Optional<VolunteerProfile> profile = volunteers.profile(volunteerId);
        Optional<Member> member = members.byId(volunteerId);
        if (profile.isEmpty() || member.isEmpty()) {
            return Optional.of(ErrorCode.NOT_A_VOLUNTEER);
        }
        VolunteerProfile v = profile.get();
        Policy p = policy.get();
        int age = member.get().ageOn(LocalDate.ofInstant(now, p.zoneId()));
        if (volunteerId.equals(r.requesterId()) || v.suspended() || !v.verified() || !v.pledgeSigned()
                || !v.services().contains(r.service()) || age < p.volunteerMinAge()) {
            return Optional.of(ErrorCode.NOT_ELIGIBLE);
        }
        if (r.service() == ServiceType.CHILDCARE && (age < p.childcareMinAge() || !v.cleanRecord())) {
            return Optional.of(ErrorCode.NOT_ELIGIBLE);
        }
        return Optional.empty();
    }

    /** Ranked candidates for an open request. */
    public List<Candidate> candidates(Request r, Instant now) {
        Building where = places.building(r.buildingId()).orElse(null);
        if (where == null) {
            return List.of();
        }
        Policy p = policy.get();
        long since = now.minus(RECENT).toEpochMilli();
        List<Candidate> out = new ArrayList<>();
        for (VolunteerProfile v : volunteers.all()) {
            Optional<Building> home = places.homeOf(v.memberId());
            if (home.isEmpty() || refusal(v.memberId(), r, now).isPresent()) {
                continue;
            }
            long metres = home.get().metresTo(where);
            if (metres > p.matchRadiusMeters() || !matchesPreference(r, v.memberId(), now)) {
                continue;
            }
            ExchangeBook.Stats s = book.stats(v.memberId());
            int load = (int) s.recentAccepts().stream().filter(t -> t >= since).count();
            out.add(new Candidate(v.memberId(), Tier.of(s.earnedMinutes(), p), s.ratingX100(), load, metres));
        }
        out.sort(ORDER);
        return out;
    }

    private boolean matchesPreference(Request r, String volunteerId, Instant now) {
        Member m = members.byId(volunteerId).orElseThrow();
        if (r.preferredGender() != null && !r.preferredGender().equals(m.gender().name())) {
            return false;
        }
        int age = m.ageOn(LocalDate.ofInstant(now, policy.get().zoneId()));
        return (r.preferredAgeMin() == 0 || age >= r.preferredAgeMin()) && (r.preferredAgeMax() == 0 || age <= r.preferredAgeMax());
    }
}
