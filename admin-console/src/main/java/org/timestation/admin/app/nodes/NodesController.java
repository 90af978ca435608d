package org.timestation.admin.app.nodes;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;
import org.timestation.admin.app.ConsoleContext;
import org.timestation.admin.hub.Enrollment;
import org.timestation.admin.hub.Hub;
import org.timestation.admin.hub.HubNodes;
import org.timestation.admin.staff.Refused;
import org.timestation.admin.staff.StaffDesk;
import org.timestation.admin.ui.ConsoleText;
import org.timestation.admin.ui.Controller;
import org.timestation.sync.EnrollmentCode;

/**
 * The stations as the hub knows them. A manager quarantines, releases or revokes one (told first what
 * it will do; a {@code node.state-changed} event with the manager and the reason), and enrolls a new
 * station: a one-time code shown as text and as a QR for the station's scanner.
 */
public final class NodesController implements Controller {
    /** How long a code issued here works. */
    static final Duration VALID = Duration.ofHours(24);

    private final ConsoleContext ctx;
    private final NodesModel model = new NodesModel();
    private NodesView view;

    public NodesController(ConsoleContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Node view() {
        return view.root();
    }

    @Override
    public void onActivate() {
        model.manager.set(ctx.signedIn() != null && ctx.signedIn().manager());
        model.code.set("");
        model.qr.set(null);
        view = new NodesView(model, this, ctx.text(), ctx.dialogs(), ctx.tasks());
        Hub hub = ctx.hub();
        ConsoleText text = ctx.text();
        long now = ctx.clock().millis();
        ctx.tasks().run(() -> rows(hub, text, now), model.rows::setAll, failed -> model.refusal.set(text.why(failed)));
    }

    @Override
    public void onDeactivate() {
        model.rows.clear();
        view = null;
    }

    private static List<NodesModel.Row> rows(Hub hub, ConsoleText text, long now) {
        return hub.nodes().all().stream().filter(n -> !n.id().equals(hub.nodeId())).map(n -> new NodesModel.Row(n.id(), n.name(),
                switch (n.state()) {
                    case ACTIVE -> text.t("node.active");
                    case QUARANTINED -> text.t("node.quarantined", n.reason() == null ? "" : n.reason());
                    case REVOKED -> text.t("node.revoked", n.reason() == null ? "" : n.reason());
                },
                n.lastSync() == null ? text.t("dashboard.never") : text.t("dashboard.ago", text.duration(Duration.ofMillis(now - n.lastSync()))),
                Long.toString(hub.community().store().head(n.id()).seq()), n.cosignedSize() == null ? "" : Long.toString(n.cosignedSize()))).toList();
    }

    private void requireManager() {
        if (ctx.signedIn() == null || !ctx.signedIn().manager()) {
            throw new Refused("只有站长可以做这件事。请站长登录后再办。", "Only a manager may do this. Ask a manager to sign in and do it.");
        }
    }

    /** Quarantine, release or revoke the chosen station, after saying what it will do. */
    void act(NodesModel.Row row, HubNodes.State to, String reason) {
        ConsoleText text = ctx.text();
        try {
            requireManager();
            if (row == null) {
                throw new Refused(text.t("nodes.choose"), text.t("nodes.choose"));
            }
            if (reason == null || reason.isBlank()) {
                throw new Refused("请写上原因：会记进账本，所有站点都会看到。", "Give a reason: it goes into the ledger, and every station sees it.");
            }
        } catch (Refused r) {
            model.refusal.set(text.why(r));
            return;
        }
        String what = text.t("nodes.effect-" + to.name().toLowerCase(java.util.Locale.ROOT), row.name(), row.id(), reason.strip());
        if (!ctx.dialogs().confirm(text.t("nodes.confirm-title", row.id()), what)) {
            return;
        }
        Hub hub = ctx.hub();
        StaffDesk.SignedIn by = ctx.signedIn();
        act(() -> {
            hub.act(row.id(), to, by.memberId(), reason);
            return text.t("nodes.done", row.id(), what);
        });
    }

    /** A one-time code for a new station (or, {@code recover}, for one whose disk died), as text and QR. */
    void enroll(String node, String name, boolean recover) {
        ConsoleText text = ctx.text();
        Enrollment.Where where = ctx.enrollment();
        Hub hub = ctx.hub();
        model.working.set(true);
        model.result.set("");
        model.refusal.set("");
        ctx.tasks().run(() -> {
            requireManager();
            if (where == null) {
                throw new Refused("枢纽现在没有对外服务，不能登记站点。", "The hub is not serving now, so no station can enroll.");
            }
            String id = node == null ? "" : node.strip();
            if (!Enrollment.validNodeId(id)) {
                throw new Refused("站点编号只能用小写字母、数字和“-”，例如 station-d。", "A node id is lower-case letters, digits and '-', e.g. station-d.");
            }
            boolean known = hub.community().store().nodeKeys().containsKey(id);
            if (known != recover) {
                throw recover ? new Refused("枢纽不认识站点 " + id + "，没有可恢复的。新站点请不勾“恢复”。", "The hub does not know station " + id
                        + ", so there is nothing to recover. Untick recover for a new station.")
                        : new Refused("站点 " + id + " 已经登记过了。硬盘坏了的站点请勾“恢复”。", "Station " + id
                        + " is enrolled already. For a station whose disk died, tick recover.");
            }
            return Enrollment.issue(hub.tokens(), where, id, name == null || name.isBlank() ? null : name.strip(), VALID, recover);
        }, code -> {
            model.working.set(false);
            model.code.set(code.text());
            model.qr.set(image(code));
            model.result.set(text.t(recover ? "nodes.recovery-issued" : "nodes.code-issued", code.node(),
                    text.when(code.expiresAt(), java.time.ZoneId.systemDefault())));
        }, failed -> {
            model.working.set(false);
            model.refusal.set(text.why(failed));
        });
    }

    private static WritableImage image(EnrollmentCode code) {
        com.google.zxing.common.BitMatrix m = Enrollment.qr(code.text());
        int scale = 5;
        WritableImage img = new WritableImage(m.getWidth() * scale, m.getHeight() * scale);
        for (int y = 0; y < m.getHeight() * scale; y++) {
            for (int x = 0; x < m.getWidth() * scale; x++) {
                img.getPixelWriter().setArgb(x, y, m.get(x / scale, y / scale) ? 0xFF000000 : 0xFFFFFFFF);
            }
        }
        return img;
    }

    private void act(Supplier<String> work) {
        Hub hub = ctx.hub();
        ConsoleText text = ctx.text();
        long now = ctx.clock().millis();
        org.timestation.admin.ui.ActionState.act(model, ctx.tasks(), text, work, () -> rows(hub, text, now));
    }
}
