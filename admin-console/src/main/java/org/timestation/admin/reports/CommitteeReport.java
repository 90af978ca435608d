package org.timestation.admin.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.timestation.admin.bulletin.BulletinFacts;
import org.timestation.admin.pdf.PdfA;
import org.timestation.admin.pdf.PdfFonts;
import org.timestation.admin.pdf.PdfPages;
import org.timestation.community.Community;

/**
 * The monthly service report for the residents' committee (居委会): the month's figures, hours per
 * service, the last twelve months, the 代办 acts and the disputes' deadlines, as a PDF/A-2u in Chinese,
 * in the form of a report handed to the committee.
 */
public final class CommitteeReport {
    private CommitteeReport() {
    }

    public static byte[] pdf(Community c, String community, String station, YearMonth month, Instant now) {
        BulletinFacts f = BulletinFacts.of(c, community, station, month, null);
        BulletinFacts.Numbers n = f.numbers();
        Reports.Table services = Reports.build(c, Reports.Kind.SERVICES, month, now);
        Reports.Table months = Reports.build(c, Reports.Kind.MONTHLY, month, now);
        Reports.Table disputes = Reports.build(c, Reports.Kind.DISPUTES, month, now);
        try (PDDocument doc = new PDDocument()) {
            PdfPages p = new PdfPages(doc, PdfFonts.load(doc));
            p.centred(community + "时间银行月度服务报告", 22, true);
            p.centred(month.getYear() + "年" + month.getMonthValue() + "月 · 报送：社区居委会 · " + station, 13, false);
            p.space(12);
            p.heading("一、本月概况", 15, 80);
            p.table(null, List.of(
                    List.of("互助时长", org.timestation.credit.Minutes.of(n.minutesExchanged()).hours() + " 小时"),
                    List.of("出力的志工", n.helpers() + " 人"),
                    List.of("新加入的会员", n.newMembers() + " 人"),
                    List.of("求助", "共 " + n.requests() + " 件，有人接 " + n.answered() + " 件，30 分钟内有人接 " + n.answeredIn30() + " 件"),
                    List.of("纠纷", "解决 " + n.disputesResolved() + " 件，按时 " + n.disputesInTime() + " 件"),
                    List.of("楼长代办", f.proxy().acts() + " 次（" + f.proxy().captains() + " 位楼长，" + f.proxy().elders() + " 位老人）"),
                    List.of("举办活动", f.activities().size() + " 场")), new float[] {0.3f, 0.7f}, 12);
            p.heading("二、各类服务", 15, 60);
            p.table(services.headers(), services.rows().isEmpty() ? List.of(List.of("本月没有求助", "", "", "")) : services.rows(),
                    new float[] {0.34f, 0.22f, 0.22f, 0.22f}, 12);
            p.heading("三、最近十二个月", 15, 60);
            p.table(months.headers(), months.rows(), new float[] {0.25f, 0.25f, 0.25f, 0.25f}, 12);
            p.heading("四、纠纷处理时限", 15, 40);
            long inTime = disputes.rows().stream().filter(r -> r.get(7).equals("是")).count();
            p.paragraph("本月涉及纠纷 " + disputes.rows().size() + " 件，按时解决 " + inTime + " 件。明细见“纠纷时限记录”报表。", 12);
            p.space(12);
            p.paragraph(station + "  " + now.atZone(f.zone()).toLocalDate(), 12);
            p.finish((page, of) -> "第 " + page + " 页，共 " + of + " 页", 12);
            PdfA.make(doc, community + "时间银行月度服务报告 " + month, station, "zh-CN", now);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
