package org.timestation.admin.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.timestation.catalogue.ServiceType;
import org.timestation.community.TestStation;
import org.timestation.exchange.PostRequest;
import org.timestation.exchange.Request;
import org.timestation.member.Member;
import org.timestation.member.Role;

/**
 * The dashboard's numbers from a community built step by step: the week starts on Monday in the
 * community's zone, requests waiting past the policy's hours are listed oldest first, disputes by
 * their next deadline (first response, then outcome), and supply against demand per service.
 */
class DashboardFiguresTest {
    static DashboardFigures now(TestStation s) {
        Instant at = s.clock.instant();
        return s.community.inspect(st -> DashboardFigures.of(st, at, TestStation.ZONE));
    }

    @Test
    void thisWeekStartsOnMondayAndCountsHelpPeopleAndNewcomers() {
        try (TestStation s = new TestStation()) { // 2026-03-01 09:00, a Sunday
            s.fundPool(24 * 60); // the elder's help is paid from the mutual-aid pool
            Member elder = s.register("王秀英", 78);
            Member v1 = s.register("李志愿", 35, Role.VOLUNTEER);
            Member v2 = s.register("张志愿", 40, Role.VOLUNTEER);
            s.serve(elder, v1, 60);
            DashboardFigures sunday = now(s);
            assertThat(sunday.minutesThisWeek()).isEqualTo(60);
            assertThat(sunday.activeMembers()).isEqualTo(2);
            assertThat(sunday.newMembers()).isEqualTo(3);
            s.clock.advance(Duration.ofDays(1)); // Monday: a new week
            DashboardFigures monday = now(s);
            assertThat(monday.minutesThisWeek()).as("last week's hour is last week's").isZero();
            assertThat(monday.newMembers()).isZero();
            s.serve(elder, v2, 45);
            s.register("赵新人", 30);
            DashboardFigures later = now(s);
            assertThat(later.minutesThisWeek()).isEqualTo(45);
            assertThat(later.activeMembers()).isEqualTo(2);
            assertThat(later.newMembers()).isEqualTo(1);
        }
    }

    @Test
    void requestsNobodyTookDisputesByDeadlineAndSupplyAgainstDemand() {
        try (TestStation s = new TestStation()) {
            s.fundPool(24 * 60);
            Member elder = s.register("王秀英", 78);
            Member v1 = s.register("李志愿", 35, Role.VOLUNTEER);
            Member v2 = s.register("张志愿", 40, Role.VOLUNTEER);
            s.serve(elder, v1, 30); // gives both volunteers' profiles every service
            s.serve(elder, v2, 30);
            var ex = s.community.exchanges();
            Request first = ex.post(PostRequest.of(elder.id(), ServiceType.ESCORT, s.clock.instant().plus(Duration.ofDays(2)), "TS-1"));
            s.clock.advance(Duration.ofHours(1));
            for (int i = 0; i < 3; i++) {
                ex.post(PostRequest.of(elder.id(), ServiceType.ESCORT, s.clock.instant().plus(Duration.ofDays(2)), "TS-1"));
            }
            DashboardFigures early = now(s);
            assertThat(early.openRequests()).isEqualTo(4);
            assertThat(early.unmatched()).as("none has waited the policy's hours yet").isEmpty();
            int hours = s.community.inspect(st -> st.policy().get().unmatchedHours());
            s.clock.advance(Duration.ofHours(hours).minusMinutes(30));
            DashboardFigures waiting = now(s);
            assertThat(waiting.unmatched()).extracting(DashboardFigures.Unmatched::requestId).containsExactly(first.id());
            assertThat(waiting.unmatched().get(0).waiting()).isEqualTo(Duration.ofHours(hours).plusMinutes(30));

            // a dispute: first the response is due, then the outcome
            Request help = ex.post(PostRequest.of(elder.id(), ServiceType.COMPANY, s.clock.instant().plus(Duration.ofMinutes(10)), "TS-1"));
            ex.accept(help.id(), v1.id());
            ex.start(help.id(), v1.id());
            s.clock.advance(Duration.ofMinutes(40));
            ex.end(help.id(), v1.id());
            ex.dispute(help.id(), elder.id(), "时间不对 the hours are wrong");
            s.clock.advance(Duration.ofMinutes(20));
            int respond = s.community.inspect(st -> st.policy().get().disputeRespondMinutes());
            int resolve = s.community.inspect(st -> st.policy().get().disputeResolveHours());
            DashboardFigures.DisputeDue due = now(s).disputes().get(0);
            assertThat(due.responded()).isFalse();
            assertThat(due.left()).isEqualTo(Duration.ofMinutes(respond - 20));
            ex.respond(help.id(), "staff-1", "在查 looking into it");
            DashboardFigures.DisputeDue next = now(s).disputes().get(0);
            assertThat(next.responded()).isTrue();
            assertThat(next.left()).isEqualTo(Duration.ofHours(resolve).minusMinutes(20));
            s.clock.advance(Duration.ofHours(resolve));
            assertThat(now(s).disputes().get(0).left()).as("overdue: below zero").isNegative();

            DashboardFigures.Balance escort = now(s).services().stream().filter(b -> b.service() == ServiceType.ESCORT).findFirst().orElseThrow();
            assertThat(escort.requests()).isEqualTo(4);
            assertThat(escort.unanswered()).isEqualTo(4);
            assertThat(escort.offering()).isEqualTo(2);
            assertThat(escort.needsVolunteers()).isTrue();
            DashboardFigures.Balance company = now(s).services().stream().filter(b -> b.service() == ServiceType.COMPANY).findFirst().orElseThrow();
            assertThat(company.requests()).isEqualTo(3);
            assertThat(company.unanswered()).isZero();
            assertThat(company.needsVolunteers()).isFalse();
            DashboardFigures.Balance haircut = now(s).services().stream().filter(b -> b.service() == ServiceType.HAIRCUT).findFirst().orElseThrow();
            assertThat(haircut.requests()).isZero();
            assertThat(haircut.quiet()).as("2 volunteers are not yet many").isFalse();
            assertThat(new DashboardFigures.Balance(ServiceType.HAIRCUT, 1, 0, 3).quiet()).isTrue();
        }
    }
}
