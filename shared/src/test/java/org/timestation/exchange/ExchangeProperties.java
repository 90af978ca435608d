package org.timestation.exchange;

import org.timestation.catalogue.ServiceType;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.timestation.community.CommunityState;
import org.timestation.community.TestStation;
import org.timestation.credit.Minutes;
import org.timestation.credit.CreditEvent;
import org.timestation.credit.MovementKind;
import org.timestation.member.Member;
import org.timestation.member.Role;
import org.timestation.text.DomainException;

/** Properties of the exchange over arbitrary sequences of steps by arbitrary people, valid or not. */
class ExchangeProperties {
    record Step(int kind, int request, int person, int amount) {
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        return Combinators.combine(Arbitraries.integers().between(0, 9), Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, 3), Arbitraries.integers().between(-5, 300)).as(Step::new).list().ofMinSize(20).ofMaxSize(60);
    }

    @Property(tries = 120)
    void anExchangeIsSettledAtMostOnceAndCreditsAreNeitherCreatedNorDestroyed(@ForAll("steps") List<Step> steps) {
        try (TestStation t = new TestStation()) {
            List<Member> people = List.of(t.register("老甲", 80), t.register("乙", 30, Role.VOLUNTEER), t.register("丙", 45, Role.VOLUNTEER),
                    t.register("丁", 50, Role.VOLUNTEER, Role.CAPTAIN));
            t.community.places().addBuilding("B1", "1号楼", 31_230_000, 121_470_000, "staff-1");
            t.community.places().setCaptain("B1", people.get(3).id(), "staff-1");
            for (Member m : people) {
                t.community.places().setHome(m.id(), "B1", "staff-1");
                if (m.has(Role.VOLUNTEER)) {
                    t.community.volunteers().setProfile(m.id(), EnumSet.allOf(ServiceType.class), true, true, true, false, "staff-1", "ok");
                }
            }
            t.fundPool(3000);
            ExchangeService ex = t.community.exchanges();
            Map<Integer, String> ids = new HashMap<>();
            Map<Integer, Integer> stage = new HashMap<>();
            for (Step s : steps) {
                int r = s.request();
                String rid = ids.getOrDefault(r, "none/1");
                int st = stage.getOrDefault(r, 0);
                Member someone = people.get(s.person());
                try {
                    if (s.kind() >= 8) {
                        t.clock.advance(Duration.ofHours(Math.max(0, s.amount() / 10)));
                        t.community.scheduler().runDue();
                    } else if (s.kind() == 7) {
                        // a disruption: repeat or jump a step, or the wrong person acts
                        switch (Math.floorMod(s.amount(), 6)) {
                            case 0 -> ex.confirm(rid, t.tapCard(someone), Minutes.of(Math.max(1, s.amount())));
                            case 1 -> ex.cancel(rid, someone.id(), "changed plans");
                            case 2 -> ex.reportNoShow(rid, someone.id());
                            case 3 -> ex.accept(rid, someone.id());
                            case 4 -> ex.end(rid, someone.id());
                            default -> ex.rate(rid, someone.id(), s.amount() % 7, null);
                        }
                    } else {
                        Request current = st == 0 ? null : ex.get(rid);
                        switch (st) {
                            case 0 -> ids.put(r, ex.post(PostRequest.of(people.get(0).id(), ServiceType.values()[s.amount() % 9 < 0 ? 0 : s.amount() % 9],
                                    t.clock.instant().plus(Duration.ofHours(1)), "B1")).id());
                            case 1 -> ex.accept(rid, people.get(1 + s.person() % 3).id());
                            case 2 -> ex.start(rid, current.volunteerId());
                            case 3 -> {
                                t.clock.advance(Duration.ofMinutes(Math.max(0, s.amount())));
                                ex.end(rid, current.volunteerId());
                            }
                            case 4 -> ex.confirm(rid, t.tapCard(current.requesterId()), Minutes.of(Math.max(1, Math.min(current.timerMinutes(), s.amount()))));
                            default -> ex.rate(rid, s.person() % 2 == 0 ? current.requesterId() : current.volunteerId(), 1 + Math.floorMod(s.amount(), 5), null);
                        }
                        stage.put(r, st + 1);
                    }
                } catch (DomainException refused) {
                    // refusals are part of life
                }
                Minutes total = t.community.inspect(x -> x.credits().total());
                assertThat(total).isEqualTo(Minutes.ZERO);
            }
            Map<String, Integer> confirmations = new HashMap<>();
            Map<String, Integer> payments = new HashMap<>();
            t.store.forEachEvent(e -> {
                if (e.type().equals("exchange.confirmed")) {
                    confirmations.merge(((ExchangeEvent.OfRequest) ExchangeEvent.of(e)).request(), 1, Integer::sum);
                }
                if (e.type().equals("credit.moved") && CreditEvent.of(e) instanceof CreditEvent.Moved m && m.kind() == MovementKind.SERVICE) {
                    payments.merge(m.ref(), 1, Integer::sum);
                }
            });
            Statistics.label("some exchange settled").collect(!confirmations.isEmpty());
            Statistics.label("some exchange settled").coverage(c -> c.check(true).percentage(p -> p >= 20.0));
            assertThat(confirmations.values()).allMatch(n -> n == 1);
            assertThat(payments).isEqualTo(confirmations);
            assertThat(CommunityState.rebuild(t.store).rows()).isEqualTo(t.community.inspect(CommunityState::rows));
        }
    }
}
