package org.timestation.admin.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.timestation.admin.hub.CommunityLog;
import org.timestation.admin.pdf.PdfFonts;
import org.timestation.admin.pdf.PdfPages;
import org.timestation.admin.reports.Reports;
import org.timestation.admin.ui.ConsoleText;
import org.timestation.admin.ui.Csv;
import org.timestation.bench.BenchHarness;
import org.timestation.community.Community;
import org.timestation.datafolder.DataFolder;
import org.timestation.text.Text;

/**
 * The bulletin's benchmark harness (issue 13), not part of the test run: on the 1,000,000-event store
 * (6,000 members), the bulletin of its last full month (facts worked out and the PDF written), and all
 * eight monthly reports together, each against a one-page PDFBox document with the same fonts measured
 * in the same run. Run as BENCHMARKS.md says; figures go to {@code target/bulletin-bench.md}.
 */
class BulletinBench {
    static final Path REPORT = Path.of("target", "bulletin-bench.md");
    static final Path BIG = Path.of(System.getProperty("bench.data", "../benchmarks/target/console-1m"));
    static final int RUNS = Integer.getInteger("bench.runs", 7);

    @Test
    void bulletinAndReportsOnTheMillionEventStore() throws Exception {
        assertThat(BIG.resolve(DataFolder.LEDGER)).as("make the console's 1M store first (ConsoleBench, BENCHMARKS.md)").exists();
        DataFolder folder = DataFolder.at(BIG);
        ConsoleText text = new ConsoleText();
        text.locale().set(Text.ZH);
        try (Community c = folder.open(Clock.systemUTC()); CommunityLog log = CommunityLog.openToCheck(BIG, folder.keys().node())) {
            ZoneId zone = c.policy().current().zoneId();
            YearMonth month = YearMonth.from(Instant.ofEpochMilli(lastEvent(c)).atZone(zone)).minusMonths(1);
            long end = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant().toEpochMilli() - 1;
            long[] baseline = new long[RUNS];
            long[] bulletin = new long[RUNS];
            long[] reports = new long[RUNS];
            int pages = 0;
            int rows = 0;
            for (int i = -1; i < RUNS; i++) { // the first round warms up, untimed
                long t0 = System.nanoTime();
                onePage();
                long t1 = System.nanoTime();
                BulletinFacts facts = BulletinFacts.of(c, "基准社区", "基准驿站", month, BulletinWitness.ofLog(log, end).orElse(null));
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                pages = BulletinPdf.write(facts, text, false, LocalDate.now(), Instant.now(), out);
                long t2 = System.nanoTime();
                rows = 0;
                for (Reports.Kind k : Reports.Kind.values()) {
                    Reports.Table t = Reports.build(c, k, month, Instant.ofEpochMilli(end));
                    rows += t.rows().size();
                    Csv.write(t.headers(), t.rows());
                }
                long t3 = System.nanoTime();
                if (i >= 0) {
                    baseline[i] = t1 - t0;
                    bulletin[i] = t2 - t1;
                    reports[i] = t3 - t2;
                }
            }
            BenchHarness.report(REPORT, String.format(Locale.ROOT, "%n### The bulletin and the reports (%d runs, %s, month %s, %d members, %d events)%n%n"
                    + "| what | median | min | max |%n|---|---|---|---|%n", RUNS, LocalDate.now(), month, c.members().all().size(), c.store().eventCount())
                    + BenchHarness.row("baseline: a one-page PDFBox document with the same fonts", baseline)
                    + BenchHarness.row("the month's bulletin (" + pages + " pages): facts from the ledger and the PDF/A", bulletin)
                    + BenchHarness.row("all eight reports of the month as CSV (" + rows + " rows)", reports)
                    + String.format(Locale.ROOT, "%nRatios (median) to the baseline: bulletin **%.1f×**, all reports **%.1f×**.%n",
                    (double) BenchHarness.median(bulletin) / BenchHarness.median(baseline),
                    (double) BenchHarness.median(reports) / BenchHarness.median(baseline)));
        }
        assertThat(Files.readString(REPORT)).contains("bulletin");
    }

    private static long lastEvent(Community c) {
        long[] max = {0};
        c.store().forEachCheckpoint(cp -> max[0] = Math.max(max[0], cp.signedAtMillis()));
        return max[0];
    }

    private static void onePage() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PdfPages p = new PdfPages(doc, PdfFonts.load(doc));
            p.centred("社区信任报", 24, true);
            p.paragraph("本月互助时长 127.8 小时，出力的邻居 7 人。", 12);
            p.finish((page, of) -> page + "/" + of, 12);
            doc.save(new ByteArrayOutputStream());
        }
    }
}
