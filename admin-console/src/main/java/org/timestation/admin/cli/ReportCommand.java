package org.timestation.admin.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.timestation.admin.reports.Reports;
import org.timestation.admin.ui.Csv;
import org.timestation.community.Community;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code report}: one of the reports as a CSV file for Excel (UTF-8 with a BOM, Chinese headers), written whole or not at all. */
@Command(name = "report", description = {"导出报表（CSV，Excel 可直接打开）/ A report as CSV for Excel.",
        "movements 流水 · roster 会员名册 · monthly 月度概况 · services 各类服务时长 · inactive 不活跃会员 · funds 资金明细 · proxy 代办记录 · disputes 纠纷时限记录",
        "committee 居委会月度服务报告 (PDF)"})
final class ReportCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    DataOption data;

    @Option(names = "--kind", required = true, paramLabel = "KIND", description = "movements, roster, monthly, services, inactive, funds, proxy or disputes")
    String kind;

    @Option(names = "--month", paramLabel = "YYYY-MM", description = "the month (for movements, services, funds, proxy, disputes; default this month)")
    String month;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "where to write the CSV (the PDF for committee)")
    Path out;

    @Option(names = "--community", description = "committee: the community's name (or community= in bulletin.properties)")
    String community;

    @Option(names = "--station", description = "committee: the station's name (or station= in bulletin.properties)")
    String station;

    @Override
    public Integer call() {
        boolean committee = kind.strip().equalsIgnoreCase("committee");
        Reports.Kind k = committee ? null : Arrays.stream(Reports.Kind.values()).filter(x -> x.cli().equals(kind.strip().toLowerCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("没有这种报表：“" + kind + "”。可以是：" + kinds() + " / No report \"" + kind
                        + "\". One of: " + kinds()));
        Clock clock = Clock.systemUTC();
        YearMonth typed = org.timestation.admin.ui.WholeFile.month(month, null);
        org.timestation.admin.ui.WholeFile.requireFolder(out);
        org.timestation.admin.bulletin.BulletinNames names = null;
        if (committee) {
            try {
                names = org.timestation.admin.bulletin.BulletinNames.of(data.folder().path(), community, station);
            } catch (org.timestation.admin.staff.Refused r) {
                throw new IllegalArgumentException(r.text().zh() + " / " + r.text().en());
            }
        }
        Reports.Table t = null;
        byte[] bytes;
        try (Community c = data.folder().open(clock)) {
            YearMonth m = typed != null ? typed : YearMonth.now(clock.withZone(c.policy().current().zoneId())); // the community's calendar
            if (committee) {
                bytes = org.timestation.admin.reports.CommitteeReport.pdf(c, names.community(), names.station(), m, clock.instant());
            } else {
                t = Reports.build(c, k, m, clock.instant());
                bytes = Csv.write(t.headers(), t.rows());
            }
        }
        org.timestation.admin.ui.WholeFile.write(out, bytes);
        if (committee) {
            spec.commandLine().getOut().printf("居委会月度服务报告 / committee report → %s%n", out);
        } else {
            spec.commandLine().getOut().printf("%s：%d 行 / %s: %d rows → %s%n", k.title(), t.rows().size(), k.cli(), t.rows().size(), out);
        }
        return 0;
    }

    private static String kinds() {
        return String.join(", ", Arrays.stream(Reports.Kind.values()).map(Reports.Kind::cli).toList()) + ", committee";
    }
}
