package org.timestation.kiosk.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.timestation.kiosk.flows.SignInFlowTest.tapCard;
import static org.timestation.kiosk.flows.SignInFlowTest.text;
import static org.timestation.kiosk.flows.SignInFlowTest.visible;
import static org.timestation.kiosk.flows.SignInFlowTest.waitUntil;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.timestation.activity.Activity;
import org.timestation.activity.ActivityService;
import org.timestation.community.Community;
import org.timestation.credit.Minutes;
import org.timestation.kiosk.app.KioskShell;
import org.timestation.device.ReceiptPrinter;
import org.timestation.kiosk.speech.Speaker;
import org.timestation.kiosk.testing.KioskFixture;
import org.timestation.kiosk.testing.KioskFlowTest;
import org.timestation.kiosk.testing.Screenshots;
import org.timestation.kiosk.widget.NumberWords;
import org.timestation.member.Member;
import org.timestation.merchant.Voucher;
import org.timestation.text.Text;

/** What a resident does after signing in, tapped through as a person would, checked on screen and in the ledger. */
class ResidentFlowsTest extends KioskFlowTest {
    Member elder;

    @BeforeEach
    void ready() {
        KioskFixture.awaitLedger(shell);
        elder = shell.community().members().byPhone("13800000001").get(0);
    }

    Community c() {
        return shell.community();
    }

