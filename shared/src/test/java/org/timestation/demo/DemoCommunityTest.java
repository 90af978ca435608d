package org.timestation.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timestation.audit.Verifier;
import org.timestation.community.CommunityState;
import org.timestation.ledger.InMemoryEventStore;
import org.timestation.ledger.h2.H2EventStore;
import org.timestation.member.Role;

class DemoCommunityTest {
    static final LocalDate UNTIL = LocalDate.of(2026, 11, 1);

    @Test
    void demoBuildsAnIntactCommunityWithSeveralStationFeeds(@TempDir Path dir) {
        DemoCommunity.Summary s = DemoCommunity.generate(dir, DemoCommunity.Options.of(60, 27, 7, UNTIL));
        assertThat(s.members()).isEqualTo(60);
        assertThat(s.feeds()).containsExactly("admin", "merchant-1", "station-a", "station-b", "station-c");
        assertThat(s.events()).isGreaterThan(1000);
        try (H2EventStore store = H2EventStore.open(dir)) {
            assertThat(Verifier.verify(store).intact()).as(Verifier.verify(store).summary()).isTrue();
            CommunityState state = CommunityState.load(store);
            assertThat(state.members().all()).anyMatch(m -> m.has(Role.VOLUNTEER)).anyMatch(m -> m.has(Role.MERCHANT))
                    .anyMatch(m -> m.has(Role.CAPTAIN)).anyMatch(m -> m.hardship());
            // 27 months is past the 2-year expiry: some credits have expired into the pool
            long expiries = countPayloads(store, "\"kind\":\"EXPIRY\"");
            long reversals = countPayloads(store, "\"kind\":\"REVERSAL\"");
            long gifts = countPayloads(store, "\"kind\":\"GIFT\"");
            assertThat(expiries).isPositive();
            var requests = state.exchanges().all();
            assertThat(requests).extracting(org.timestation.exchange.Request::state)
                    .contains(org.timestation.exchange.ExchangeState.values());
            assertThat(requests).as("escalated").anyMatch(r -> r.escalatedTo() != null && r.state() == org.timestation.exchange.ExchangeState.OPEN);
            assertThat(requests).as("rated").anyMatch(r -> r.volunteerStars() > 0);
            assertThat(requests).as("confirmed for less").anyMatch(r -> r.confirmedMinutes() > 0 && r.confirmedMinutes() < r.timerMinutes());
            assertThat(reversals).isPositive();
            // the rest of community life: merchants, vouchers used and refunded, activities, trainings, trust, funds, proxy acts
            assertThat(countPayloads(store, "\"kind\":\"REDEMPTION\"")).isPositive();
            assertThat(store.heads().get("merchant-1").seq()).isPositive();
            assertThat(countTypes(store, "merchant.voucher-refunded")).isPositive();
            assertThat(countTypes(store, "activity.closed")).isPositive();
            assertThat(countTypes(store, "activity.checked-in")).isGreaterThan(10);
            assertThat(countTypes(store, "trust.incident")).isPositive();
            assertThat(countTypes(store, "funds.recorded")).isGreaterThan(10);
            assertThat(countTypes(store, "proxy.acted")).isPositive();
            assertThat(countTypes(store, "pin.set")).isPositive();
            assertThat(gifts).isPositive();

            // nothing stale: every request nobody took closed itself a day after its time
            long lapseBefore = UNTIL.atStartOfDay(java.time.ZoneId.of("Asia/Shanghai")).toInstant()
                    .minus(java.time.Duration.ofHours(org.timestation.policy.Policy.DEFAULT.lapseHours() + 24)).toEpochMilli();
            assertThat(requests).as("open requests whose time passed long ago")
                    .noneMatch(r -> r.state() == org.timestation.exchange.ExchangeState.OPEN && r.startAt() < lapseBefore);
            // the README's elder can redeem, follow a recent request, and is told of the one nobody took
            org.timestation.member.Member elder = state.members().all().stream().filter(m -> m.name().equals("王秀英") && m.phone() != null && m.phone().digits().equals("13800000001")).findFirst().orElseThrow(); // the persona (the generator may make other 王秀英s)
            assertThat(state.credits().balance(org.timestation.credit.AccountId.member(elder.id())).value()).as("credits to redeem").isGreaterThanOrEqualTo(60);
            List<org.timestation.exchange.Request> hers = state.exchanges().ofMember(elder.id());
            assertThat(hers).as("a recent open request").anyMatch(r -> r.state() == org.timestation.exchange.ExchangeState.OPEN
                    && r.service() == org.timestation.catalogue.ServiceType.ESCORT);
            assertThat(hers).as("one closed by itself, to be told of").filteredOn(r -> r.state() == org.timestation.exchange.ExchangeState.LAPSED)
                    .hasSize(1).allMatch(r -> r.service() == org.timestation.catalogue.ServiceType.SHOPPING);
        }
    }

