package org.timestation.admin.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timestation.admin.app.ConsoleFixture;
import org.timestation.admin.ui.Csv;
import org.timestation.community.Community;
import org.timestation.datafolder.DataFolder;
import org.timestation.exchange.ExchangeState;
import org.timestation.member.Member;

/**
 * Every report on the demo community, checked against the ledger it comes from: the roster lists every
 * member masked with their balance; twelve months add up to what the services report says for this month;
 * the movements of the month hold every service payment; the funds lines add up; inactive members really
 * did nothing for 90 days; the 代办 and dispute reports hold their month's acts. Each writes a CSV Excel opens.
 */
class ReportsTest {
    @TempDir
    static Path dir;
    static Community c;
    static YearMonth month;
    static Instant now;

    @BeforeAll
    static void demo() {
        c = DataFolder.at(ConsoleFixture.demoFolder(dir.resolve("demo"))).open(Clock.systemUTC());
        // the evening of the demo's last day: its month has activity whatever day the test runs (the community's month
        // at the wall clock's now was empty from its last day's 16:00 UTC to the 3rd, and the checks then compared nothing)
        java.time.LocalDate lastDay = ConsoleFixture.DEMO.until().minusDays(1);
        now = lastDay.atTime(21, 0).atZone(c.policy().current().zoneId()).toInstant();
        month = YearMonth.from(lastDay);
    }

    @AfterAll
    static void close() {
        c.close();
    }

    static Reports.Table build(Reports.Kind k) {
        Reports.Table t = Reports.build(c, k, month, now);
        byte[] csv = Csv.write(t.headers(), t.rows());
        assertThat(csv[0]).isEqualTo((byte) 0xEF);
        assertThat(new String(csv, StandardCharsets.UTF_8)).contains(t.headers().get(0));
        for (List<String> row : t.rows()) {
            assertThat(row).hasSameSizeAs(t.headers());
        }
        return t;
    }

