package org.timestation.kiosk.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.timestation.kiosk.flows.SignInFlowTest.tapCard;
import static org.timestation.kiosk.flows.SignInFlowTest.text;
import static org.timestation.kiosk.flows.SignInFlowTest.visible;
import static org.timestation.kiosk.flows.SignInFlowTest.waitUntil;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.EnumSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.timestation.community.Community;
import org.timestation.credit.Minutes;
import org.timestation.exchange.ExchangeState;
import org.timestation.exchange.PostRequest;
import org.timestation.exchange.Request;
import org.timestation.catalogue.ServiceType;
import org.timestation.device.CardData;
import org.timestation.kiosk.testing.KioskFixture;
import org.timestation.kiosk.testing.KioskFlowTest;
import org.timestation.kiosk.testing.Screenshots;
import org.timestation.member.Gender;
import org.timestation.member.IdNumbers;
import org.timestation.member.Member;
import org.timestation.member.Registration;
import org.timestation.member.Role;
import org.timestation.time.ManualClock;

/**
 * After a volunteer accepts: who to call (the phone masked), the requester confirming fewer minutes
 * than the timer (at the kiosk with their card, or later from their own session through 我的求助),
 * and both sides giving stars. The ledger's clock is stepped so a service can last 50 minutes.
 */
class ExchangeFollowUpFlowTest extends KioskFlowTest {
    static final ManualClock CLOCK = new ManualClock(Instant.now(), ZoneId.of("Asia/Shanghai"));
    static final LocalDate BIRTH = LocalDate.of(1988, 4, 12);
    static final String ID_NUMBER = idNumber();
    Member elder;
    Member volunteer;
    String home;

    static String idNumber() {
        String first17 = "110105" + "19880412" + "551";
        return first17 + IdNumbers.checkDigit(first17);
    }

    @Override
    protected Clock clock() {
        return CLOCK;
    }

    Community c() {
        return shell.community();
    }

    @BeforeEach
    void ready() {
        KioskFixture.awaitLedger(shell);
        elder = c().members().byPhone("13800000001").get(0);
        home = c().inspect(s -> s.places().homeOf(elder.id()).orElseThrow().id());
        volunteer = c().members().byPhone("13800000077").stream().findFirst().orElseGet(() -> {
            Member v = c().members().register(new Registration("周新", Gender.MALE, BIRTH, "幸福里", ID_NUMBER, "13800000077",
                    EnumSet.of(Role.MEMBER, Role.VOLUNTEER)));
            c().places().setHome(v.id(), home, "staff-1");
            c().volunteers().setProfile(v.id(), EnumSet.allOf(ServiceType.class), true, true, true, false, "staff-1", "verified");
            return v;
        });
        c().credits().reward(elder.id(), Minutes.of(120), "测试 test", "staff-1");
    }

    /** A request of the elder's that the new volunteer accepted and served for {@code minutes} by the timer. */
    Request served(int minutes) {
        Request r = c().exchanges().post(PostRequest.of(elder.id(), ServiceType.COMPANY, CLOCK.instant().plus(Duration.ofHours(2)), home));
        c().exchanges().accept(r.id(), volunteer.id());
        c().exchanges().start(r.id(), volunteer.id());
        CLOCK.advance(Duration.ofMinutes(minutes));
        return c().exchanges().end(r.id(), volunteer.id());
    }

    void volunteerTapsCard() {
        shell.devices().cardTapped(new CardData("周新", Gender.MALE, BIRTH, "幸福里", ID_NUMBER));
    }

    /** A request of the elder's for help in two hours that the new volunteer accepted. */
    Request acceptedByTheVolunteer() {
        Request r = c().exchanges().post(PostRequest.of(elder.id(), ServiceType.COMPANY, CLOCK.instant().plus(Duration.ofHours(2)), home));
        c().exchanges().accept(r.id(), volunteer.id());
        return r;
    }

    /** The volunteer signs in with their card and opens 我能帮忙; returns where {@code r} is in their tasks. */
    int openHelpAsTheVolunteer(FxRobot robot, Request r) {
        volunteerTapsCard();
        waitUntil(() -> visible(robot, "tile-help"));
        robot.clickOn("#tile-help");
        return c().exchanges().tasksOf(volunteer.id()).stream().map(Request::id).toList().indexOf(r.id());
    }

