package org.timestation.kiosk.screen.devices;

import java.time.format.DateTimeFormatter;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.timestation.device.station.StationDevices;
import org.timestation.kiosk.app.KioskText;
import org.timestation.kiosk.session.Session;
import org.timestation.kiosk.staffcall.StaffCalls;
import org.timestation.kiosk.theme.Styles;
import org.timestation.kiosk.theme.Ui;

/** Lays out the devices screen and binds it to its model; each button makes one controller call. */
final class DevicesView {
    private final VBox root;
    private final VBox list = new VBox(12);
    private final VBox calls = new VBox(12);
    private final DevicesModel model;
    private final DevicesController controller;
    private final Session s;

    DevicesView(DevicesModel model, DevicesController controller, Session s, Label syncLabel) {
        this.model = model;
        this.controller = controller;
        this.s = s;
        Label heading = Ui.label(Ui.text(s, "devices.title"), Styles.HEADING, "devices-heading");
        list.setId("devices-list");
        Label error = Ui.label(Ui.text(s, model.configError::get, model.configError), Styles.WARNING, "devices-config-error");
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        Button card = Ui.button(Ui.text(s, "devices.test-card"), Styles.PRIMARY, "devices-test-card", controller::testCard);
        Button print = Ui.button(Ui.text(s, "devices.test-print"), Styles.PRIMARY, "devices-test-print", controller::printTest);
        Button scan = Ui.button(Ui.text(s, "devices.test-scan"), Styles.PRIMARY, "devices-test-scan", controller::testScan);
        Button reprint = Ui.button(Ui.text(s, "devices.reprint"), Styles.PRIMARY, "devices-reprint", controller::reprint);
        Button close = Ui.button(Ui.text(s, "devices.close"), Styles.PRIMARY, "devices-close", controller::close);
        FlowPane actions = new FlowPane(20, 20, card, print, scan, reprint, close);
        actions.setMinHeight(Region.USE_PREF_SIZE); // all its rows, or the page scrolls: never cut
        Label testResult = Ui.label(Ui.text(s, () -> model.test.get().length == 0 ? ""
                : t((String) model.test.get()[0], java.util.Arrays.copyOfRange(model.test.get(), 1, model.test.get().length)), model.test),
                Styles.BODY, "devices-test-result");
        Label keptLabel = Ui.label(Ui.text(s, () -> t("devices.kept", model.kept.get()), model.kept), Styles.BODY, "devices-kept");
        Label portsLabel = Ui.label(Ui.text(s, () -> t("devices.ports") + "\n" + model.ports.get(), model.ports), Styles.BODY, "devices-ports");
        Label noticesLabel = Ui.label(Ui.text(s, () -> String.join("\n", model.notices.stream().map(n -> n.in(s.locale().get())).toList()),
                model.notices), Styles.WARNING, "devices-notices");
        noticesLabel.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.notices));
        noticesLabel.managedProperty().bind(noticesLabel.visibleProperty());
        noticesLabel.setWrapText(true);
        calls.setId("devices-calls");
        syncLabel.setWrapText(true);
        VBox content = new VBox(20, heading, calls, noticesLabel, syncLabel, error, list, actions, testResult, keptLabel, portsLabel);
        content.setPadding(new Insets(24, 40, 16, 40));
        ScrollPane scroll = new ScrollPane(content); // large text: scroll, never push the frame
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(Styles.CONTENT_SCROLL);
        root = new VBox(scroll);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root.setId("devices-screen");
        // the view lives as long as the kiosk: these follow its own model and the session's language
        model.states.addListener((javafx.collections.ListChangeListener<StationDevices.State>) c -> fill());
        model.calls.addListener((javafx.collections.ListChangeListener<StaffCalls.Call>) c -> fillCalls());
        model.callers.addListener((o, was, now) -> fillCalls());
        s.locale().addListener((o, was, now) -> {
            fill();
            fillCalls();
        });
    }

    Node root() {
        return root;
    }

    private void fill() {
        list.getChildren().clear();
        for (StationDevices.State st : model.states) {
            Label l = new Label(t("devices.name." + st.device()) + "  ·  " + (st.where().isEmpty() ? "—" : st.where()) + "\n"
                    + t(st.key()) + (st.detail().isEmpty() ? "" : "  (" + st.detail() + ")"));
            l.getStyleClass().addAll(Styles.BODY, Styles.CARD);
            if (!st.key().equals("device.ok") && !st.key().equals("scanner.wedge")) {
                l.getStyleClass().add(Styles.WARNING); // something for staff to do
            }
            l.setWrapText(true);
            l.setMaxWidth(Double.MAX_VALUE);
            l.setMinHeight(Region.USE_PREF_SIZE);
            l.setId("devices-state-" + st.device());
            list.getChildren().add(l);
        }
    }

    /** The residents' calls for staff nobody has answered: when, from which screen; 已处理 clears one. */
    private void fillCalls() {
        calls.getChildren().clear();
        java.util.List<StaffCalls.Call> open = java.util.List.copyOf(model.calls);
        if (open.isEmpty()) {
            return;
        }
        calls.getChildren().add(Ui.label(Ui.text(s, () -> t("devices.calls", open.size())), Styles.HEADING, "devices-calls-heading"));
        DateTimeFormatter hm = DateTimeFormatter.ofPattern("MM-dd HH:mm");
        int i = 0;
        for (StaffCalls.Call c : open) {
            String when = hm.format(c.at().atZone(s.zone().get()));
            Label what = new Label(t("devices.call", when, screenName(c.screen()), c.member() == null ? t("devices.call-nobody") : caller(c.member())));
            what.getStyleClass().addAll(Styles.BODY, Styles.WARNING);
            what.setWrapText(true);
            what.setMinHeight(Region.USE_PREF_SIZE);
            what.setId("devices-call-" + i);
            Button done = Ui.button(Ui.text(s, "devices.call-done"), Styles.PRIMARY, "devices-call-done-" + i, () -> controller.answerCall(c.id()));
            HBox row = new HBox(20, what, done);
            row.setAlignment(Pos.CENTER_LEFT);
            HBox.setHgrow(what, Priority.ALWAYS);
            what.setMaxWidth(Double.MAX_VALUE);
            calls.getChildren().add(row);
            i++;
        }
    }

    /** A caller as staff greet them: 张*国（M-…）, the id alone until the name is read. */
    private String caller(String memberId) {
        String name = model.callers.get().get(memberId);
        return name == null ? memberId : t("devices.caller", name, memberId);
    }

    /** The screen a call came from, as the resident saw it named (我的时间, not "credits"). */
    private String screenName(String id) {
        if (id.isEmpty()) {
            return "—";
        }
        return KioskText.BUNDLE.keys(s.locale().get()).contains("screen." + id) ? t("screen." + id) : id;
    }

    private String t(String key, Object... args) {
        return KioskText.BUNDLE.get(s.locale().get(), key, args);
    }
}
