package org.timestation.admin.app.dashboard;

import java.time.Instant;
import java.time.ZoneId;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Node;
import javafx.util.Duration;
import org.timestation.admin.app.ConsoleContext;
import org.timestation.admin.hub.Hub;
import org.timestation.admin.ui.Controller;
import org.timestation.communitylog.LogCheckpoint;

/** The manager's first look: this week in numbers, what waits too long, disputes by deadline, supply and demand, the stations and the log. */
public final class DashboardController implements Controller {
    /** How often the dashboard is worked out again while it is shown. */
    static final Duration REFRESH = Duration.seconds(60);

    private final ConsoleContext ctx;
    private final DashboardModel model = new DashboardModel();
    private DashboardView view;
    private Timeline refresh;

    public DashboardController(ConsoleContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Node view() {
        return view.root();
    }

    @Override
    public void onActivate() {
        view = new DashboardView(model, this, ctx.text());
        refresh();
        refresh = new Timeline(new KeyFrame(REFRESH, e -> refresh()));
        refresh.setCycleCount(Timeline.INDEFINITE);
        refresh.play();
    }

    @Override
    public void onDeactivate() {
        refresh.stop();
        refresh = null;
        view = null;
    }

    void refresh() {
        Hub hub = ctx.hub();
        ctx.tasks().run(() -> snapshot(hub, ctx.clock().instant()), model.snapshot::set, failed -> view.failed(ctx.text().why(failed)));
    }

    static DashboardModel.Snapshot snapshot(Hub hub, Instant now) {
        ZoneId zone = hub.community().inspect(s -> s.policy().get().zoneId());
        DashboardFigures figures = hub.community().inspect(s -> DashboardFigures.of(s, now, zone));
        java.util.List<org.timestation.admin.hub.HubNodes.Node> stations = hub.nodes().all().stream().filter(n -> !n.id().equals(hub.nodeId())).toList();
        long signed = hub.log().latest().map(n -> LogCheckpoint.parseBody(n.body()).size()).orElse(0L);
        DashboardModel.LogState log = new DashboardModel.LogState(hub.log().size(), signed, hub.log().cosigners(signed), stations.size());
        java.util.Map<String, org.timestation.admin.hub.HubNodes.Devices> devices = new java.util.HashMap<>();
        stations.forEach(n -> hub.nodes().devices(n.id()).ifPresent(d -> devices.put(n.id(), d)));
        return new DashboardModel.Snapshot(figures, stations, devices, log, now.toEpochMilli(), zone);
    }
}
