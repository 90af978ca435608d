package org.timestation.exchange;

import org.timestation.catalogue.ServiceType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.EnumSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.timestation.community.CommunityState;
import org.timestation.community.TestStation;
import org.timestation.credit.AccountId;
import org.timestation.credit.Minutes;
import org.timestation.exchange.ExchangeService.Resolution;
import org.timestation.member.Member;
import org.timestation.member.Role;
import org.timestation.text.DomainException;
import org.timestation.text.ErrorCode;

class DisputeRulesTest {
    final TestStation t = new TestStation();
    final ExchangeService ex = t.community.exchanges();
    final Member requester = t.register("李阿姨", 50);
    final Member volunteer = t.register("小陈", 30, Role.VOLUNTEER);
    final Member other = t.register("路人", 33, Role.VOLUNTEER);

    DisputeRulesTest() {
        t.community.places().addBuilding("B1", "1号楼", 31_230_000, 121_470_000, "staff-1");
        t.community.places().setHome(volunteer.id(), "B1", "staff-1");
        t.community.places().setHome(other.id(), "B1", "staff-1");
        t.community.volunteers().setProfile(volunteer.id(), EnumSet.allOf(ServiceType.class), true, true, true, false, "staff-1", "ok");
        t.community.volunteers().setProfile(other.id(), EnumSet.allOf(ServiceType.class), true, true, true, false, "staff-1", "ok");
        t.earn(requester, 600);
    }

    @AfterEach
    void close() {
        t.close();
    }

    Request ended(long minutes) {
        Request r = ex.post(PostRequest.of(requester.id(), ServiceType.REPAIR, t.clock.instant().plus(Duration.ofHours(1)), "B1"));
        ex.accept(r.id(), volunteer.id());
        ex.start(r.id(), volunteer.id());
        t.clock.advance(Duration.ofMinutes(minutes));
        return ex.end(r.id(), volunteer.id());
    }

    Request settled(long minutes) {
        Request r = ended(minutes);
        return ex.confirm(r.id(), t.tapCard(requester), Minutes.of(minutes));
    }

    Minutes balance(Member m) {
        return t.community.credits().balance(m.id());
    }

