package org.timestation.admin.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.timestation.admin.pdf.PdfA;
import org.timestation.admin.pdf.PdfFonts;
import org.timestation.admin.pdf.PdfPages;
import org.timestation.admin.ui.ConsoleText;
import org.timestation.credit.Minutes;
import org.timestation.funds.FundsService;
import org.timestation.merchant.SettlementStatement;

/**
 * A merchant's daily settlement statement, for the merchant to keep: the shop and the day, every voucher
 * redeemed that day (time, voucher, terminal, credits, discount) with the totals, the vouchers redeemed
 * twice (counted once, for staff to look into), and lines for the merchant's and the station's signatures.
 * A4, body at 12 pt, PDF/A-2u.
 */
public final class SettlementPdf {
    private SettlementPdf() {
    }

    public static byte[] pdf(SettlementStatement s, String shop, String station, ConsoleText text, ZoneId zone, Instant now) {
        try (PDDocument doc = new PDDocument()) {
            PdfPages p = new PdfPages(doc, PdfFonts.load(doc));
            p.centred(text.t("settlement.title", shop), 20, true);
            p.centred(text.t("settlement.subtitle", s.day().toString(), station), 13, false);
            p.space(12);
            p.paragraph(text.t("settlement.summary", s.lines().size(), Minutes.of(s.totalMinutes()).toString(), FundsService.yuan(s.totalFen())), 12);
            List<List<String>> rows = new ArrayList<>();
            int n = 1;
            for (SettlementStatement.Line l : s.lines()) {
                rows.add(List.of(Integer.toString(n++), text.when(l.at(), zone).substring(11), l.voucherId(), l.nodeId(),
                        Minutes.of(l.minutes()).toString(), FundsService.yuan(l.fen())));
            }
            if (rows.isEmpty()) {
                p.paragraph(text.t("settlement.none"), 12);
            } else {
                rows.add(List.of("", text.t("settlement.total"), "", "", Minutes.of(s.totalMinutes()).toString(), FundsService.yuan(s.totalFen())));
                p.table(List.of(text.t("settlement.no"), text.t("settlement.time"), text.t("settlement.voucher"), text.t("settlement.terminal"),
                        text.t("settlement.credits"), text.t("settlement.discount")), rows, new float[] {0.07f, 0.13f, 0.34f, 0.16f, 0.15f, 0.15f}, 11);
            }
            if (!s.flagged().isEmpty()) {
                p.space(6);
                p.paragraph(text.t("settlement.flagged", String.join("、", s.flagged())), 12);
            }
            p.space(24);
            p.ensure(60);
            p.paragraph(text.t("settlement.sign"), 12);
            p.space(12);
            p.paragraph(text.t("settlement.printed", station, text.when(now.toEpochMilli(), zone)), 10);
            p.finish((page, of) -> text.t("bulletin.page", page, of), 10);
            PdfA.make(doc, text.t("settlement.title", shop) + " " + s.day(), station, text.chinese() ? "zh-CN" : "en", now);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
