package org.timestation.admin.app.audit;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.Node;
import org.timestation.admin.app.ConsoleContext;
import org.timestation.admin.hub.CommunityLog;
import org.timestation.admin.hub.Hub;
import org.timestation.admin.hub.HubAlerts;
import org.timestation.admin.ui.ConsoleText;
import org.timestation.admin.ui.Controller;
import org.timestation.audit.Finding;
import org.timestation.audit.VerificationReport;
import org.timestation.audit.Verifier;
import org.timestation.ledger.EventStore;

/**
 * The audit: verify the whole ledger (every signature, hash, link and rule, replayed) with a progress
 * bar; the community log's signed checkpoints and how many stations cosigned each; and the alerts from
 * sync (forks, rolled-back feeds, clock problems, rules broken, overdrafts). Stations' syncs wait while
 * the ledger is verified: it is checked as one consistent whole.
 */
public final class AuditController implements Controller {
    /** How many of the latest checkpoints are listed. */
    static final int CHECKPOINTS = 50;
    private final ConsoleContext ctx;
    private final AuditModel model = new AuditModel();
    private AuditView view;

    public AuditController(ConsoleContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Node view() {
        return view.root();
    }

    @Override
    public void onActivate() {
        view = new AuditView(model, this, ctx.text(), ctx.dialogs(), ctx.tasks());
        Hub hub = ctx.hub();
        ConsoleText text = ctx.text();
        ctx.tasks().run(() -> load(hub, text), l -> {
            model.rows.setAll(l.alerts());
            model.checkpoints.setAll(l.checkpoints());
            model.latest.set(l.latest());
        }, failed -> model.refusal.set(text.why(failed)));
    }

    @Override
    public void onDeactivate() {
        model.rows.clear();
        model.checkpoints.clear();
        view = null;
    }

    private record Loaded(List<AuditModel.Alert> alerts, List<AuditModel.Checkpoint> checkpoints, String latest) {
    }

    private static Loaded load(Hub hub, ConsoleText text) {
        ZoneId zone = hub.community().policy().current().zoneId();
        List<AuditModel.Alert> alerts = new ArrayList<>();
        for (HubAlerts.Alert a : hub.alerts()) {
            alerts.add(new AuditModel.Alert(text.when(a.at(), zone), text.t("audit.kind-" + a.kind().name().toLowerCase(Locale.ROOT)), a.node(),
                    a.detail()));
        }
        List<AuditModel.Checkpoint> cps = new ArrayList<>();
        List<CommunityLog.Signed> recent = hub.log().recent(CHECKPOINTS);
        for (CommunityLog.Signed s : recent) {
            cps.add(new AuditModel.Checkpoint(Long.toString(s.size()), text.when(s.signedAt(), zone), s.rootHex().substring(0, 16) + "…",
                    text.t("audit.cosigned", s.cosigners())));
        }
        String latest = recent.isEmpty() ? text.t("audit.no-checkpoint") : text.t("audit.latest", recent.get(0).size(), recent.get(0).rootHex(),
                cps.get(0).signedAt(), recent.get(0).cosigners());
        return new Loaded(alerts, cps, latest);
    }

    /** Verifies the whole ledger and the community log, the progress shown as it goes. */
    void verify() {
        Hub hub = ctx.hub();
        ConsoleText text = ctx.text();
        java.time.Clock clock = ctx.clock();
        model.working.set(true);
        model.progress.set(-1);
        model.verdict.set(text.t("audit.verifying"));
        model.findings.set("");
        ctx.tasks().run(() -> hub.community().inspect(s -> { // holds the ledger still: it is checked as one whole
            EventStore store = hub.community().store();
            long total = Math.max(1, store.eventCount());
            String own = hub.nodeId();
            VerificationReport r = Verifier.verify(store, clock, node -> node.equals(own), org.timestation.member.BirthDates.NONE,
                    read -> Platform.runLater(() -> model.progress.set(Math.min(1.0, (double) read / total))));
            List<String> logProblems = hub.log().check(store);
            return java.util.Map.entry(r, logProblems);
        }), done -> {
            model.working.set(false);
            model.progress.set(1);
            VerificationReport r = done.getKey();
            List<String> log = done.getValue();
            boolean intact = r.intact() && log.isEmpty();
            List<String> lines = new ArrayList<>();
            for (Finding f : r.findings()) {
                lines.add(f.toString());
            }
            for (String p : log) {
                lines.add(text.t("audit.log-problem", p));
            }
            model.findings.set(String.join("\n", lines)); // the findings first: the verdict says there are some
            model.verdict.set(text.t(intact ? "audit.intact" : "audit.not-intact", r.events(), r.feeds(), r.checkpoints(),
                    text.when(clock.millis(), java.time.ZoneId.systemDefault())));
        }, failed -> {
            model.working.set(false);
            model.progress.set(0);
            model.verdict.set("");
            model.refusal.set(text.why(failed));
        });
    }
}