    @Test
    void theVolunteerSeesWhoToCallWithThePhoneMaskedAndTheRequesterConfirmsFewerMinutesWithTheirCard(FxRobot robot) {
        Request r = acceptedByTheVolunteer();
        int task = openHelpAsTheVolunteer(robot, r);
        waitUntil(() -> visible(robot, "help-task-" + task + "-contact"));
        assertThat(text(robot, "help-task-" + task + "-contact")).contains(elder.name()).contains("138****0001").contains("1 小时")
                .doesNotContain("13800000001");
        robot.clickOn("#help-start-" + task);
        waitUntil(() -> visible(robot, "help-end-" + task));
        CLOCK.advance(Duration.ofMinutes(50));
        robot.clickOn("#help-end-" + task);
        waitUntil(() -> visible(robot, "help-minutes-amount"));
        assertThat(text(robot, "help-minutes-amount")).isEqualTo(Minutes.of(50).text(org.timestation.text.Text.ZH));
        robot.clickOn("#help-minutes-less"); // it was really 45 minutes
        assertThat(text(robot, "help-minutes-amount")).isEqualTo(Minutes.of(45).text(org.timestation.text.Text.ZH));
        Screenshots.saveFitting(stage.getScene(), "help-confirm-zh");
        Minutes before = c().credits().balance(volunteer.id());
        SignInFlowTest.openStrip(robot);
        robot.clickOn("#sim-card-0"); // the elder's own card
        robot.clickOn("#sim-hide");
        waitUntil(() -> c().exchanges().get(r.id()).state() == ExchangeState.SETTLED);
        assertThat(c().exchanges().get(r.id()).confirmedMinutes()).isEqualTo(45);
        assertThat(c().credits().balance(volunteer.id())).isEqualTo(before.plus(Minutes.of(45)));
        waitUntil(() -> visible(robot, "help-star-4"));
        robot.clickOn("#help-star-4"); // the elder rates the volunteer
        waitUntil(() -> visible(robot, "help-thanks-1")); // four stars: a thank-you, one of the set phrases
        Screenshots.saveFitting(stage.getScene(), "help-thanks-zh");
        assertThat(c().exchanges().get(r.id()).volunteerStars()).as("nothing written before the last question").isZero();
        robot.clickOn("#help-thanks-1");
        waitUntil(() -> visible(robot, "help-share-yes"));
        assertThat(text(robot, "help-share-question")).contains("谢谢您，帮了我大忙").contains("信任报");
        robot.clickOn("#help-share-yes");
        waitUntil(() -> c().exchanges().get(r.id()).volunteerStars() == 4);
        java.util.List<org.timestation.exchange.ExchangeEvent.Rated> rated = new java.util.ArrayList<>();
        c().store().forEachEventInHybridOrder(0, (e, arrival) -> {
            if (e.type().equals("exchange.rated")) {
                org.timestation.exchange.ExchangeEvent.Rated x = org.timestation.ledger.EventCodec.decode(
                        org.timestation.exchange.ExchangeEvent.Rated.class, e.payload());
                if (x.request().equals(r.id())) {
                    rated.add(x);
                }
            }
        });
        assertThat(rated).singleElement().satisfies(x -> {
            assertThat(x.text()).isEqualTo("谢谢您，帮了我大忙");
            assertThat(x.share()).isTrue();
        });
        robot.clickOn("#message-ok");
        // then the volunteer is asked to rate the elder
        waitUntil(() -> visible(robot, "help-rate-question") && text(robot, "help-rate-question").contains(elder.name()));
        Screenshots.saveFitting(stage.getScene(), "help-rate-requester-zh");
        robot.clickOn("#help-star-5");
        waitUntil(() -> visible(robot, "help-thanks-skip"));
        robot.clickOn("#help-thanks-skip"); // just the stars
        waitUntil(() -> c().exchanges().get(r.id()).requesterStars() == 5);
    }