    @Test
    void aBusyDemoIsDatedNoLaterThanTheDayItEnds() {
        // 400 members make 20 operations a station a day: more than a day holds, once the stations take turns
        InMemoryEventStore store = new InMemoryEventStore();
        DemoCommunity.generate(store, DemoCommunity.Options.of(400, 2, 3, UNTIL));
        long[] latest = {0};
        store.forEachEvent(e -> latest[0] = Math.max(latest[0], e.epochMillis()));
        // the demo is made "until today": a node refuses events from the future, and its time rules refuse a clock behind its ledger
        assertThat(java.time.Instant.ofEpochMilli(latest[0])).isBefore(UNTIL.plusDays(1).atStartOfDay(java.time.ZoneId.of("Asia/Shanghai")).toInstant());
    }

    @Test
    void aVeryBusyStationServesTheNextResidentsWhileItsVolunteersAreOut() {
        // 60 operations a station a day (the benchmarks' store has 114): services overlap instead of the day running out
        InMemoryEventStore store = new InMemoryEventStore();
        DemoCommunity.generate(store, new DemoCommunity.Options(200, 1, 3, UNTIL, 60));
        assertThat(Verifier.verify(store).intact()).as(Verifier.verify(store).summary()).isTrue();
        long[] latest = {0};
        store.forEachEvent(e -> latest[0] = Math.max(latest[0], e.epochMillis()));
        assertThat(java.time.Instant.ofEpochMilli(latest[0])).isBefore(UNTIL.plusDays(1).atStartOfDay(java.time.ZoneId.of("Asia/Shanghai")).toInstant());
        List<org.timestation.exchange.Request> settled = CommunityState.load(store).exchanges().all().stream()
                .filter(r -> r.confirmedMinutes() > 0).sorted(java.util.Comparator.comparingLong(org.timestation.exchange.Request::startedAt)).toList();
        // more settled than services of 30 minutes or more, one at a time, could fit in the month's 12-hour days (the stations take turns)
        assertThat(settled.size()).isGreaterThan(31 * 12 * 2);
        boolean overlap = false;
        for (int i = 1; i < settled.size() && !overlap; i++) {
            overlap = settled.get(i).startedAt() < settled.get(i - 1).endedAt();
        }
        assertThat(overlap).as("a service started while another was under way").isTrue();
        assertThat(settled).allMatch(r -> r.timerMinutes() >= 30, "every service timed for at least its 30 minutes");
    }

    @Test
    void theSameOptionsGiveTheSameLedgerByteForByte() {
        InMemoryEventStore a = new InMemoryEventStore();
        InMemoryEventStore b = new InMemoryEventStore();
        DemoCommunity.generate(a, DemoCommunity.Options.of(20, 2, 42, UNTIL));
        DemoCommunity.generate(b, DemoCommunity.Options.of(20, 2, 42, UNTIL));
        assertThat(a.heads()).isEqualTo(b.heads());
        InMemoryEventStore c = new InMemoryEventStore();
        DemoCommunity.generate(c, DemoCommunity.Options.of(20, 2, 43, UNTIL));
        assertThat(c.heads()).isNotEqualTo(a.heads());
        for (InMemoryEventStore store : List.of(a, b, c)) {
            assertThat(Verifier.verify(store).intact()).as("every feed ends sealed: " + Verifier.verify(store).summary()).isTrue();
        }
    }

    @Test
    void demoRefusesAFolderThatAlreadyHoldsALedger(@TempDir Path dir) throws Exception {
        DemoCommunity.generate(dir, DemoCommunity.Options.of(10, 1, 1, UNTIL));
        long size = Files.size(dir.resolve("ledger.mv.db"));
        assertThatThrownBy(() -> DemoCommunity.generate(dir, DemoCommunity.Options.of(10, 1, 1, UNTIL)))
                .hasMessageContaining("already holds a ledger");
        assertThat(Files.size(dir.resolve("ledger.mv.db"))).isEqualTo(size);
    }

    @Test
    void aFailedDemoLeavesTheFolderAsItWas(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DemoCommunity.generate(data, DemoCommunity.Options.of(10, 1, 1, UNTIL), "nowhere"))
                .isInstanceOf(IllegalArgumentException.class);
        // a large community (its pool grant is several movements) builds, and nothing is left beside it
        DemoCommunity.generate(data, new DemoCommunity.Options(250, 1, 1, UNTIL, 1), "station-b");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("data");
        }
        assertThat(Files.readString(data.resolve("node-id")).strip()).isEqualTo("station-b");
    }

    private static long countPayloads(H2EventStore store, String fragment) {
        long[] n = {0};
        store.forEachEvent(e -> {
            if (e.payload().contains(fragment)) {
                n[0]++;
            }
        });
        return n[0];
    }

    private static long countTypes(H2EventStore store, String type) {
        long[] n = {0};
        store.forEachEvent(e -> {
            if (e.type().equals(type)) {
                n[0]++;
            }
        });
        return n[0];
    }
}
