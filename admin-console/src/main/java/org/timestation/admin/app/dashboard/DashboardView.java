package org.timestation.admin.app.dashboard;

import java.time.Duration;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.timestation.admin.hub.HubNodes;
import org.timestation.admin.ui.ConsoleText;

/** Lays the dashboard out from the model's snapshot; every state is said in words, never by colour alone. */
final class DashboardView {
    private final ConsoleText text;
    private final VBox content = new VBox(20);
    private final ScrollPane root = new ScrollPane(content);
    private final Label failure = new Label();

    DashboardView(DashboardModel model, DashboardController controller, ConsoleText text) {
        this.text = text;
        root.setId("dashboard");
        root.setFitToWidth(true);
        content.setPadding(new Insets(24));
        Button again = new Button(text.t("dashboard.refresh"));
        again.setId("dashboard-refresh");
        again.setOnAction(e -> controller.refresh());
        failure.setId("dashboard-failure");
        failure.getStyleClass().add("refusal");
        failure.setWrapText(true);
        failure.managedProperty().bind(failure.textProperty().isNotEmpty());
        failure.visibleProperty().bind(failure.managedProperty());
        Label title = new Label(text.t("dashboard.title"));
        title.getStyleClass().add("title");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox head = new HBox(12, title, gap, again);
        content.getChildren().setAll(head, failure, new Label(text.t("dashboard.loading")));
        model.snapshot.addListener((o, was, now) -> {
            if (now != null) {
                show(head, now);
            }
        });
    }

    Node root() {
        return root;
    }

    void failed(String why) {
        failure.setText(why);
    }

    private void show(HBox head, DashboardModel.Snapshot s) {
        failure.setText("");
        DashboardFigures f = s.figures();
        FlowPane tiles = new FlowPane(16, 16,
                tile("dashboard-hours", text.t("dashboard.hours"), text.t("dashboard.hours-value", f.minutesThisWeek() / 60, f.minutesThisWeek() % 60)),
                tile("dashboard-active", text.t("dashboard.active"), text.t("dashboard.people", f.activeMembers())),
                tile("dashboard-new", text.t("dashboard.new"), text.t("dashboard.people", f.newMembers())),
                tile("dashboard-open", text.t("dashboard.open"), text.t("dashboard.requests", f.openRequests())));
        Label asOf = new Label(text.t("dashboard.as-of", text.when(s.at(), s.zone())));
        asOf.getStyleClass().add("muted");
        content.getChildren().setAll(head, failure, asOf, tiles,
                section("dashboard-unmatched", text.t("dashboard.unmatched-title"), unmatched(f.unmatched()), text.t("dashboard.unmatched-none")),
                section("dashboard-disputes", text.t("dashboard.disputes-title"), disputes(f.disputes()), text.t("dashboard.disputes-none")),
                section("dashboard-balance", text.t("dashboard.balance-title", DashboardFigures.BALANCE_DAYS), balance(f.services()),
                        text.t("dashboard.balance-none")),
                section("dashboard-stations", text.t("dashboard.stations-title"), stations(s), text.t("dashboard.stations-none")),
                section("dashboard-log", text.t("dashboard.log-title"), List.of(log(s.log())), ""));
    }

    private Node tile(String id, String label, String value) {
        Label v = new Label(value);
        v.setId(id);
        v.getStyleClass().add("figure");
        Label l = new Label(label);
        l.getStyleClass().add("figure-label");
        VBox box = new VBox(4, l, v);
        box.getStyleClass().add("tile");
        box.setMinWidth(220);
        return box;
    }

    private Node section(String id, String title, List<String> lines, String none) {
        Label t = new Label(title);
        t.getStyleClass().add("section-title");
        VBox box = new VBox(6, t);
        box.setId(id);
        box.getStyleClass().add("section");
        if (lines.isEmpty()) {
            Label n = new Label(none);
            n.getStyleClass().add("muted");
            box.getChildren().add(n);
        }
        for (String line : lines) {
            Label l = new Label(line);
            l.setWrapText(true);
            box.getChildren().add(l);
        }
        return box;
    }

    private List<String> unmatched(List<DashboardFigures.Unmatched> list) {
        return list.stream().map(u -> text.t("dashboard.unmatched-line", text.core(u.service().textKey()), text.duration(u.waiting()), u.requestId())).toList();
    }

    private List<String> disputes(List<DashboardFigures.DisputeDue> list) {
        return list.stream().map(d -> {
            String what = text.t(d.responded() ? "dashboard.dispute-resolve" : "dashboard.dispute-respond");
            String left = d.left().isNegative() ? text.t("dashboard.overdue", text.duration(d.left())) : text.t("dashboard.left", text.duration(d.left()));
            return text.t("dashboard.dispute-line", text.core(d.service().textKey()), d.requestId(), what, left);
        }).toList();
    }

    private List<String> balance(List<DashboardFigures.Balance> list) {
        return list.stream().map(b -> {
            String service = text.core(b.service().textKey());
            String key = b.needsVolunteers() ? "dashboard.balance-needs" : b.quiet() ? "dashboard.balance-quiet" : "dashboard.balance-even";
            return text.t(key, service, b.requests(), b.unanswered(), b.offering());
        }).toList();
    }

    private List<String> stations(DashboardModel.Snapshot s) {
        return s.stations().stream().map(n -> text.t("dashboard.station-line", n.name(), n.id(), state(n),
                n.lastSync() == null ? text.t("dashboard.never") : text.t("dashboard.ago", text.duration(Duration.ofMillis(s.at() - n.lastSync()))))
                + "\n" + devices(s.devices().get(n.id()), s.at())).toList();
    }

    /** What the station said of its devices with its last sync, in words (a state this console has no words for is shown as sent). */
    private String devices(HubNodes.Devices d, long now) {
        if (d == null) {
            return text.t("dashboard.devices-none");
        }
        java.util.List<String> parts = new java.util.ArrayList<>();
        for (String device : java.util.List.of("reader", "printer", "scanner")) {
            String state = d.report().states().get(device);
            if (state != null) {
                String key = "devstate." + state;
                parts.add(text.t("dashboard.device-" + device) + " " + (org.timestation.admin.ui.ConsoleText.bundle().keys(text.locale().get()).contains(key)
                        ? text.t(key) : state));
            }
        }
        String receipts = d.report().states().get("receipts");
        if (receipts != null && !receipts.equals("0")) {
            parts.add(text.t("dashboard.receipts-waiting", receipts));
        }
        return text.t("dashboard.devices", String.join(text.t("dashboard.devices-sep"), parts), text.duration(Duration.ofMillis(Math.max(0, now - d.at()))));
    }

    private String state(HubNodes.Node n) {
        return switch (n.state()) {
            case ACTIVE -> text.t("node.active");
            case QUARANTINED -> text.t("node.quarantined", n.reason() == null ? "" : n.reason());
            case REVOKED -> text.t("node.revoked", n.reason() == null ? "" : n.reason());
        };
    }

    private String log(DashboardModel.LogState l) {
        return text.t("dashboard.log-line", l.size(), l.signedSize(), l.cosigners(), l.stations());
    }
}