    @Test
    void aMerchantsSettlementStatementListsEveryVoucherWithTotalsTheFlaggedOnesAndLinesToSign() throws Exception {
        org.timestation.merchant.SettlementStatement s = null;
        String shop = null;
        java.time.LocalDate day = java.time.LocalDate.now(c.policy().current().zoneId());
        for (int back = 0; back < 60 && (s == null || s.lines().isEmpty()); back++) {
            for (org.timestation.merchant.Merchant m : c.merchants().merchants()) {
                org.timestation.merchant.SettlementStatement found = c.merchants().dailySettlement(m.id(), day.minusDays(back));
                if (!found.lines().isEmpty()) {
                    s = found;
                    shop = m.shopName();
                    break;
                }
            }
        }
        assertThat(s).as("the demo redeems vouchers").isNotNull();
        org.timestation.merchant.SettlementStatement withFlag = new org.timestation.merchant.SettlementStatement(s.merchantId(), s.day(), s.lines(),
                s.totalMinutes(), s.totalFen(), List.of(s.lines().get(0).voucherId()));
        org.timestation.admin.ui.ConsoleText text = new org.timestation.admin.ui.ConsoleText();
        text.locale().set(org.timestation.text.Text.ZH);
        byte[] pdf = SettlementPdf.pdf(withFlag, shop, "幸福里时间驿站", text, c.policy().current().zoneId(), now);
        String printed;
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            printed = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replace("\n", "");
        }
        assertThat(printed).contains(shop + " · 商户日结算单").contains("结算日 " + s.day() + " · 幸福里时间驿站")
                .contains("共 " + s.lines().size() + " 张").contains("¥" + org.timestation.funds.FundsService.yuan(s.totalFen()))
                .contains("被核销了不止一次").contains("商户签字").contains("驿站经办人");
        for (org.timestation.merchant.SettlementStatement.Line l : s.lines()) {
            assertThat(printed).contains(l.voucherId());
        }
        assertThat(org.timestation.admin.pdf.VeraPdf.failures(pdf)).as("PDF/A-2u").isEmpty();
    }

    @Test
    void theRosterListsEveryMemberMaskedWithTheirBalance() {
        Reports.Table t = build(Reports.Kind.ROSTER);
        assertThat(t.headers()).startsWith("会员号", "姓名");
        List<Member> all = c.members().all();
        assertThat(t.rows()).hasSize(all.size());
        String text = t.rows().toString();
        for (Member m : all) {
            assertThat(text).contains(m.id() + ", " + m.maskedName());
            if (m.name().length() >= 2) {
                assertThat(text).doesNotContain(m.name());
            }
        }
        double listed = t.rows().stream().mapToDouble(r -> Double.parseDouble(r.get(4))).sum();
        double held = all.stream().mapToLong(m -> c.credits().balance(m.id()).value()).sum() / 60.0;
        assertThat(listed).isCloseTo(held, org.assertj.core.data.Offset.offset(0.05 * all.size()));
    }

    @Test
    void theMonthsAtAGlanceAgreeWithTheHoursPerService() {
        Reports.Table months = build(Reports.Kind.MONTHLY);
        assertThat(months.rows()).hasSize(12);
        assertThat(months.rows().get(11).get(0)).isEqualTo(month.toString());
        Reports.Table services = build(Reports.Kind.SERVICES);
        double perService = services.rows().stream().mapToDouble(r -> Double.parseDouble(r.get(3))).sum();
        assertThat(Double.parseDouble(months.rows().get(11).get(3))).isCloseTo(perService, org.assertj.core.data.Offset.offset(0.05 * 20));
        long done = services.rows().stream().mapToLong(r -> Long.parseLong(r.get(2))).sum();
        assertThat(Long.parseLong(months.rows().get(11).get(2))).isEqualTo(done);
    }

    @Test
    void theMovementsHoldEveryServicePaidThisMonth() {
        Reports.Table t = build(Reports.Kind.MOVEMENTS);
        ZoneId zone = c.policy().current().zoneId();
        long from = month.atDay(1).atStartOfDay(zone).toInstant().toEpochMilli();
        long paid = c.inspect(s -> s.exchanges().all().stream().filter(r -> r.state() == ExchangeState.SETTLED && r.endedAt() >= from).count());
        long serviceRows = t.rows().stream().filter(r -> r.get(3).equals("互助服务")).map(r -> r.get(0) + r.get(2)).distinct().count();
        assertThat(serviceRows).as("a payment for each request settled this month").isGreaterThanOrEqualTo(paid > 0 ? 1 : 0);
        assertThat(t.rows()).allSatisfy(r -> assertThat(Long.parseLong(r.get(5))).isPositive());
    }

    @Test
    void theFundsLinesAddUpToTheMonthsIncomeLessExpenses() {
        Reports.Table t = build(Reports.Kind.FUNDS);
        ZoneId zone = c.policy().current().zoneId();
        long from = month.atDay(1).atStartOfDay(zone).toInstant().toEpochMilli();
        long expected = c.funds().entries().stream().filter(f -> f.at() >= from).mapToLong(org.timestation.funds.FundsEntry::cashEffect).sum();
        long listed = t.rows().stream().mapToLong(r -> Math.round(Double.parseDouble(r.get(4)) * 100)).sum();
        assertThat(listed).isEqualTo(expected);
    }

    @Test
    void inactiveMembersDidNothingForNinetyDays() {
        Reports.Table t = build(Reports.Kind.INACTIVE);
        long since = now.toEpochMilli() - Reports.INACTIVE_AFTER.toMillis();
        for (List<String> row : t.rows()) {
            String id = row.get(0);
            boolean active = c.inspect(s -> s.exchanges().all().stream().anyMatch(r -> (id.equals(r.requesterId()) || id.equals(r.volunteerId()))
                    && Math.max(r.postedAt(), Math.max(r.startedAt(), r.endedAt())) >= since));
            assertThat(active).as(id).isFalse();
        }
    }

    @Test
    void theProxyAndDisputeReportsHoldTheirMonth() {
        assertThat(build(Reports.Kind.PROXY).rows()).hasSize(c.proxies().monthlyReport(month).size());
        Reports.Table disputes = build(Reports.Kind.DISPUTES);
        assertThat(disputes.headers()).contains("按时解决");
        assertThat(disputes.rows()).allSatisfy(r -> assertThat(r.get(7)).isIn("是", "否", "未解决"));
    }
}
