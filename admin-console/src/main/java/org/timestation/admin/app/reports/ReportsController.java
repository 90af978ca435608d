package org.timestation.admin.app.reports;

import java.nio.file.Path;
import java.time.YearMonth;
import javafx.scene.Node;
import org.timestation.admin.app.ConsoleContext;
import org.timestation.admin.reports.Reports;
import org.timestation.admin.ui.ConsoleText;
import org.timestation.admin.ui.Controller;
import org.timestation.admin.ui.Csv;
import org.timestation.community.Community;

/**
 * 报表: every report as a CSV that Excel opens (Chinese headers, names and phones masked): the ledger's
 * movements, the member roster, twelve months at a glance, hours per service, inactive members, the
 * funds, the 代办 acts and the disputes' deadlines. Each is saved where the person chooses.
 */
public final class ReportsController implements Controller {
    private final ConsoleContext ctx;
    private final ReportsModel model = new ReportsModel();
    private ReportsView view;

    public ReportsController(ConsoleContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Node view() {
        return view.root();
    }

    @Override
    public void onActivate() {
        YearMonth now = YearMonth.now(ctx.clock().withZone(java.time.ZoneId.systemDefault())); // the desk's own calendar
        model.months.setAll(org.timestation.admin.ui.WholeFile.recentMonths(now, 12));
        model.month.set(now.toString());
        view = new ReportsView(model, this, ctx.text());
    }

    @Override
    public void onDeactivate() {
        view = null;
    }

    /** The month's service report for the residents' committee, as a PDF saved where the person chooses. */
    void committee() {
        ConsoleText text = ctx.text();
        YearMonth month = YearMonth.parse(model.month.get());
        java.util.Optional<Path> to = ctx.dialogs().saveAs(text.t("reports.save-title"), "居委会月度服务报告-" + month + ".pdf");
        if (to.isEmpty()) {
            return;
        }
        Community c = ctx.community();
        Path dir = ctx.hub().dataDir();
        java.time.Instant now = ctx.clock().instant();
        model.working.set(true);
        model.result.set("");
        model.refusal.set("");
        ctx.tasks().run(() -> {
            org.timestation.admin.bulletin.BulletinNames names = org.timestation.admin.bulletin.BulletinNames.of(dir, null, null);
            write(to.get(), org.timestation.admin.reports.CommitteeReport.pdf(c, names.community(), names.station(), month, now));
            return to.get();
        }, saved -> {
            model.working.set(false);
            model.result.set(text.t("reports.committee-saved", saved));
        }, failed -> {
            model.working.set(false);
            model.refusal.set(text.why(failed));
        });
    }

    private static void write(Path to, byte[] bytes) {
        org.timestation.admin.ui.WholeFile.write(to, bytes);
    }

    /** Works the report out and saves it as a CSV where the person chooses. */
    void export(Reports.Kind kind) {
        ConsoleText text = ctx.text();
        YearMonth month = YearMonth.parse(model.month.get());
        String name = kind.title() + (kind.monthly() ? "-" + month : "") + ".csv";
        java.util.Optional<Path> to = ctx.dialogs().saveAs(text.t("reports.save-title"), name);
        if (to.isEmpty()) {
            return;
        }
        Community c = ctx.community();
        java.time.Instant now = ctx.clock().instant();
        model.working.set(true);
        model.result.set("");
        model.refusal.set("");
        ctx.tasks().run(() -> {
            Reports.Table t = Reports.build(c, kind, month, now);
            write(to.get(), Csv.write(t.headers(), t.rows()));
            return t.rows().size();
        }, rows -> {
            model.working.set(false);
            model.result.set(text.t("reports.saved", kind.title(), rows, to.get()));
        }, failed -> {
            model.working.set(false);
            model.refusal.set(text.why(failed));
        });
    }
}