    @Test
    void myTimeShowsTheBalanceInDigitsAndWordsTheTrustScoreAndTheLastMovements(FxRobot robot) {
        c().credits().reward(elder.id(), Minutes.of(150), "测试奖励 test", "staff-1");
        Minutes balance = c().credits().balance(elder.id());
        tapCard(robot, 0);
        robot.clickOn("#tile-credits");
        waitUntil(() -> !text(robot, "credits-balance").isEmpty());
        assertThat(text(robot, "credits-balance")).isEqualTo(balance.text(Text.ZH));
        assertThat(text(robot, "credits-words")).isEqualTo(NumberWords.duration(balance.value(), Text.ZH));
        assertThat(text(robot, "credits-trust")).startsWith("信任分：");
        java.time.LocalDate today = java.time.LocalDate.now(c().clock().withZone(c().policy().current().zoneId()));
        assertThat(text(robot, "credits-movement-0")).contains("奖励").contains("+2小时30分钟")
                .as("the day as a resident says it, no year for this year's").startsWith(today.getMonthValue() + "月" + today.getDayOfMonth() + "日");
        Screenshots.saveFitting(stage.getScene(), "credits-zh");
        robot.clickOn("#btn-language");
        assertThat(text(robot, "credits-words")).isEqualTo(NumberWords.duration(balance.value(), Text.EN));
        assertThat(text(robot, "credits-movement-0")).contains("Reward").contains("+2 h 30 min")
                .startsWith(today.getDayOfMonth() + " " + today.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH));
        robot.clickOn("#btn-large");
        Screenshots.saveFitting(stage.getScene(), "credits-en-large");
        robot.clickOn("#btn-back");
        assertThat(shell.navigator().current().get().id()).isEqualTo("home");
    }

    @Test
    void aResidentChoosesWhetherTheBulletinPrintsTheirFullName(FxRobot robot) {
        tapCard(robot, 0);
        robot.clickOn("#tile-credits");
        waitUntil(() -> text(robot, "credits-bulletin").contains(elder.maskedName()));
        assertThat(c().members().nameInBulletin(elder.id())).isFalse();
        SignInFlowTest.tap(robot, "#credits-bulletin-change");
        waitUntil(() -> text(robot, "credits-bulletin").contains("会印您的全名"));
        assertThat(c().members().nameInBulletin(elder.id())).isTrue();
        assertThat(c().members().bulletinName(elder.id())).isEqualTo(elder.name());
        assertThat(text(robot, "credits-bulletin-change")).isEqualTo("不印全名");
        SignInFlowTest.tap(robot, "#credits-bulletin-change");
        waitUntil(() -> text(robot, "credits-bulletin").contains(elder.maskedName()));
        assertThat(c().members().nameInBulletin(elder.id())).as("withdrawn: an event too").isFalse();
        Screenshots.saveFitting(stage.getScene(), "credits-bulletin-zh");
    }

    @Test
    void aMemberCodeFoundOnAReceiptCannotPutSomeonesNameInTheBulletin(FxRobot robot) {
        shell.devices().scanned(c().memberCodes().codeFor(elder.id())); // signed in by a code printed on a statement
        waitUntil(() -> visible(robot, "tile-credits"));
        robot.clickOn("#tile-credits");
        waitUntil(() -> text(robot, "credits-bulletin").contains(elder.maskedName()));
        SignInFlowTest.tap(robot, "#credits-bulletin-change");
        waitUntil(() -> visible(robot, "message") && text(robot, "message").contains("本人"));
        assertThat(c().members().nameInBulletin(elder.id())).isFalse();
    }

    @Test
    void redeemingTurnsTimeIntoAVoucherPrintedWithItsQr(FxRobot robot) {
        c().credits().reward(elder.id(), Minutes.of(240), "测试奖励 test", "staff-1");
        Minutes before = c().credits().balance(elder.id());
        int vouchersBefore = c().merchants().vouchersOf(elder.id()).size();
        tapCard(robot, 0);
        robot.clickOn("#tile-redeem");
        waitUntil(() -> visible(robot, "redeem-merchant-0"));
        Screenshots.saveFitting(stage.getScene(), "redeem-zh");
        robot.clickOn("#redeem-for-service"); // time for a service instead: that is asking for help
        waitUntil(() -> visible(robot, "ask-service-company"));
        robot.clickOn("#btn-back");
        waitUntil(() -> visible(robot, "redeem-merchant-0"));
        robot.clickOn("#redeem-merchant-0");
        assertThat(text(robot, "redeem-amount")).isEqualTo("30分钟");
        robot.clickOn("#redeem-more");
        robot.clickOn("#redeem-more");
        robot.clickOn("#redeem-less");
        assertThat(text(robot, "redeem-amount")).isEqualTo("1小时");
        Screenshots.saveFitting(stage.getScene(), "redeem-amount-zh");
        robot.clickOn("#redeem-confirm");
        waitUntil(() -> visible(robot, "redeem-done"));
        List<Voucher> vouchers = c().merchants().vouchersOf(elder.id());
        assertThat(vouchers).hasSize(vouchersBefore + 1);
        assertThat(vouchers.get(vouchers.size() - 1).minutes()).isEqualTo(60);
        java.time.LocalDate lastDay = vouchers.get(vouchers.size() - 1).lastDay();
        java.time.LocalDate issued = java.time.LocalDate.ofInstant(java.time.Instant.ofEpochMilli(vouchers.get(vouchers.size() - 1).issuedAt()),
                c().policy().current().zoneId());
        assertThat(text(robot, "redeem-done")).as("the last day as a resident reads it").contains("1小时")
                .contains((lastDay.getYear() == issued.getYear() ? "" : lastDay.getYear() + "年") + lastDay.getMonthValue() + "月" + lastDay.getDayOfMonth() + "日 前有效");
        assertThat(c().credits().balance(elder.id())).isEqualTo(before.minus(Minutes.of(60)));
        waitUntil(() -> shell.printer().last() != null);
        ReceiptPrinter.Receipt r = shell.printer().last();
        assertThat(r.qr()).startsWith("TS1.");
        assertThat(r.lines()).contains("王秀英");
        Screenshots.saveFitting(stage.getScene(), "redeem-done-zh");
    }

    @Test
    void aResidentSignsUpForThisWeeksActivityAndChecksInOnTheDay(FxRobot robot) {
        Member captain = c().members().byPhone("13800000003").get(0);
        Instant start = c().clock().instant().plus(Duration.ofMinutes(30));
        Activity a = c().activities().propose(captain.id(), new ActivityService.Plan("邻里茶话会", start, start.plus(Duration.ofHours(2)),
                "社区活动室", 20, "茶水"));
        c().activities().decide(a.id(), true, "staff-1", "ok");
        tapCard(robot, 0);
        robot.clickOn("#tile-activities");
        waitUntil(() -> visible(robot, "activity-0"));
        Screenshots.saveFitting(stage.getScene(), "activities-zh");
        int index = c().activities().between(c().clock().instant().minus(Duration.ofHours(12)), c().clock().instant().plus(Duration.ofDays(7)))
                .stream().filter(x -> x.endAt() >= c().clock().millis()).map(Activity::id).toList().indexOf(a.id());
        robot.clickOn("#activities-checkin-" + index); // within the hour before the start: check-in is open, a walk-in is welcome
        waitUntil(() -> c().activities().get(a.id()).checkedIn().contains(elder.id()));
        waitUntil(() -> visible(robot, "message"));
        assertThat(text(robot, "message")).contains("签到成功");
    }

    @Test
    void aGiftGoesToAFamilyMemberFoundByPhoneConfirmedWithThePinOnBothStatements(FxRobot robot) {
        Member son = c().members().byPhone("13800000002").get(0);
        c().credits().reward(elder.id(), Minutes.of(120), "测试奖励 test", "staff-1");
        Minutes elderBefore = c().credits().balance(elder.id());
        Minutes sonBefore = c().credits().balance(son.id());
        tapCard(robot, 0);
        robot.clickOn("#tile-gift");
        for (char ch : "13800000002".toCharArray()) {
            robot.clickOn("#gpad-" + ch);
        }
        assertThat(text(robot, "gift-typed")).as("in the groups people say it in").isEqualTo("138 0000 0002");
        robot.clickOn("#gift-find");
        waitUntil(() -> visible(robot, "gift-amount"));
        robot.clickOn("#gift-more");
        assertThat(text(robot, "gift-amount")).isEqualTo("1小时");
        robot.clickOn("#gift-next");
        Screenshots.saveFitting(stage.getScene(), "gift-pin-zh");
        for (char ch : "135790".toCharArray()) {
            robot.clickOn("#gpad-" + ch);
        }
        waitUntil(() -> text(robot, "gift-heading").startsWith("已把"));
        assertThat(c().credits().balance(elder.id())).isEqualTo(elderBefore.minus(Minutes.of(60)));
        assertThat(c().credits().balance(son.id())).isEqualTo(sonBefore.plus(Minutes.of(60)));
        assertThat(c().credits().statement(elder.id(), 1).get(0).minutes()).isEqualTo(-60);
        assertThat(c().credits().statement(son.id(), 1).get(0).minutes()).isEqualTo(60);
    }

    @Test
    void aGiftRecipientCanBeFoundByScanningTheirMemberCodeWithoutSigningThemIn(FxRobot robot) {
        Member son = c().members().byPhone("13800000002").get(0);
        c().credits().reward(elder.id(), Minutes.of(60), "测试奖励 test", "staff-1");
        Minutes sonBefore = c().credits().balance(son.id());
        tapCard(robot, 0);
        robot.clickOn("#tile-gift");
        waitUntil(() -> visible(robot, "gift-find"));
        shell.devices().scanned(c().memberCodes().codeFor(son.id())); // the son holds up his code
        waitUntil(() -> visible(robot, "gift-amount"));
        assertThat(shell.session().member().get().id()).as("the giver stays signed in").isEqualTo(elder.id());
        robot.clickOn("#gift-next");
        for (char ch : "135790".toCharArray()) {
            robot.clickOn("#gpad-" + ch);
        }
        waitUntil(() -> text(robot, "gift-heading").startsWith("已把"));
        assertThat(text(robot, "gift-heading")).contains(son.maskedName()).doesNotContain(son.name());
        assertThat(c().credits().balance(son.id())).isGreaterThan(sonBefore);
    }

    @Test
    void askingForHelpIsOneQuestionPerScreenThenASummaryThenTheRequestIsPosted(FxRobot robot) {
        int before = c().inspect(s -> (int) s.exchanges().all().stream().filter(r -> r.requesterId().equals(elder.id())).count());
        tapCard(robot, 0);
        robot.clickOn("#tile-ask");
        waitUntil(() -> visible(robot, "ask-service-company"));
        Screenshots.saveFitting(stage.getScene(), "ask-service-zh");
        robot.clickOn("#ask-service-company");
        robot.clickOn("#ask-day-2");
        robot.clickOn("#btn-back"); // back goes to the previous question, not out of the wizard
        assertThat(visible(robot, "ask-day-1")).isTrue();
        robot.clickOn("#ask-day-1");
        robot.clickOn("#ask-part-0");
        robot.clickOn("#ask-repeat-once");
        robot.clickOn("#ask-where-station"); // meet at the station, not at home
        robot.clickOn("#ask-special-1");
        robot.clickOn("#ask-special-next");
        robot.clickOn("#ask-who-female");
        waitUntil(() -> visible(robot, "ask-summary"));
        assertThat(text(robot, "ask-summary")).contains("陪聊").contains("明天").contains("上午").contains("听力不好").contains("女志工").contains("在时间驿站");
        waitUntil(() -> text(robot, "ask-cost").contains("互助基金"));
        assertThat(text(robot, "ask-cost")).as("the cost, said before she confirms: the rule, and the pool covering an elder")
                .contains("1 小时").contains("1 个时间币").contains("服务完成后才付").contains("互助基金");
        Screenshots.saveFitting(stage.getScene(), "ask-summary-zh");
        robot.clickOn("#ask-confirm");
        waitUntil(() -> visible(robot, "ask-done"));
        var mine = c().inspect(s -> s.exchanges().all().stream().filter(r -> r.requesterId().equals(elder.id())).toList());
        assertThat(mine).hasSize(before + 1);
        var posted = mine.stream().max(java.util.Comparator.comparingLong(org.timestation.exchange.Request::postedAt)).orElseThrow();
        assertThat(posted.service()).isEqualTo(org.timestation.catalogue.ServiceType.COMPANY);
        assertThat(posted.requirements()).containsExactly("在时间驿站见面", "听力不好，请大声说话");
        assertThat(posted.preferredGender()).isEqualTo("FEMALE");
        assertThat(java.time.LocalDateTime.ofInstant(Instant.ofEpochMilli(posted.startAt()), java.time.ZoneId.of("Asia/Shanghai")).toLocalTime())
                .isEqualTo(java.time.LocalTime.of(9, 0));
    }

    @Test
    void aRequestFarAheadFromTheCalendarRepeatsEveryWeekAndEachDateIsARequest(FxRobot robot) {
        tapCard(robot, 0);
        robot.clickOn("#tile-ask");
        waitUntil(() -> visible(robot, "ask-service-shopping"));
        robot.clickOn("#ask-service-shopping");
        waitUntil(() -> visible(robot, "ask-day-9"));
        java.time.ZonedDateTime now = java.time.ZonedDateTime.now(java.time.ZoneId.of("Asia/Shanghai"));
        java.time.LocalDate day = now.toLocalDate().plusDays(9);
        assertThat(text(robot, "ask-day-9")).as("a big day button with the date and weekday")
                .contains((day.getYear() == now.getYear() ? "" : day.getYear() + "年") + day.getMonthValue() + "月" + day.getDayOfMonth() + "日").contains(day.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.CHINA));
        assertThat(visible(robot, "ask-day-13")).as("two weeks ahead").isTrue();
        robot.clickOn("#ask-day-9");
        robot.clickOn("#ask-part-1");
        assertThat(text(robot, "ask-repeat-weekly")).contains("每周").contains("4");
        robot.clickOn("#ask-repeat-weekly");
        robot.clickOn("#ask-where-home");
        robot.clickOn("#ask-special-next");
        robot.clickOn("#ask-who-any");
        waitUntil(() -> visible(robot, "ask-summary"));
        assertThat(text(robot, "ask-summary")).contains("每周一次，共 4 次");
        assertThat(text(robot, "ask-cost")).contains("分开付");
        int before = c().inspect(s -> (int) s.exchanges().all().stream().filter(r -> r.requesterId().equals(elder.id())).count());
        robot.clickOn("#ask-confirm");
        waitUntil(() -> visible(robot, "ask-done"));
        var posted = c().inspect(s -> s.exchanges().all().stream().filter(r -> r.requesterId().equals(elder.id())).toList());
        assertThat(posted).hasSize(before + 4);
        java.time.ZoneId zone = java.time.ZoneId.of("Asia/Shanghai");
        assertThat(posted.stream().filter(r -> r.service() == org.timestation.catalogue.ServiceType.SHOPPING && r.state() == org.timestation.exchange.ExchangeState.OPEN)
                .map(r -> java.time.LocalDateTime.ofInstant(Instant.ofEpochMilli(r.startAt()), zone)).toList())
                .contains(day.atTime(14, 0), day.plusWeeks(1).atTime(14, 0), day.plusWeeks(2).atTime(14, 0), day.plusWeeks(3).atTime(14, 0));
    }

    @Test
    void aRequestThatClosedByItselfIsToldOnTheNextVisitOnce(FxRobot robot) {
        var lapsed = c().exchanges().lapsesToTell(elder.id());
        assertThat(lapsed).as("the demo leaves the elder one to be told of").hasSize(1);
        tapCard(robot, 0);
        waitUntil(() -> visible(robot, "tile-mine"));
        waitUntil(() -> text(robot, "tile-mine").contains("自动关闭"));
        assertThat(robot.lookup("#tile-mine").query().localToScene(0, 0).getY())
                .as("what waits for the resident comes before the tiles, never below the fold")
                .isLessThan(robot.lookup("#tile-ask").query().localToScene(0, 0).getY());
        robot.clickOn("#tile-mine");
        waitUntil(() -> visible(robot, "mine-status-0"));
        assertThat(text(robot, "mine-status-0")).contains("自动关闭").contains("不扣时间币");
        assertThat(visible(robot, "mine-ask-again-0")).isTrue();
        waitUntil(() -> c().exchanges().lapsesToTell(elder.id()).isEmpty());
        assertThat(c().exchanges().get(lapsed.get(0).id()).state()).isEqualTo(org.timestation.exchange.ExchangeState.LAPSED_TOLD);
        robot.clickOn("#mine-ask-again-0");
        waitUntil(() -> visible(robot, "ask-service-company"));
        robot.clickOn("#btn-home");
        waitUntil(() -> visible(robot, "tile-mine"));
        waitUntil(() -> !text(robot, "tile-mine").contains("自动关闭"));
    }

    @Test
    void aVolunteerTakesARequestTimesTheHelpAndTheRequesterConfirmsWithTheirCard(FxRobot robot) {
        // a new volunteer, registered today (no tasks from the demo's past)
        java.time.LocalDate birth = java.time.LocalDate.of(1988, 4, 12);
        String first17 = "110105" + "19880412" + "551";
        String idNumber = first17 + org.timestation.member.IdNumbers.checkDigit(first17);
        Member volunteer = c().members().register(new org.timestation.member.Registration("周新", org.timestation.member.Gender.MALE, birth,
                "幸福里", idNumber, "13800000077", java.util.EnumSet.of(org.timestation.member.Role.MEMBER, org.timestation.member.Role.VOLUNTEER)));
        String home = c().inspect(s -> s.places().homeOf(elder.id()).orElseThrow().id());
        c().places().setHome(volunteer.id(), home, "staff-1");
        c().volunteers().setProfile(volunteer.id(), java.util.EnumSet.allOf(org.timestation.catalogue.ServiceType.class), true, true, true, false,
                "staff-1", "verified");
        c().credits().reward(elder.id(), Minutes.of(120), "测试 test", "staff-1");
        org.timestation.exchange.Request r = c().exchanges().post(org.timestation.exchange.PostRequest.of(elder.id(),
                org.timestation.catalogue.ServiceType.COMPANY, c().clock().instant().plus(Duration.ofHours(2)), home));
        Minutes before = c().credits().balance(volunteer.id());
        shell.devices().cardTapped(new org.timestation.device.CardData("周新", org.timestation.member.Gender.MALE, birth, "幸福里", idNumber));
        waitUntil(() -> visible(robot, "tile-help"));
        robot.clickOn("#tile-help");
        waitUntil(() -> visible(robot, "help-accept-0"));
        int index = c().exchanges().openRequestsFor(volunteer.id(), 20).stream().map(org.timestation.exchange.Request::id).toList().indexOf(r.id());
        assertThat(index).isNotNegative();
        Screenshots.saveFitting(stage.getScene(), "help-zh");
        robot.clickOn("#help-accept-" + index);
        waitUntil(() -> visible(robot, "message"));
        robot.clickOn("#message-ok");
        assertThat(c().exchanges().get(r.id()).volunteerId()).isEqualTo(volunteer.id());
        int task = c().exchanges().tasksOf(volunteer.id()).stream().map(org.timestation.exchange.Request::id).toList().indexOf(r.id());
        waitUntil(() -> visible(robot, "help-start-" + task));
        java.time.ZonedDateTime start = java.time.Instant.ofEpochMilli(r.startAt()).atZone(c().policy().current().zoneId());
        assertThat(text(robot, "help-task-" + task + "-when")).as("when, on a line of its own").doesNotContain("·")
                .startsWith(start.getMonthValue() + "月" + start.getDayOfMonth() + "日").endsWith(String.format("%02d:%02d", start.getHour(), start.getMinute()));
        // the volunteer must phone within the hour: the full number on a slip, recorded for the requester to see
        assertThat(text(robot, "help-task-" + task + "-contact")).as("masked on screen").doesNotContain("13800000001");
        robot.clickOn("#help-contact-" + task);
        waitUntil(() -> visible(robot, "message") && text(robot, "message").contains("联系条已经打印"));
        assertThat(shell.printer().last().lines()).anyMatch(l -> l.contains("13800000001")).anyMatch(l -> l.contains("王秀英"));
        assertThat(c().exchanges().get(r.id()).contactPrintedAt()).isPositive();
        robot.clickOn("#message-ok");
        robot.clickOn("#help-start-" + task);
        waitUntil(() -> visible(robot, "help-clock-" + task));
        Screenshots.saveFitting(stage.getScene(), "help-clock-zh");
        robot.clickOn("#help-end-" + task);
        waitUntil(() -> visible(robot, "help-confirming"));
        SignInFlowTest.openStrip(robot);
        robot.clickOn("#sim-card-0"); // the elder confirms with her own card
        robot.clickOn("#sim-hide");
        waitUntil(() -> c().exchanges().get(r.id()).state() == org.timestation.exchange.ExchangeState.SETTLED);
        assertThat(shell.session().member().get().id()).as("the volunteer is still signed in").isEqualTo(volunteer.id());
        assertThat(c().credits().balance(volunteer.id())).isEqualTo(before.plus(Minutes.of(c().exchanges().get(r.id()).confirmedMinutes())));
        waitUntil(() -> visible(robot, "help-star-5"));
        Screenshots.saveFitting(stage.getScene(), "help-rate-zh");
        robot.clickOn("#help-star-5"); // the elder, still at the kiosk, rates the help
        waitUntil(() -> visible(robot, "help-thanks-2"));
        robot.clickOn("#help-thanks-2");
        waitUntil(() -> visible(robot, "help-share-no"));
        robot.clickOn("#help-share-no"); // the thanks stays between them
        waitUntil(() -> c().exchanges().get(r.id()).volunteerStars() == 5);
    }

}
