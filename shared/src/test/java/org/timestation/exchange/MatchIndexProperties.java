package org.timestation.exchange;

import org.timestation.catalogue.ServiceType;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.timestation.community.Community;
import org.timestation.community.TestStation;
import org.timestation.credit.Minutes;
import org.timestation.member.Gender;
import org.timestation.member.Member;
import org.timestation.member.Registration;
import org.timestation.member.Role;
import org.timestation.place.Building;
import org.timestation.policy.Policy;
import org.timestation.text.DomainException;
import org.timestation.volunteer.Tier;
import org.timestation.volunteer.VolunteerProfile;

/**
 * The flat match index always ranks exactly as a plain reading of the registries would, however
 * profiles, homes, ratings and loads change between queries, and after the station reopens.
 */
class MatchIndexProperties {
    record Op(int kind, int who, int a, int b) {
    }

    @Provide
    Arbitrary<List<Op>> ops() {
        return Combinators.combine(Arbitraries.integers().between(0, 5), Arbitraries.integers().between(0, 39),
                Arbitraries.integers().between(0, 1000), Arbitraries.integers().between(0, 1000)).as(Op::new).list().ofMinSize(10).ofMaxSize(40);
    }

    @Property(tries = 60)
    void theIndexRanksAsTheRegistriesSay(@ForAll("ops") List<Op> ops) {
        try (TestStation t = new TestStation()) {
            Community c = t.community;
            c.places().addBuilding("N", "近", 31_230_000, 121_470_000, "staff-1");
            c.places().addBuilding("M", "中", 31_250_000, 121_470_000, "staff-1"); // ~2.2 km north
            c.places().addBuilding("F", "远", 31_270_000, 121_470_000, "staff-1"); // ~4.4 km north
            String[] buildings = {"N", "M", "F"};
            LocalDate today = LocalDate.ofInstant(t.clock.instant(), TestStation.ZONE);
            List<Member> people = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                // ages around the 18 and 25 limits to the day, and older people
                LocalDate birth = switch (i % 5) {
                    case 0 -> today.minusYears(18).plusDays(i % 3 - 1);
                    case 1 -> today.minusYears(25).plusDays(i % 3 - 1);
                    default -> today.minusYears(20 + i).minusDays(i * 7L);
                };
                Member m = c.members().register(new Registration("人" + i, i % 2 == 0 ? Gender.FEMALE : Gender.MALE, birth, "幸福里",
                        TestStation.idNumber(birth, 100 + i), "13812345678", EnumSet.of(Role.MEMBER, Role.VOLUNTEER)));
                people.add(m);
                c.places().setHome(m.id(), buildings[i % 3], "staff-1");
                c.volunteers().setProfile(m.id(), services(0x1ff ^ (1 << i % 9)), true, true, i % 4 != 0, false, "staff-1", "start");
            }
            Member elder = t.register("老人", 82);
            c.places().setHome(elder.id(), "N", "staff-1");
            for (int i = 0; i < 20; i++) {
                t.earn(elder, 6_000);
            }
            for (Op op : ops) {
                Member m = people.get(op.who());
                try {
                    switch (op.kind()) {
                        case 0, 1 -> c.volunteers().setProfile(m.id(), services(op.a()), op.b() % 7 != 0, op.b() % 5 != 0, op.b() % 3 != 0,
                                op.b() % 11 == 0, "staff-1", "change");
                        case 2 -> c.places().setHome(m.id(), buildings[op.a() % 3], "staff-1");
                        case 3 -> {
                            // a whole exchange: raises earned minutes, load and rating
                            Request r = c.exchanges().post(PostRequest.of(elder.id(), ServiceType.COMPANY, t.clock.instant(), "N"));
                            c.exchanges().accept(r.id(), m.id());
                            c.exchanges().start(r.id(), m.id());
                            t.clock.advance(Duration.ofMinutes(1 + op.a() % 300));
                            c.exchanges().end(r.id(), m.id());
                            c.exchanges().confirm(r.id(), t.tapCard(elder), c.exchanges().get(r.id()).timerMinutes() == 0
                                    ? Minutes.of(1) : Minutes.of(c.exchanges().get(r.id()).timerMinutes()));
                            c.exchanges().rate(r.id(), elder.id(), 1 + op.b() % 5, null);
                        }
                        case 4 -> t.clock.advance(Duration.ofDays(op.a() % 20));
                        default -> {
                        }
                    }
                } catch (DomainException refused) {
                    // ineligible volunteers cannot take part; the state is unchanged
                }
                ServiceType service = ServiceType.values()[op.b() % ServiceType.values().length];
                Gender g = op.a() % 4 != 1 ? null : op.b() % 2 == 0 ? Gender.FEMALE : Gender.MALE;
                int min = op.a() % 6 == 2 ? 18 + op.b() % 30 : 0;
                int max = op.a() % 6 == 3 ? 25 + op.b() % 40 : 0;
                Request r = c.exchanges().post(new PostRequest(elder.id(), service, t.clock.instant().plusSeconds(3600), "N", List.of(), g, min, max));
                List<Candidate> listed = c.exchanges().candidates(r.id());
                net.jqwik.api.statistics.Statistics.label("candidates listed").collect(!listed.isEmpty());
                assertThat(listed).isEqualTo(reference(c, r, people));
                c.exchanges().cancel(r.id(), elder.id(), "only asking");
            }
            net.jqwik.api.statistics.Statistics.label("candidates listed").coverage(k -> k.check(true).percentage(pc -> pc >= 60.0));
            Request last = c.exchanges().post(PostRequest.of(elder.id(), ServiceType.COMPANY, t.clock.instant(), "N"));
            List<Candidate> before = c.exchanges().candidates(last.id());
            assertThat(before).isEqualTo(reference(c, last, people));
            c.rebuild();
            assertThat(c.exchanges().candidates(last.id())).isEqualTo(before);
        }
    }

    private static Set<ServiceType> services(int bits) {
        Set<ServiceType> s = EnumSet.noneOf(ServiceType.class);
        for (ServiceType t : ServiceType.values()) {
            if ((bits >> t.ordinal() & 1) == 1) {
                s.add(t);
            }
        }
        return s;
    }

    /** The ranking written the slow, obvious way; best {@value Matcher#MAX_CANDIDATES} first. */
    private static List<Candidate> reference(Community c, Request r, List<Member> people) {
        Instant now = c.clock().instant();
        Policy p = c.policy().current();
        LocalDate today = LocalDate.ofInstant(now, p.zoneId());
        long since = now.minus(Duration.ofDays(30)).toEpochMilli();
        Building where = c.inspect(s -> s.places().building(r.buildingId())).orElseThrow();
        List<Candidate> out = new ArrayList<>();
        for (Member m : people) {
            VolunteerProfile v = c.volunteers().profile(m.id()).orElse(null);
            Building home = c.inspect(s -> s.places().homeOf(m.id())).orElse(null);
            if (v == null || home == null || home.metresTo(where) > p.matchRadiusMeters()) {
                continue;
            }
            int age = m.ageOn(today);
            boolean eligible = v.verified() && v.pledgeSigned() && !v.suspended() && v.services().contains(r.service())
                    && age >= p.volunteerMinAge() && (r.service() != ServiceType.CHILDCARE || age >= p.childcareMinAge() && v.cleanRecord());
            boolean preferred = (r.preferredGender() == null || r.preferredGender().equals(m.gender().name()))
                    && (r.preferredAgeMin() == 0 || age >= r.preferredAgeMin()) && (r.preferredAgeMax() == 0 || age <= r.preferredAgeMax());
            if (!eligible || !preferred) {
                continue;
            }
            ExchangeBook.Stats s = c.inspect(x -> x.exchanges().stats(m.id()));
            int load = (int) s.recentAccepts().stream().filter(at -> at >= since).count();
            out.add(new Candidate(m.id(), Tier.of(s.earnedMinutes(), p), s.ratingX100(), load, home.metresTo(where)));
        }
        out.sort(Matcher.ORDER);
        return out.size() > Matcher.MAX_CANDIDATES ? out.subList(0, Matcher.MAX_CANDIDATES) : out;
    }
}