    @Test
    void aVolunteerWhoTookARequestSecondWhileOfflineIsToldOnTheirNextVisitOnce(FxRobot robot) {
        // another station of the community (its own ledger) holds everything this kiosk wrote
        Member other = c().members().byPhone("13800000078").stream().findFirst().orElseGet(() -> {
            Member v = c().members().register(new Registration("吴强", Gender.MALE, BIRTH, "幸福里", otherIdNumber(), "13800000078",
                    EnumSet.of(Role.MEMBER, Role.VOLUNTEER)));
            c().places().setHome(v.id(), home, "staff-1");
            c().volunteers().setProfile(v.id(), EnumSet.allOf(ServiceType.class), true, true, true, false, "staff-1", "verified");
            return v;
        });
        Request r = c().exchanges().post(PostRequest.of(elder.id(), ServiceType.COMPANY, CLOCK.instant().plus(Duration.ofHours(3)), home));
        c().seal();
        org.timestation.ledger.InMemoryEventStore otherStore = new org.timestation.ledger.InMemoryEventStore();
        ManualClock otherClock = new ManualClock(CLOCK.instant().plus(Duration.ofMinutes(1)), CLOCK.getZone());
        try (Community station = new Community(otherStore, true, org.timestation.ledger.NodeIdentity.generate("station-x", new java.security.SecureRandom()),
                org.timestation.datafolder.DataFolder.at(data()).keys().hasher(), otherClock)) { // the same community key
            copyFeeds(c().store(), station);
            // the network is down: there, a minute after the request, the other volunteer takes it; here, two minutes after, ours
            station.exchanges().accept(r.id(), other.id());
            CLOCK.advance(Duration.ofMinutes(2));
            c().exchanges().accept(r.id(), volunteer.id());
            station.seal();
            copyFeeds(otherStore, c()); // the stations sync
        }
        assertThat(c().exchanges().get(r.id()).volunteerId()).as("the earlier accept keeps it").isEqualTo(other.id());
        openHelpAsTheVolunteer(robot, r);
        waitUntil(() -> visible(robot, "message") && text(robot, "message").contains("别人先接了"));
        assertThat(text(robot, "message")).contains("您不用去了");
        assertThat(text(robot, "message-second")).contains("you need not go");
        waitUntil(() -> c().exchanges().acceptsLostToTell(volunteer.id()).isEmpty());
        robot.clickOn("#message-ok");
        assertThat(c().exchanges().tasksOf(volunteer.id())).extracting(Request::id).doesNotContain(r.id());
    }

    static String otherIdNumber() {
        String first17 = "110105" + "19880412" + "553";
        return first17 + IdNumbers.checkDigit(first17);
    }

    /** Replication between two ledgers in the test: every feed {@code to} lacks, with the checkpoint signing its head. */
    static void copyFeeds(org.timestation.ledger.EventStore from, Community to) {
        for (var head : from.heads().values()) {
            if (head.nodeId().equals(to.nodeId())) {
                continue;
            }
            java.util.List<org.timestation.ledger.Event> events = from.feed(head.nodeId(), to.store().head(head.nodeId()).seq(), Integer.MAX_VALUE);
            if (!events.isEmpty()) {
                to.store().registerNodeKey(head.nodeId(), from.nodeKeys().get(head.nodeId()));
                to.receive(events, java.util.List.of(from.latestCheckpoint(head.nodeId()).orElseThrow()));
            }
        }
    }

    @Test
    void aDateInAnotherYearSaysItsYearAndTheSoonestComesFirst(FxRobot robot) {
        java.time.ZonedDateTime now = CLOCK.instant().atZone(ZoneId.of("Asia/Shanghai"));
        // two years ahead: "soon" (in three hours) may itself be next year's on New Year's Eve, and then says its year too
        java.time.Instant later = now.toLocalDate().withDayOfYear(1).plusYears(2).plusDays(4).atTime(9, 0).atZone(now.getZone()).toInstant();
        c().exchanges().post(PostRequest.of(elder.id(), ServiceType.ESCORT, later, home));
        Request soon = c().exchanges().post(PostRequest.of(elder.id(), ServiceType.SHOPPING, CLOCK.instant().plus(Duration.ofHours(3)), home));
        tapCard(robot, 0);
        waitUntil(() -> visible(robot, "tile-mine"));
        robot.clickOn("#tile-mine");
        waitUntil(() -> visible(robot, "mine-when-0"));
        int n = (int) java.util.stream.IntStream.range(0, 50).filter(k -> visible(robot, "mine-when-" + k)).count(); // as listed (a lapsed one is told, then gone)
        List<String> shown = java.util.stream.IntStream.range(0, n).mapToObj(k -> text(robot, "mine-when-" + k)).toList();
        String year = String.valueOf(now.getYear() + 2);
        assertThat(shown).as("a later year's date says its year: " + shown).filteredOn(w -> w.contains(year)).hasSize(1);
        int farAt = java.util.stream.IntStream.range(0, n).filter(k -> shown.get(k).contains(year)).findFirst().orElseThrow();
        java.time.ZonedDateTime soonStart = Instant.ofEpochMilli(soon.startAt()).atZone(now.getZone());
        String soonWhen = java.time.format.DateTimeFormatter.ofPattern(soonStart.getYear() == now.getYear() ? "M月d日" : "yyyy年M月d日").format(soonStart);
        int soonAt = java.util.stream.IntStream.range(0, n).filter(k -> shown.get(k).startsWith(soonWhen) && !shown.get(k).contains(year))
                .findFirst().orElseThrow();
        assertThat(soonAt).as("the soonest before the later year's").isLessThan(farAt);
    }

