package org.timestation.exchange;

import org.timestation.catalogue.ServiceType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.timestation.community.CommunityState;
import org.timestation.community.TestStation;
import org.timestation.credit.AccountId;
import org.timestation.credit.Minutes;
import org.timestation.ledger.RowKey;
import org.timestation.member.Member;
import org.timestation.member.Role;
import org.timestation.policy.Policy;
import org.timestation.text.DomainException;
import org.timestation.text.ErrorCode;
import org.timestation.volunteer.Tier;

class ExchangeRulesTest {
    final TestStation t = new TestStation();
    final ExchangeService ex = t.community.exchanges();
    final Member elder = t.register("老张", 78);
    final Member near = t.register("近志工", 30, Role.VOLUNTEER);
    final Member mid = t.register("中志工", 40, Role.VOLUNTEER);
    final Member far = t.register("远志工", 35, Role.VOLUNTEER);
    final Member young = t.register("小志工", 22, Role.VOLUNTEER);
    final Member captain = t.register("王楼长", 55, Role.VOLUNTEER, Role.CAPTAIN);

    ExchangeRulesTest() {
        var places = t.community.places();
        places.addBuilding("B1", "幸福里1号楼", 31_230_000, 121_470_000, "staff-1");
        places.addBuilding("B2", "幸福里2号楼", 31_239_000, 121_470_000, "staff-1"); // ~1.0 km north
        places.addBuilding("B3", "幸福里3号楼", 31_252_500, 121_470_000, "staff-1"); // ~2.5 km
        places.addBuilding("FAR", "远处小区", 31_275_000, 121_470_000, "staff-1"); // ~5 km
        places.setCaptain("B1", captain.id(), "staff-1");
        places.setHome(elder.id(), "B1", "staff-1");
        places.setHome(near.id(), "B2", "staff-1");
        places.setHome(mid.id(), "B3", "staff-1");
        places.setHome(far.id(), "FAR", "staff-1");
        places.setHome(young.id(), "B1", "staff-1");
        places.setHome(captain.id(), "B1", "staff-1");
        Set<ServiceType> all = EnumSet.allOf(ServiceType.class);
        for (Member v : List.of(near, mid, far, captain)) {
            t.community.volunteers().setProfile(v.id(), all, true, true, true, false, "staff-1", "实名认证 verified");
        }
        t.community.volunteers().setProfile(young.id(), all, true, true, true, false, "staff-1", "verified");
        t.fundPool(6000);
    }

    @AfterEach
    void close() {
        t.close();
    }

    Instant inAnHour() {
        return t.clock.instant().plus(Duration.ofHours(1));
    }

    Request post(ServiceType s) {
        return ex.post(PostRequest.of(elder.id(), s, inAnHour(), "B1"));
    }

