package org.timestation.admin.bulletin;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.timestation.admin.pdf.PdfA;
import org.timestation.admin.pdf.PdfFonts;
import org.timestation.admin.pdf.PdfPages;
import org.timestation.admin.ui.ConsoleText;
import org.timestation.funds.FundsService;

/**
 * The bulletin laid out as a Chinese community notice on A4: the title, then the community, month and
 * issue; the sections in a fixed order; the issuing station and the date at the end. Normal print has
 * body text at 12 pt and the title at 24 pt; large print body at 16 pt and tables at 14 pt. Black on
 * white; nothing said by colour. PDF/A-2u.
 */
public final class BulletinPdf {
    /** Type sizes of one edition. */
    public record Sizes(float title, float masthead, float heading, float body, float table) {
        public static final Sizes NORMAL = new Sizes(24, 13, 16, 12, 12);
        public static final Sizes LARGE = new Sizes(30, 17, 20, 16, 14);
    }

    private BulletinPdf() {
    }

    /** Writes the bulletin; {@code issued} is the day printed at the end. Returns the number of pages. */
    public static int write(BulletinFacts f, ConsoleText text, boolean large, LocalDate issued, Instant now, OutputStream to) throws IOException {
        Sizes z = large ? Sizes.LARGE : Sizes.NORMAL;
        try (PDDocument doc = new PDDocument()) {
            PdfPages p = new PdfPages(doc, PdfFonts.load(doc));
            p.centred(text.t("bulletin.title"), z.title(), true);
            p.centred(text.t("bulletin.masthead", f.community(), f.month().getYear(), f.month().getMonthValue(), f.issue()), z.masthead(), false);
            if (f.draft()) { // the month has not ended: said in words under the masthead, not by a watermark's colour
                LocalDate upTo = LocalDate.ofInstant(now, f.zone());
                p.centred(text.t("bulletin.draft", upTo.getYear(), upTo.getMonthValue(), upTo.getDayOfMonth()), z.masthead(), true);
            }
            p.space(z.body());

            p.heading(text.t("bulletin.numbers"), z.heading(), z.table() * 6);
            BulletinFacts.Numbers n = f.numbers();
            String share = n.answered() == 0 ? "—" : String.format(Locale.ROOT, "%d%%", Math.round(100.0 * n.answeredIn30() / n.answered()));
            p.table(null, List.of(
                    List.of(text.t("bulletin.hours"), text.t("bulletin.hours-value", hours(n.minutesExchanged()))),
                    List.of(text.t("bulletin.helpers"), text.t("bulletin.people", n.helpers())),
                    List.of(text.t("bulletin.new-members"), text.t("bulletin.people", n.newMembers())),
                    List.of(text.t("bulletin.requests"), text.t("bulletin.requests-value", n.requests(), n.answered(), n.answeredIn30(), share)),
                    List.of(text.t("bulletin.disputes"), n.disputesResolved() == 0 ? text.t("bulletin.none-yet")
                            : text.t("bulletin.disputes-value", n.disputesResolved(), n.disputesInTime()))),
                    new float[] {0.3f, 0.7f}, z.table());

            p.heading(text.t("bulletin.top-helpers"), z.heading(), z.body() * 6);
            p.paragraph(text.t("bulletin.top-helpers-note"), z.body());
            if (f.helpers().isEmpty()) {
                p.paragraph(text.t("bulletin.none-yet"), z.body());
            } else {
                List<PdfPages.Bar> bars = new ArrayList<>();
                int rank = 1;
                for (BulletinFacts.Helper h : f.helpers()) {
                    bars.add(new PdfPages.Bar(rank++ + ". " + h.name(), h.minutes(), text.t("bulletin.hours-value", hours(h.minutes()))));
                }
                p.bars(bars, z.table());
            }

            p.heading(text.t("bulletin.stories"), z.heading(), z.body() * 5);
            if (f.stories().isEmpty()) {
                p.paragraph(text.t("bulletin.stories-none"), z.body());
            }
            for (BulletinFacts.Story story : f.stories()) {
                p.paragraph(text.t("bulletin.story", story.text(), story.writer(), story.thanked()), z.body());
            }

            p.heading(text.t("bulletin.board"), z.heading(), z.table() * 6);
            p.ensure(z.body() * 2 + z.table() * 6); // the table's caption never ends a page without its table
            p.paragraph(text.t("bulletin.board-members"), z.body());
            p.table(List.of(text.t("bulletin.rank"), text.t("bulletin.name"), text.t("bulletin.score"), text.t("bulletin.why")),
                    board(f.board(), text), new float[] {0.1f, 0.2f, 0.14f, 0.56f}, z.table());
            if (!f.merchants().isEmpty()) {
                p.ensure(z.body() * 2 + z.table() * 6);
                p.paragraph(text.t("bulletin.board-merchants"), z.body());
                p.table(List.of(text.t("bulletin.rank"), text.t("bulletin.name"), text.t("bulletin.score"), text.t("bulletin.why")),
                        board(f.merchants(), text), new float[] {0.1f, 0.2f, 0.14f, 0.56f}, z.table());
            }

            p.heading(text.t("bulletin.integrity"), z.heading(), z.body() * 5);
            if (f.integrity().isEmpty()) {
                p.paragraph(text.t("bulletin.integrity-none"), z.body());
            }
            for (BulletinFacts.MerchantNote m : f.integrity()) {
                List<String> said = new ArrayList<>();
                if (m.priceChecks() > 0) {
                    said.add(text.t("bulletin.integrity-checks", m.priceChecks(), m.priceChecksFair()));
                }
                if (m.worst() != null) {
                    said.add(text.t("bulletin.integrity-line", m.incidents(), text.t("trust.level-" + m.worst().name().toLowerCase(Locale.ROOT))));
                }
                if (m.pausedDays() > 0) {
                    said.add(text.t("bulletin.integrity-paused", m.pausedDays()));
                }
                p.paragraph(text.t("bulletin.integrity-merchant", m.name(), String.join(text.t("bulletin.list-sep"), said)), z.body());
            }

            p.heading(text.t("bulletin.funds"), z.heading(), z.table() * 4);
            BulletinFacts.Funds money = f.funds();
            p.paragraph(text.t("bulletin.funds-sum", yuan(money.openingFen()), yuan(money.incomeFen()), yuan(money.expensesFen()),
                    yuan(money.closingFen())), z.body());
            if (money.lines().isEmpty()) {
                p.paragraph(text.t("bulletin.funds-none"), z.body());
            } else {
                List<List<String>> rows = new ArrayList<>();
                for (BulletinFacts.Line l : money.lines()) {
                    rows.add(List.of(text.when(l.at(), f.zone()).substring(5, 10), text.core(l.kind().key()), l.description(), l.voucher(),
                            (l.cashFen() < 0 ? "−" : l.cashFen() > 0 ? "+" : "") + yuan(Math.abs(l.cashFen())), String.join("、", l.approvers())));
                }
                p.table(List.of(text.t("bulletin.funds-date"), text.t("bulletin.funds-kind"), text.t("bulletin.funds-what"),
                        text.t("bulletin.funds-voucher"), text.t("bulletin.funds-amount"), text.t("bulletin.funds-approvers")), rows,
                        new float[] {0.1f, 0.14f, 0.26f, 0.14f, 0.14f, 0.22f}, z.table());
            }

            p.heading(text.t("bulletin.proxy"), z.heading(), z.body() * 5);
            p.paragraph(f.proxy().acts() == 0 ? text.t("bulletin.none-yet")
                    : text.t("bulletin.proxy-value", f.proxy().acts(), f.proxy().captains(), f.proxy().elders()), z.body());

            p.heading(text.t("bulletin.activities"), z.heading(), z.body() * 5);
            if (f.activities().isEmpty()) {
                p.paragraph(text.t("bulletin.activities-none"), z.body());
            }
            for (BulletinFacts.Held a : f.activities()) {
                p.paragraph(text.t("bulletin.activities-line", text.when(a.at(), f.zone()).substring(5, 10), a.theme(), a.place(), a.came()), z.body());
            }

            p.heading(text.t("bulletin.supply"), z.heading(), z.body() * 5);
            boolean said = false;
            for (org.timestation.admin.app.dashboard.DashboardFigures.Balance b : f.services()) {
                String service = text.core(b.service().textKey());
                if (b.needsVolunteers()) {
                    p.paragraph(text.t("bulletin.supply-need", service, b.requests(), b.offering()), z.body());
                    said = true;
                } else if (b.quiet()) {
                    p.paragraph(text.t("bulletin.supply-quiet", service, b.requests(), b.offering()), z.body());
                    said = true;
                }
            }
            if (!said) {
                p.paragraph(text.t("bulletin.supply-even"), z.body());
            }

            witness(p, f.witness(), text, z);

            p.space(z.body());
            p.paragraph(text.t("bulletin.issued", f.station(), issued.getYear(), issued.getMonthValue(), issued.getDayOfMonth()), z.body());
            p.finish((page, of) -> text.t("bulletin.page", page, of), z.table());
            PdfA.make(doc, text.t("bulletin.title") + " " + f.month(), f.station(), text.chinese() ? "zh-CN" : "en", now);
            doc.save(to);
            return p.pageCount();
        }
    }