    @Test
    void withoutPaperNoNumberIsGivenAndNothingIsRecorded(FxRobot robot) {
        Request r = acceptedByTheVolunteer();
        int task = openHelpAsTheVolunteer(robot, r);
        waitUntil(() -> visible(robot, "help-contact-" + task));
        shell.demo().paperOut(true);
        try {
            long events = c().store().eventCount();
            robot.clickOn("#help-contact-" + task);
            waitUntil(() -> visible(robot, "message") && text(robot, "message").contains("打印机现在打不出来"));
            assertThat(c().exchanges().get(r.id()).contactPrintedAt()).as("no access recorded").isZero();
            assertThat(c().store().eventCount()).isEqualTo(events);
            assertThat(visible(robot, "message-call-staff")).as("the message sends them to the staff, with the button").isTrue();
        } finally {
            shell.demo().paperOut(false);
        }
    }

    @Test
    void theRequesterSeesThatTheVolunteerPrintedTheirNumber(FxRobot robot) {
        Request r = acceptedByTheVolunteer();
        c().exchanges().contactSlip(r.id(), c().members().identifyByCard(ID_NUMBER));
        tapCard(robot, 0);
        waitUntil(() -> visible(robot, "tile-mine"));
        robot.clickOn("#tile-mine");
        int i = org.timestation.kiosk.screen.myrequests.MyRequestsController.ordered(c().exchanges().requestsOf(elder.id()), CLOCK.instant()).stream().map(Request::id).toList().indexOf(r.id());
        waitUntil(() -> visible(robot, "mine-status-" + i));
        assertThat(text(robot, "mine-status-" + i)).contains("周新").contains("打印了您的电话号码");
    }

    @Test
    void theRequesterConfirmsLaterFromTheirOwnSessionAndGivesStars(FxRobot robot) {
        Request r = served(60);
        tapCard(robot, 0);
        waitUntil(() -> visible(robot, "tile-mine"));
        assertThat(text(robot, "tile-mine")).contains("等您确认");
        robot.clickOn("#tile-mine");
        int i = org.timestation.kiosk.screen.myrequests.MyRequestsController.ordered(c().exchanges().requestsOf(elder.id()), CLOCK.instant()).stream().map(Request::id).toList().indexOf(r.id());
        waitUntil(() -> visible(robot, "mine-confirm-" + i));
        assertThat(text(robot, "mine-status-" + i)).contains(Minutes.of(60).text(org.timestation.text.Text.ZH));
        SignInFlowTest.tap(robot, "#mine-confirm-" + i);
        waitUntil(() -> visible(robot, "mine-confirm-question"));
        assertThat(text(robot, "mine-confirm-question")).contains("周新").contains("138****0077");
        robot.clickOn("#mine-minutes-less").clickOn("#mine-minutes-less"); // 50 minutes
        Screenshots.saveFitting(stage.getScene(), "mine-confirm-zh");
        robot.clickOn("#mine-confirm");
        waitUntil(() -> c().exchanges().get(r.id()).state() == ExchangeState.SETTLED);
        assertThat(c().exchanges().get(r.id()).confirmedMinutes()).isEqualTo(50);
        assertThat(shell.printer().printed()).last().satisfies(p -> assertThat(p.lines()).anyMatch(l -> l.contains("50")));
        robot.clickOn("#message-ok");
        waitUntil(() -> visible(robot, "mine-star-3"));
        robot.clickOn("#mine-star-3");
        waitUntil(() -> c().exchanges().get(r.id()).volunteerStars() == 3);
    }

    @Test
    void aMemberCodeAloneCannotPayTime(FxRobot robot) {
        Request r = served(30);
        shell.devices().scanned(c().memberCodes().codeFor(elder.id()));
        waitUntil(() -> visible(robot, "tile-mine"));
        robot.clickOn("#tile-mine");
        int i = org.timestation.kiosk.screen.myrequests.MyRequestsController.ordered(c().exchanges().requestsOf(elder.id()), CLOCK.instant()).stream().map(Request::id).toList().indexOf(r.id());
        waitUntil(() -> visible(robot, "mine-confirm-" + i));
        SignInFlowTest.tap(robot, "#mine-confirm-" + i);
        robot.clickOn("#mine-confirm");
        waitUntil(() -> visible(robot, "message"));
        assertThat(text(robot, "message")).contains("身份证");
        assertThat(c().exchanges().get(r.id()).state()).isEqualTo(ExchangeState.ENDED);
    }
}