    void refused(ErrorCode code, Runnable r) {
        long before = t.store.eventCount();
        assertThatThrownBy(r::run).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.text().zh()).containsPattern("\\p{IsHan}");
        });
        assertThat(t.store.eventCount()).as("nothing stored").isEqualTo(before);
    }

    Request serve(Request r, Member v, Duration length) {
        ex.accept(r.id(), v.id());
        ex.start(r.id(), v.id());
        t.clock.advance(length);
        return ex.end(r.id(), v.id());
    }

    @Test
    void aRequestNeedsAKnownBuildingAndATimeThatHasNotPassed() {
        Request r = post(ServiceType.ESCORT);
        assertThat(r.state()).isEqualTo(ExchangeState.OPEN);
        assertThat(r.id()).isEqualTo(t.community.nodeId() + "/" + t.store.head(t.community.nodeId()).seq());
        refused(ErrorCode.UNKNOWN_BUILDING, () -> ex.post(PostRequest.of(elder.id(), ServiceType.REPAIR, inAnHour(), "B404")));
        refused(ErrorCode.START_IN_PAST, () -> ex.post(PostRequest.of(elder.id(), ServiceType.REPAIR,
                t.clock.instant().minus(Duration.ofHours(2)), "B1")));
        refused(ErrorCode.UNKNOWN_MEMBER, () -> ex.post(PostRequest.of("M404", ServiceType.REPAIR, inAnHour(), "B1")));
    }

    @Test
    void aCaptainMayPostForAnElderIdentifiedInTheSameSessionAndTheRequestIsFlagged() {
        org.timestation.member.Identified elderTapped = t.tapCard(elder);
        Request r = ex.postOnBehalf(captain.id(), elderTapped, PostRequest.of(elder.id(), ServiceType.SHOPPING, inAnHour(), "B1"));
        assertThat(r.isProxy()).isTrue();
        assertThat(r.proxyCaptainId()).isEqualTo(captain.id());
        assertThat(r.requesterId()).isEqualTo(elder.id());
        assertThat(t.community.proxies().monthlyReport(java.time.YearMonth.of(2026, 3)))
                .extracting(org.timestation.proxy.ProxyAct::captainId, org.timestation.proxy.ProxyAct::elderId, org.timestation.proxy.ProxyAct::kind,
                        org.timestation.proxy.ProxyAct::ref)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(captain.id(), elder.id(), org.timestation.proxy.ProxyAct.Kind.POST, r.id()));
        refused(ErrorCode.NOT_A_CAPTAIN, () -> ex.postOnBehalf(near.id(), elderTapped, PostRequest.of(elder.id(), ServiceType.SHOPPING, inAnHour(), "B1")));
        // without the elder's own card tap or PIN, or with someone else's, or too long ago: refused
        refused(ErrorCode.ELDER_NOT_IDENTIFIED, () -> ex.postOnBehalf(captain.id(), null, PostRequest.of(elder.id(), ServiceType.SHOPPING, inAnHour(), "B1")));
        org.timestation.member.Identified nearTapped = t.tapCard(near);
        refused(ErrorCode.ELDER_NOT_IDENTIFIED, () -> ex.postOnBehalf(captain.id(), nearTapped, PostRequest.of(elder.id(), ServiceType.SHOPPING, inAnHour(), "B1")));
        t.clock.advance(Duration.ofMinutes(11));
        refused(ErrorCode.IDENTIFICATION_EXPIRED, () -> ex.postOnBehalf(captain.id(), elderTapped, PostRequest.of(elder.id(), ServiceType.SHOPPING, inAnHour(), "B1")));
        assertThat(t.community.proxies().monthlyReport(java.time.YearMonth.of(2026, 3))).hasSize(1);
    }

    @Test
    void matchingListsOnlyEligibleVolunteersWithinThreeKilometres() {
        Request r = post(ServiceType.REPAIR);
        List<String> ids = ex.candidates(r.id()).stream().map(Candidate::memberId).toList();
        assertThat(ids).contains(near.id(), mid.id(), young.id(), captain.id()).doesNotContain(far.id(), elder.id());
        t.community.volunteers().setProfile(near.id(), EnumSet.of(ServiceType.REPAIR), true, false, true, false, "staff-1", "pledge withdrawn");
        t.community.volunteers().setProfile(mid.id(), EnumSet.of(ServiceType.COMPANY), true, true, true, false, "staff-1", "only company");
        t.community.volunteers().setProfile(young.id(), EnumSet.of(ServiceType.REPAIR), true, true, true, true, "staff-1", "suspended");
        assertThat(ex.candidates(r.id())).extracting(Candidate::memberId).containsExactly(captain.id());
    }

    @Test
    void childcareNeedsAVolunteerOf25OrOlderWithACleanRecord() {
        Request r = post(ServiceType.CHILDCARE);
        assertThat(ex.candidates(r.id())).extracting(Candidate::memberId).doesNotContain(young.id());
        refused(ErrorCode.NOT_ELIGIBLE, () -> ex.accept(r.id(), young.id()));
        t.community.volunteers().setProfile(mid.id(), EnumSet.allOf(ServiceType.class), true, true, false, false, "staff-1", "record pending");
        refused(ErrorCode.NOT_ELIGIBLE, () -> ex.accept(r.id(), mid.id()));
        assertThat(ex.accept(r.id(), near.id()).volunteerId()).isEqualTo(near.id());
    }

    @Test
    void candidatesAreRankedByTierThenRatingThenRecentLoad() {
        // mid earns 201 credits of help: tier 共筑 (BUILDER) puts them first although further away
        for (int i = 0; i < 4; i++) {
            t.earn(elder, 6000);
        }
        t.community.write(sink -> {
            for (int i = 0; i < 3; i++) {
                Request done = serve(post(ServiceType.COMPANY), mid, Duration.ofMinutes(67 * 60));
                ex.confirm(done.id(), t.tapCard(elder), Minutes.of(67 * 60));
            }
            return null;
        });
        assertThat(Tier.of(201 * 60, org.timestation.policy.Policy.DEFAULT)).isEqualTo(Tier.BUILDER);
        assertThat(Tier.of(51 * 60, org.timestation.policy.Policy.DEFAULT)).isEqualTo(Tier.COMPANION);
        assertThat(Tier.of(50 * 60, org.timestation.policy.Policy.DEFAULT)).isEqualTo(Tier.BEGINNER);
        List<Candidate> ranked = ex.candidates(post(ServiceType.REPAIR).id());
        assertThat(ranked.get(0).memberId()).isEqualTo(mid.id());
        assertThat(ranked.get(0).tier()).isEqualTo(Tier.BUILDER);
        // among beginners, a 5-star rating comes before no rating
        Request rated = serve(post(ServiceType.COMPANY), young, Duration.ofMinutes(30));
        ex.confirm(rated.id(), t.tapCard(elder), Minutes.of(30));
        ex.rate(rated.id(), elder.id(), 5, "很耐心");
        List<String> order = ex.candidates(post(ServiceType.REPAIR).id()).stream().map(Candidate::memberId).toList();
        assertThat(order.indexOf(young.id())).isLessThan(order.indexOf(near.id()));
    }

    @Test
    void atMostFiftyCandidatesAreListedAndTiesAtTheCutAreDecidedByMemberNumber() {
        java.util.List<String> many = new java.util.ArrayList<>();
        t.community.write(sink -> {
            for (int i = 0; i < 60; i++) {
                Member v = t.register("志工" + i, 30 + i % 20, Role.VOLUNTEER);
                t.community.places().setHome(v.id(), "B2", "staff-1"); // all equally near, unrated, new
                t.community.volunteers().setProfile(v.id(), EnumSet.of(ServiceType.BILLS), true, true, true, false, "staff-1", "ok");
                many.add(v.id());
            }
            return null;
        });
        List<Candidate> listed = ex.candidates(post(ServiceType.BILLS).id());
        assertThat(listed).hasSize(Matcher.MAX_CANDIDATES);
        // all unrated beginners with no load: nearer first (B1: young and the captain), then the 61 in B2
        // (the 60 and near) at equal rank, cut at 50 by member number; mid (2.5 km) and far are left out
        java.util.List<String> expected = new java.util.ArrayList<>(List.of(young.id(), captain.id()));
        expected.sort(null);
        java.util.List<String> b2 = new java.util.ArrayList<>(many);
        b2.add(near.id());
        b2.sort(null);
        expected.addAll(b2.subList(0, Matcher.MAX_CANDIDATES - 2));
        assertThat(listed).extracting(Candidate::memberId).containsExactlyElementsOf(expected);
    }

    @Test
    void aVolunteerSeesTheOpenRequestsMeantForThemAndTheirOwnTasks() {
        Request escort = post(ServiceType.ESCORT);
        Request childcare = post(ServiceType.CHILDCARE);
        assertThat(ex.openRequestsFor(near.id(), 10)).extracting(Request::id).contains(escort.id());
        assertThat(ex.openRequestsFor(far.id(), 10)).extracting(Request::id).doesNotContain(escort.id()); // more than 3 km away
        assertThat(ex.openRequestsFor(young.id(), 10)).extracting(Request::id).doesNotContain(childcare.id()); // under 25
        assertThat(ex.openRequestsFor(elder.id(), 10)).isEmpty(); // not a volunteer, and never their own
        ex.accept(escort.id(), near.id());
        assertThat(ex.openRequestsFor(mid.id(), 10)).extracting(Request::id).doesNotContain(escort.id());
        assertThat(ex.tasksOf(near.id())).extracting(Request::id).containsExactly(escort.id());
    }

    @Test
    void oneVolunteerWinsAndASecondAcceptIsRefused() {
        Request r = post(ServiceType.ESCORT);
        ex.accept(r.id(), near.id());
        refused(ErrorCode.ALREADY_ACCEPTED, () -> ex.accept(r.id(), mid.id()));
        assertThat(ex.get(r.id()).volunteerId()).isEqualTo(near.id());
        Request other = post(ServiceType.ESCORT);
        refused(ErrorCode.NOT_A_VOLUNTEER, () -> ex.accept(other.id(), elder.id()));
    }

    @Test
    void eitherSideCancelsWithAReasonAndAVolunteerWithdrawingReopensTheRequest() {
        Request r = post(ServiceType.REPAIR);
        ex.accept(r.id(), near.id());
        refused(ErrorCode.REASON_REQUIRED, () -> ex.cancel(r.id(), near.id(), " "));
        refused(ErrorCode.NOT_A_PARTY, () -> ex.cancel(r.id(), mid.id(), "not mine"));
        assertThat(ex.cancel(r.id(), near.id(), "临时有事").state()).isEqualTo(ExchangeState.OPEN);
        assertThat(ex.accept(r.id(), mid.id()).volunteerId()).isEqualTo(mid.id());
        assertThat(ex.cancel(r.id(), elder.id(), "不需要了").state()).isEqualTo(ExchangeState.CANCELLED);
        refused(ErrorCode.WRONG_STATE, () -> ex.accept(r.id(), near.id()));
    }

    @Test
    void aNoShowIsRecordedAgainstTheSideThatDidNotCome() {
        Request r = post(ServiceType.ESCORT);
        ex.accept(r.id(), near.id());
        assertThat(ex.reportNoShow(r.id(), elder.id()).state()).isEqualTo(ExchangeState.NO_SHOW);
        assertThat(t.store.feed(t.community.nodeId(), t.store.head(t.community.nodeId()).seq() - 2, 1).get(0).payload())
                .contains("\"absent\":\"" + near.id() + "\"");
        // and the absent side's trust score drops, with the reason and the request it was about
        assertThat(t.community.trust().history(org.timestation.trust.Party.member(near.id())))
                .extracting(org.timestation.trust.TrustChange::reason, org.timestation.trust.TrustChange::ref)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(org.timestation.trust.TrustReason.NO_SHOW, r.id()));
        assertThat(t.community.trust().score(org.timestation.trust.Party.member(elder.id()))).isEqualTo(100);
    }

    @Test
    void theTimerRecordsWholeMinutesFromStartToEnd() {
        Request r = post(ServiceType.COMPANY);
        refused(ErrorCode.WRONG_STATE, () -> ex.start(r.id(), near.id()));
        ex.accept(r.id(), near.id());
        refused(ErrorCode.NOT_A_PARTY, () -> ex.start(r.id(), mid.id()));
        ex.start(r.id(), near.id());
        t.clock.advance(Duration.ofMinutes(47).plusSeconds(10));
        assertThat(ex.end(r.id(), near.id()).timerMinutes()).isEqualTo(48);
    }

    @Test
    void theRequesterConfirmsAndTheCreditsMoveInTheSameCommit() {
        t.earn(elder, 0 + 120);
        Request r = serve(post(ServiceType.REPAIR), near, Duration.ofMinutes(90));
        refused(ErrorCode.MORE_THAN_TIMER, () -> ex.confirm(r.id(), t.tapCard(elder), Minutes.of(91)));
        refused(ErrorCode.NOT_A_PARTY, () -> ex.confirm(r.id(), t.tapCard(near), Minutes.of(60)));
        long before = t.store.eventCount();
        Request settled = ex.confirm(r.id(), t.tapCard(elder), Minutes.of(75)); // confirms fewer than the timer
        assertThat(settled.state()).isEqualTo(ExchangeState.SETTLED);
        assertThat(settled.confirmedMinutes()).isEqualTo(75);
        assertThat(t.community.credits().balance(near.id())).isEqualTo(Minutes.of(75));
        assertThat(t.store.eventCount()).isEqualTo(before + 4); // the payment, the confirmation, both sides' trust changes
        assertThat(t.store.latestCheckpoint(t.community.nodeId()).orElseThrow().seq()).isEqualTo(t.store.head(t.community.nodeId()).seq());
        refused(ErrorCode.WRONG_STATE, () -> ex.confirm(r.id(), t.tapCard(elder), Minutes.of(75)));
    }

    @Test
    void anElderShortOfCreditsIsCoveredByTheMutualAidPoolAtSettlement() {
        Request r = serve(post(ServiceType.ESCORT), near, Duration.ofMinutes(120));
        ex.confirm(r.id(), t.tapCard(elder), Minutes.of(120));
        assertThat(t.community.credits().balance(elder.id())).isEqualTo(Minutes.ZERO);
        assertThat(t.community.credits().balance(AccountId.POOL)).isEqualTo(Minutes.of(6000 - 120));
    }

    @Test
    void anExchangeIsConfirmedAutomaticallyWithTheTimerMinutes24HoursAfterItEnded() {
        Request r = serve(post(ServiceType.COMPANY), near, Duration.ofMinutes(40));
        t.clock.advance(Duration.ofHours(23).plusMinutes(59));
        assertThat(t.community.scheduler().runDue().autoConfirmed()).isEmpty();
        t.clock.advance(Duration.ofMinutes(1));
        var run = t.community.scheduler().runDue();
        assertThat(run.autoConfirmed()).extracting(ExchangeService.Outcome::requestId).containsExactly(r.id());
        Request settled = ex.get(r.id());
        assertThat(settled.state()).isEqualTo(ExchangeState.SETTLED);
        assertThat(settled.autoConfirmed()).isTrue();
        assertThat(settled.confirmedMinutes()).isEqualTo(40);
        assertThat(t.community.scheduler().runDue().autoConfirmed()).as("settled once").isEmpty();
    }

    @Test
    void aRequestUnmatchedForSixHoursGoesOnTheBuildingCaptainsList() {
        Request r = post(ServiceType.HAIRCUT);
        t.clock.advance(Duration.ofHours(5).plusMinutes(59));
        assertThat(t.community.scheduler().runDue().escalated()).isEmpty();
        t.clock.advance(Duration.ofMinutes(1));
        assertThat(t.community.scheduler().runDue().escalated()).extracting(Request::id).containsExactly(r.id());
        assertThat(ex.captainList(captain.id())).extracting(Request::id).containsExactly(r.id());
        assertThat(t.community.scheduler().runDue().escalated()).as("escalated once").isEmpty();
        ex.accept(r.id(), near.id());
        assertThat(ex.captainList(captain.id())).isEmpty();
    }

    @Test
    void aRequestNobodyTookClosesItselfADayAfterItsTimeAndTheRequesterIsToldOnce() {
        Request r = post(ServiceType.ESCORT); // wanted in an hour
        Request taken = post(ServiceType.COMPANY);
        ex.accept(taken.id(), near.id());
        long before = t.community.credits().balance(elder.id()).value();
        t.clock.advance(Duration.ofHours(1 + Policy.DEFAULT.lapseHours()).minusMinutes(1));
        assertThat(t.community.scheduler().runDue().lapsed()).as("a minute before it is due").isEmpty();
        assertThat(ex.captainList(captain.id())).as("unmatched for 6 h: on the captain's list").extracting(Request::id).containsExactly(r.id());
        t.clock.advance(Duration.ofMinutes(1));
        assertThat(t.community.scheduler().runDue().lapsed()).extracting(Request::id).containsExactly(r.id());
        assertThat(t.community.scheduler().runDue().lapsed()).as("lapsed once").isEmpty();
        assertThat(ex.get(r.id()).state()).isEqualTo(ExchangeState.LAPSED);
        assertThat(ex.get(taken.id()).state()).as("a request someone took never lapses").isEqualTo(ExchangeState.ACCEPTED);
        assertThat(t.community.credits().balance(elder.id()).value()).as("costs nothing").isEqualTo(before);
        assertThat(ex.openRequestsFor(near.id(), 10)).extracting(Request::id).doesNotContain(r.id());

        // until the requester is told: on their list and still on the captain's
        assertThat(ex.lapsesToTell(elder.id())).extracting(Request::id).containsExactly(r.id());
        assertThat(ex.requestsOf(elder.id())).extracting(Request::id).contains(r.id());
        assertThat(ex.captainList(captain.id())).extracting(Request::id).containsExactly(r.id());
        refused(ErrorCode.NOT_A_PARTY, () -> ex.toldOfLapses(near.id(), List.of(r.id())));

        ex.toldOfLapses(elder.id(), List.of(r.id()));
        assertThat(ex.get(r.id()).state()).isEqualTo(ExchangeState.LAPSED_TOLD);
        assertThat(ex.lapsesToTell(elder.id())).isEmpty();
        assertThat(ex.requestsOf(elder.id())).extracting(Request::id).doesNotContain(r.id());
        assertThat(ex.captainList(captain.id())).isEmpty();
        long events = t.store.eventCount();
        ex.toldOfLapses(elder.id(), List.of(r.id()));
        assertThat(t.store.eventCount()).as("told once").isEqualTo(events);
        refused(ErrorCode.WRONG_STATE, () -> ex.accept(r.id(), near.id()));
        assertThat(CommunityState.rebuild(t.store).rows()).as("a rebuild gives the same rows").isEqualTo(t.community.inspect(CommunityState::rows));
    }

    @Test
    void aRepeatedRequestIsOneRequestPerDateAllPostedOrNone() {
        java.time.ZoneId zone = java.time.ZoneId.of("Asia/Shanghai");
        int year = t.clock.instant().atZone(zone).getYear() + 1;
        Instant first = java.time.LocalDate.of(year, 1, 31).atTime(9, 0).atZone(zone).toInstant();
        List<Request> weekly = ex.post(PostRequest.of(elder.id(), ServiceType.SHOPPING, first, "B1"), ExchangeService.Repeat.WEEKLY);
        assertThat(weekly).extracting(r -> Instant.ofEpochMilli(r.startAt())).containsExactly(first, first.plus(Duration.ofDays(7)),
                first.plus(Duration.ofDays(14)), first.plus(Duration.ofDays(21)));
        List<Request> monthly = ex.post(PostRequest.of(elder.id(), ServiceType.ESCORT, first, "B1"), ExchangeService.Repeat.MONTHLY);
        assertThat(monthly).extracting(r -> Instant.ofEpochMilli(r.startAt()).atZone(java.time.ZoneId.of("Asia/Shanghai")).toLocalDateTime().toString())
                .as("the same day of the month, or its last day; the same time")
                .containsExactly(year + "-01-31T09:00", year + "-02-" + (java.time.Year.isLeap(year) ? 29 : 28) + "T09:00", year + "-03-31T09:00");
        assertThat(ex.post(PostRequest.of(elder.id(), ServiceType.REPAIR, first, "B1"), ExchangeService.Repeat.ONCE)).hasSize(1);
        ex.accept(weekly.get(1).id(), near.id());
        assertThat(ex.get(weekly.get(0).id()).state()).as("taking one date leaves the others open").isEqualTo(ExchangeState.OPEN);
        refused(ErrorCode.UNKNOWN_BUILDING, () -> ex.post(PostRequest.of(elder.id(), ServiceType.SHOPPING, first, "NOWHERE"), ExchangeService.Repeat.WEEKLY));
    }

    @Test
    void onlyTheVolunteerWhoAcceptedGetsTheRequestersFullNumberByCardAndTheRequesterSeesIt() {
        Request r = post(ServiceType.ESCORT);
        refused(ErrorCode.NOT_A_PARTY, () -> ex.contactSlip(r.id(), t.tapCard(near)));
        ex.accept(r.id(), near.id());
        refused(ErrorCode.NOT_A_PARTY, () -> ex.contactSlip(r.id(), t.tapCard(mid)));
        refused(ErrorCode.IDENTIFICATION_REQUIRED, () -> ex.contactSlip(r.id(), null));
        refused(ErrorCode.NOT_A_PARTY, () -> ex.contactSlip(r.id(), t.tapCard(elder)));
        assertThat(ex.get(r.id()).contactPrintedAt()).isZero();

        ExchangeService.ContactSlip slip = ex.contactSlip(r.id(), t.tapCard(near));
        assertThat(slip.phone()).isEqualTo(elder.phone().digits()).doesNotContain("*");
        assertThat(slip.requesterName()).isEqualTo(elder.name());
        assertThat(ex.get(r.id()).contactPrintedAt()).as("the requester sees when").isEqualTo(t.clock.instant().toEpochMilli());
        assertThat(t.store.feed(t.node.nodeId(), t.store.head(t.node.nodeId()).seq() - 1, 1)).singleElement()
                .satisfies(e -> assertThat(e.type()).isEqualTo("exchange.contact-printed"));

        ex.start(r.id(), near.id());
        t.clock.advance(Duration.ofMinutes(40));
        ex.end(r.id(), near.id());
        refused(ErrorCode.WRONG_STATE, () -> ex.contactSlip(r.id(), t.tapCard(near)));
        assertThat(CommunityState.rebuild(t.store).rows()).as("a rebuild gives the same rows").isEqualTo(t.community.inspect(CommunityState::rows));
    }

    @Test
    void eachSideRatesOnceWithOneToFiveStars() {
        Request r = serve(post(ServiceType.COMPANY), near, Duration.ofMinutes(30));
        refused(ErrorCode.WRONG_STATE, () -> ex.rate(r.id(), elder.id(), 5, null));
        ex.confirm(r.id(), t.tapCard(elder), Minutes.of(30));
        refused(ErrorCode.STARS_OUT_OF_RANGE, () -> ex.rate(r.id(), elder.id(), 6, null));
        refused(ErrorCode.STARS_OUT_OF_RANGE, () -> ex.rate(r.id(), elder.id(), 0, null));
        refused(ErrorCode.TEXT_TOO_LONG, () -> ex.rate(r.id(), elder.id(), 4, "好".repeat(201)));
        assertThat(ex.rate(r.id(), elder.id(), 4, "准时").volunteerStars()).isEqualTo(4);
        assertThat(ex.rate(r.id(), near.id(), 5, null).requesterStars()).isEqualTo(5);
        refused(ErrorCode.ALREADY_RATED, () -> ex.rate(r.id(), elder.id(), 5, null));
        refused(ErrorCode.NOT_A_PARTY, () -> ex.rate(r.id(), mid.id(), 5, null));
    }

    @Test
    void aThankYouIsMarkedForTheBulletinOnlyWhenItsWriterAgreedAndThereIsAText() {
        Request shared = serve(post(ServiceType.COMPANY), near, Duration.ofMinutes(30));
        ex.confirm(shared.id(), t.tapCard(elder), Minutes.of(30));
        ex.rate(shared.id(), elder.id(), 5, " 谢谢您，帮了我大忙 ", true);
        ex.rate(shared.id(), near.id(), 5, null, true); // agreed, but wrote nothing: nothing to print
        Request kept = serve(post(ServiceType.REPAIR), near, Duration.ofMinutes(30));
        ex.confirm(kept.id(), t.tapCard(elder), Minutes.of(30));
        ex.rate(kept.id(), elder.id(), 4, "准时又细心", false);
        java.util.List<ExchangeEvent.Rated> rated = new java.util.ArrayList<>();
        t.store.forEachEventInHybridOrder(0, (e, arrival) -> {
            if (e.type().equals("exchange.rated")) {
                rated.add(org.timestation.ledger.EventCodec.decode(ExchangeEvent.Rated.class, e.payload()));
            }
        });
        assertThat(rated).extracting(ExchangeEvent.Rated::text, ExchangeEvent.Rated::share).containsExactly(
                org.assertj.core.groups.Tuple.tuple("谢谢您，帮了我大忙", true), org.assertj.core.groups.Tuple.tuple(null, null),
                org.assertj.core.groups.Tuple.tuple("准时又细心", null));
    }

    @Test
    void aRequesterFollowsTheirRequestsUntilConfirmedAndEachSideIsAskedForStarsForAWeek() {
        Request open = post(ServiceType.HAIRCUT);
        Request served = serve(post(ServiceType.COMPANY), near, Duration.ofMinutes(30));
        Request cancelled = post(ServiceType.REPAIR);
        ex.cancel(cancelled.id(), elder.id(), "不需要了");
        assertThat(ex.requestsOf(elder.id())).as("waiting for confirmation first").extracting(Request::id).containsExactly(served.id(), open.id());
        assertThat(ex.requestsOf(near.id())).isEmpty();
        assertThat(ex.toRate(elder.id())).isEmpty(); // nothing settled yet
        ex.confirm(served.id(), t.tapCard(elder), Minutes.of(30));
        assertThat(ex.requestsOf(elder.id())).extracting(Request::id).containsExactly(open.id());
        assertThat(ex.toRate(elder.id())).extracting(Request::id).containsExactly(served.id());
        assertThat(ex.toRate(near.id())).extracting(Request::id).containsExactly(served.id());
        ex.rate(served.id(), elder.id(), 5, null);
        assertThat(ex.toRate(elder.id())).isEmpty();
        assertThat(ex.toRate(near.id())).extracting(Request::id).containsExactly(served.id());
        t.clock.advance(ExchangeService.RATING_WINDOW);
        assertThat(ex.toRate(near.id())).as("a week later nobody is asked any more").isEmpty();
    }

    @Test
    void theExchangeProjectionRebuildsByteForByte() {
        Request a = serve(post(ServiceType.REPAIR), near, Duration.ofMinutes(50));
        ex.confirm(a.id(), t.tapCard(elder), Minutes.of(45));
        ex.rate(a.id(), elder.id(), 5, "谢谢");
        Request b = post(ServiceType.COMPANY);
        ex.accept(b.id(), mid.id());
        ex.cancel(b.id(), mid.id(), "生病");
        t.clock.advance(Duration.ofHours(7));
        t.community.scheduler().runDue();
        SortedMap<RowKey, String> live = t.community.inspect(CommunityState::rows);
        assertThat(CommunityState.rebuild(t.store).rows()).isEqualTo(live);
        assertThat(org.timestation.audit.Verifier.verify(t.store).intact()).isTrue();
    }
}
