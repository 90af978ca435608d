package org.timestation.kiosk.screen.activities;

import java.util.function.BiConsumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.timestation.activity.Activity;
import org.timestation.activity.ActivityService;
import org.timestation.kiosk.app.KioskText;
import org.timestation.kiosk.session.Session;
import org.timestation.kiosk.theme.Styles;
import org.timestation.kiosk.theme.Ui;

/** One big card per activity: what, when, where, places left; 报名 or 签到 as fits the time. */
final class ActivitiesView {
    private final VBox root;
    private final VBox list = new VBox(20);
    private final ActivitiesModel m;
    private final Session s;
    private final BiConsumer<Activity, Boolean> onAct;

    /** {@code onAct} gets the activity and true for check-in, false for sign-up. */
    ActivitiesView(ActivitiesModel m, Session s, BiConsumer<Activity, Boolean> onAct) {
        this.m = m;
        this.s = s;
        this.onAct = onAct;
        Label heading = Ui.label(Ui.text(s, "activities.heading"), Styles.HEADING, "activities-heading");
        list.setId("activities-list");
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(org.timestation.kiosk.theme.Styles.CONTENT_SCROLL);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root = new VBox(24, heading, scroll);
        root.setPadding(new Insets(32, 40, 16, 40));
        root.setId("activities-screen");
        m.loads.addListener((o, was, now) -> fill()); // a week without activities says so (it was a blank page)
        s.locale().addListener((o, was, now) -> fill());
    }

    private String t(String key, Object... args) {
        return KioskText.BUNDLE.get(s.locale().get(), key, args);
    }

    private void fill() {
        list.getChildren().clear();
        if (m.activities.isEmpty()) {
            list.getChildren().add(Ui.label(Ui.text(s, "activities.none"), Styles.BODY, "activities-none"));
            return;
        }
        String me = s.subject() == null ? "" : s.subject().id();
        int i = 0;
        for (Activity a : m.activities) {
            Label title = new Label(a.theme());
            title.getStyleClass().add(Styles.HEADING);
            Label details = new Label(t("activities.details", org.timestation.kiosk.app.KioskDates.when(a.startAt(), s.zone().get(), m.now, s.locale().get()), a.place(),
                    Math.max(0, a.capacity() - a.signedUp().size()), t(a.kind() == Activity.Kind.TRAINING ? "activities.training" : "activities.activity")));
            details.getStyleClass().add(Styles.BODY);
            details.setWrapText(true);
            VBox text = new VBox(8, title, details);
            HBox.setHgrow(text, Priority.ALWAYS);
            boolean open = m.now >= a.startAt() - ActivityService.CHECK_IN_OPENS.toMillis() && m.now <= a.endAt();
            Node action;
            if (a.checkedIn().contains(me)) {
                action = status("activities.checked-in", "activities-status-" + i);
            } else if (open && (a.signedUp().contains(me) || a.kind() == Activity.Kind.ACTIVITY)) {
                action = button("activities.check-in", "activities-checkin-" + i, () -> onAct.accept(a, true));
            } else if (a.signedUp().contains(me)) {
                action = status("activities.signed-up", "activities-status-" + i);
            } else if (a.full()) {
                action = status("activities.full", "activities-status-" + i);
            } else {
                action = button("activities.sign-up", "activities-signup-" + i, () -> onAct.accept(a, false));
            }
            HBox card = new HBox(24, text, action);
            card.setAlignment(Pos.CENTER_LEFT);
            card.getStyleClass().add(Styles.CARD);
            card.setId("activity-" + i++);
            list.getChildren().add(card);
        }
    }

    private Button button(String key, String id, Runnable action) {
        return Ui.button(Ui.text(s, key), Styles.PRIMARY, id, action);
    }

    private Label status(String key, String id) {
        Label l = Ui.label(Ui.text(s, key), Styles.WARNING, id);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    Node root() {
        return root;
    }
}