    private static void witness(PdfPages p, BulletinFacts.Witness w, ConsoleText text, Sizes z) {
        p.heading(text.t("bulletin.witness"), z.heading(), w == null ? z.body() * 2 : 150);
        if (w == null) {
            p.paragraph(text.t("bulletin.witness-none"), z.body());
            return;
        }
        List<String> beside = new ArrayList<>();
        if (w.ownHead()) {
            beside.add(text.t("bulletin.witness-own"));
        }
        beside.add(text.t("bulletin.witness-size", w.size()));
        beside.add(text.t("bulletin.witness-root", w.rootHex()));
        beside.add(text.t("bulletin.witness-key", w.keyFingerprint()));
        if (!w.ownHead()) {
            beside.add(text.t("bulletin.witness-cosigners", w.cosigners()));
        }
        p.qr(org.timestation.sync.BulletinCheck.qr(w.note()), 170, beside, z.table());
        p.paragraph(text.t("bulletin.witness-how1"), z.body());
        p.paragraph(text.t("bulletin.witness-how2"), z.body());
    }

    private static List<List<String>> board(List<BulletinFacts.Board> board, ConsoleText text) {
        List<List<String>> rows = new ArrayList<>();
        int rank = 1;
        for (BulletinFacts.Board b : board) {
            java.util.Map<String, int[]> byReason = new java.util.LinkedHashMap<>(); // the same reason once: its points and how often
            for (BulletinFacts.Reason r : b.reasons()) {
                int[] sum = byReason.computeIfAbsent(r.key(), k -> new int[2]);
                sum[0] += r.delta();
                sum[1]++;
            }
            List<String> why = new ArrayList<>();
            byReason.forEach((key, sum) -> why.add(text.t("bulletin.reason", text.core(key), (sum[0] > 0 ? "+" : "") + sum[0], sum[1])));
            rows.add(List.of(Integer.toString(rank++), b.name(), Long.toString(b.score()),
                    why.isEmpty() ? text.t("bulletin.no-change") : String.join("；", why)));
        }
        return rows;
    }

    static String hours(long minutes) {
        return org.timestation.credit.Minutes.of(minutes).hours();
    }

    static String yuan(long fen) {
        return FundsService.yuan(fen);
    }
}