    void refused(ErrorCode code, Runnable r) {
        long before = t.store.eventCount();
        assertThatThrownBy(r::run).isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(code));
        assertThat(t.store.eventCount()).isEqualTo(before);
    }

    @Test
    void eitherSideMayDisputeWithAReasonAndTheExchangeWaitsForStaff() {
        Request r = ended(60);
        refused(ErrorCode.REASON_REQUIRED, () -> ex.dispute(r.id(), requester.id(), ""));
        refused(ErrorCode.NOT_A_PARTY, () -> ex.dispute(r.id(), other.id(), "不是我"));
        Request d = ex.dispute(r.id(), requester.id(), "只干了半小时 only half an hour");
        assertThat(d.state()).isEqualTo(ExchangeState.DISPUTED);
        assertThat(d.dispute().before()).isEqualTo(ExchangeState.ENDED);
        refused(ErrorCode.WRONG_STATE, () -> ex.confirm(r.id(), t.tapCard(requester), Minutes.of(30)));
        t.clock.advance(Duration.ofHours(30));
        assertThat(t.community.scheduler().runDue().autoConfirmed()).as("no auto-confirm while disputed").isEmpty();
    }

    @Test
    void hoursCorrectedFromTheTimerRecordAfterSettlementMoveOnlyTheCorrectedTime() {
        Request r = settled(90);
        assertThat(balance(volunteer)).isEqualTo(Minutes.of(90));
        ex.dispute(r.id(), requester.id(), "多算了");
        Request done = ex.resolve(r.id(), Resolution.CORRECT_HOURS, 60, "staff-1", "计时记录核对 checked the timer");
        assertThat(done.state()).isEqualTo(ExchangeState.SETTLED);
        assertThat(done.confirmedMinutes()).isEqualTo(60);
        assertThat(balance(volunteer)).isEqualTo(Minutes.of(60));
        assertThat(balance(requester)).isEqualTo(Minutes.of(600 - 60));
        assertThat(done.dispute().outcome()).isEqualTo("CORRECT_HOURS");
        Request again = settled(30);
        ex.dispute(again.id(), volunteer.id(), "少算了");
        refused(ErrorCode.MORE_THAN_TIMER, () -> ex.resolve(again.id(), Resolution.CORRECT_HOURS, 31, "staff-1", "x"));
    }

    @Test
    void anUnresolvedQualityProblemHalvesTheVolunteersCredits() {
        Request r = settled(80);
        ex.dispute(r.id(), requester.id(), "没修好");
        ex.resolve(r.id(), Resolution.HALVE, 0, "staff-1", "质量问题未解决 quality not fixed");
        assertThat(balance(volunteer)).isEqualTo(Minutes.of(40));
        assertThat(balance(requester)).isEqualTo(Minutes.of(600 - 40));
    }

    @Test
    void falselyReportedHoursCostDoubleTheFalseTime() {
        Request r = settled(120);
        ex.dispute(r.id(), requester.id(), "只来了一小时");
        ex.resolve(r.id(), Resolution.FALSE_REPORT, 60, "staff-1", "邻居作证 a neighbour confirms");
        // paid 60 for the true hour, then 2 x 60 false minutes deducted to the pool
        assertThat(balance(volunteer)).isEqualTo(Minutes.of(60 - 120));
        assertThat(t.community.credits().balance(AccountId.POOL)).isEqualTo(Minutes.of(120));
        Minutes total = t.community.inspect(s -> s.credits().total());
        assertThat(total).isEqualTo(Minutes.ZERO);
    }

    @Test
    void reServiceReopensTheRequestForAnotherVolunteerOnlyBeforePayment() {
        Request r = ended(45);
        ex.dispute(r.id(), requester.id(), "没做完");
        Request reopened = ex.resolve(r.id(), Resolution.RESERVICE, 0, "staff-1", "换人重新服务 another volunteer");
        assertThat(reopened.state()).isEqualTo(ExchangeState.OPEN);
        assertThat(reopened.volunteerId()).isNull();
        assertThat(balance(volunteer)).isEqualTo(Minutes.ZERO);
        assertThat(ex.accept(r.id(), other.id()).volunteerId()).isEqualTo(other.id());
        Request paid = settled(30);
        ex.dispute(paid.id(), requester.id(), "x");
        refused(ErrorCode.WRONG_STATE, () -> ex.resolve(paid.id(), Resolution.RESERVICE, 0, "staff-1", "x"));
    }

    @Test
    void aDismissedDisputeReturnsTheExchangeToWhereItWas() {
        Request r = settled(50);
        ex.dispute(r.id(), volunteer.id(), "评价不公");
        assertThat(ex.resolve(r.id(), Resolution.DISMISS, 0, "staff-1", "查无问题 nothing wrong").state()).isEqualTo(ExchangeState.SETTLED);
        assertThat(balance(volunteer)).isEqualTo(Minutes.of(50));
    }

    @Test
    void staffMustRespondWithinAnHourAndResolveWithinADay() {
        Request r = ended(30);
        ex.dispute(r.id(), requester.id(), "x");
        t.clock.advance(Duration.ofMinutes(59));
        assertThat(ex.overdueDisputes()).isEmpty();
        t.clock.advance(Duration.ofMinutes(1));
        assertThat(t.community.scheduler().runDue().overdueDisputes()).singleElement().satisfies(o -> assertThat(o.response()).isTrue());
        ex.respond(r.id(), "staff-1", "已联系双方 called both");
        assertThat(ex.overdueDisputes()).isEmpty();
        refused(ErrorCode.WRONG_STATE, () -> ex.respond(r.id(), "staff-1", "again"));
        t.clock.advance(Duration.ofHours(23));
        assertThat(ex.overdueDisputes()).singleElement().satisfies(o -> assertThat(o.response()).isFalse());
        ex.resolve(r.id(), Resolution.CORRECT_HOURS, 20, "staff-1", "timer");
        assertThat(ex.overdueDisputes()).isEmpty();
    }

    @Test
    void everyOutcomeIsAnEventAndTheProjectionRebuildsByteForByte() {
        Request a = settled(90);
        ex.dispute(a.id(), requester.id(), "x");
        ex.resolve(a.id(), Resolution.FALSE_REPORT, 30, "staff-1", "false report");
        Request b = ended(40);
        ex.dispute(b.id(), volunteer.id(), "y");
        ex.respond(b.id(), "staff-1", "looking");
        ex.resolve(b.id(), Resolution.HALVE, 0, "staff-1", "quality");
        assertThat(CommunityState.rebuild(t.store).rows()).isEqualTo(t.community.inspect(CommunityState::rows));
        assertThat(org.timestation.audit.Verifier.verify(t.store).intact()).isTrue();
        long resolutions = t.store.feed(t.community.nodeId(), 0, 10_000).stream()
                .filter(e -> e.type().equals("exchange.dispute-resolved") && e.payload().contains("\"operator\":\"staff-1\"")).count();
        assertThat(resolutions).isEqualTo(2);
    }
}
