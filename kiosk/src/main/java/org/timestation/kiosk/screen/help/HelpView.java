package org.timestation.kiosk.screen.help;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.timestation.exchange.ExchangeState;
import org.timestation.exchange.Request;
import org.timestation.kiosk.app.KioskText;
import org.timestation.kiosk.session.Session;
import org.timestation.kiosk.theme.Styles;
import org.timestation.kiosk.theme.Ui;
import org.timestation.kiosk.widget.MinutesPicker;
import org.timestation.text.Text;

/** My tasks first (with the big clock while helping), then open requests as big cards with 接单. */
final class HelpView {
    private final VBox root;
    private final VBox tasks = new VBox(16);
    private final VBox open = new VBox(16);
    private final HelpModel m;
    private final Session s;
    private final Consumer<Request> onAccept;
    private final Consumer<Request> onStart;
    private final Consumer<Request> onEnd;
    private final Consumer<Request> onConfirm;
    private final Consumer<Request> onContact;
    private final MinutesPicker minutes;

    HelpView(HelpModel m, Session s, Consumer<Request> onAccept, Consumer<Request> onStart, Consumer<Request> onEnd,
             Consumer<Request> onConfirm, Consumer<Request> onContact, Consumer<org.timestation.kiosk.widget.RatingSteps.Rating> onRated, Runnable onLess, Runnable onMore) {
        this.onContact = onContact;
        this.m = m;
        this.s = s;
        this.onAccept = onAccept;
        this.onStart = onStart;
        this.onEnd = onEnd;
        this.onConfirm = onConfirm;
        this.minutes = new MinutesPicker(s, "help-minutes", m.confirmMinutes, onLess, onMore);
        Label tasksHeading = Ui.label(Ui.text(s, "help.tasks"), Styles.HEADING, "help-tasks-heading");
        Label openHeading = Ui.label(Ui.text(s, "help.open"), Styles.HEADING, "help-open-heading");
        tasks.setId("help-tasks");
        open.setId("help-open");
        Label waiting = Ui.label(Ui.text(s, () -> m.confirming.get() == null ? "" : t("help.tap-requester"), m.confirming), Styles.WARNING,
                "help-confirming");
        Label fewer = Ui.label(Ui.text(s, "help.confirm-minutes"), Styles.BODY, "help-confirm-hint");
        VBox confirmPanel = new VBox(16, waiting, fewer, minutes.root());
        confirmPanel.getStyleClass().add(Styles.CARD);
        confirmPanel.visibleProperty().bind(m.confirming.isNotNull());
        confirmPanel.managedProperty().bind(confirmPanel.visibleProperty());
        // two columns, each scrolling on its own: what I took on the left, what I could take on the right
        VBox left = new VBox(16, tasksHeading, scroll(tasks));
        VBox right = new VBox(16, openHeading, scroll(open));
        for (VBox col : new VBox[] {left, right}) {
            HBox.setHgrow(col, Priority.ALWAYS);
            col.setPrefWidth(900);
        }
        HBox columns = new HBox(32, left, right);
        VBox.setVgrow(columns, Priority.ALWAYS);
        Label rateQuestion = Ui.label(Ui.text(s, this::rateQuestion, m.rating), Styles.HEADING, "help-rate-question");
        org.timestation.kiosk.widget.RatingSteps steps = new org.timestation.kiosk.widget.RatingSteps(s, "help", "help.rate-hint", onRated);
        m.rating.addListener((o, was, now) -> steps.reset()); // a new request starts at the stars
        rateQuestion.visibleProperty().bind(steps.pastTheStars().not());
        rateQuestion.managedProperty().bind(rateQuestion.visibleProperty());
        VBox ratePanel = new VBox(20, rateQuestion, steps.root());
        ratePanel.getStyleClass().add(Styles.CARD);
        ratePanel.visibleProperty().bind(m.rating.isNotNull());
        ratePanel.managedProperty().bind(ratePanel.visibleProperty());
        root = new VBox(16, confirmPanel, ratePanel, columns);
        root.setPadding(new Insets(24, 40, 16, 40));
        root.setId("help-screen");
        m.open.addListener((ListChangeListener<Request>) c -> fill());
        minutes.root().setId("help-minutes");
        m.tasks.addListener((ListChangeListener<Request>) c -> fill());
        m.now.addListener((o, was, now) -> fillTasks());
        s.locale().addListener((o, was, now) -> fill());
    }

    /** The requester who just confirmed rates the volunteer; or the volunteer rates a requester they helped. */
    private String rateQuestion() {
        Request r = m.rating.get();
        if (r == null) {
            return "";
        }
        String minutes = org.timestation.credit.Minutes.of(r.confirmedMinutes()).text(s.locale().get());
        if (r.requesterId().equals(m.ratingBy)) {
            return t("help.rate", minutes);
        }
        return t("help.rate-requester", m.contacts.getOrDefault(r.requesterId(), ""), service(r), minutes);
    }

    private String service(Request r) {
        return Text.CORE.get(s.locale().get(), "service." + r.service().name().toLowerCase(Locale.ROOT));
    }


    private static ScrollPane scroll(VBox list) {
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(org.timestation.kiosk.theme.Styles.CONTENT_SCROLL);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        return scroll;
    }

    private String t(String key, Object... args) {
        return KioskText.BUNDLE.get(s.locale().get(), key, args);
    }

    private void fill() {
        fillTasks();
        open.getChildren().clear();
        if (m.open.isEmpty()) {
            open.getChildren().add(Ui.label(Ui.text(s, "help.none"), Styles.BODY, "help-none"));
        }
        int i = 0;
        for (Request r : m.open) {
            open.getChildren().add(card(r, button("help.accept", "help-accept-" + i, () -> onAccept.accept(r)), "help-request-" + i));
            i++;
        }
    }

    private void fillTasks() {
        tasks.getChildren().clear();
        if (m.tasks.isEmpty()) {
            tasks.getChildren().add(Ui.label(Ui.text(s, "help.no-tasks"), Styles.BODY, "help-no-tasks"));
        }
        int i = 0;
        for (Request r : m.tasks) {
            Node action;
            if (r.state() == ExchangeState.ACCEPTED) {
                // the full number, on paper, only for this task: the phone is masked everywhere on screen (decision 0025)
                VBox box = new VBox(12, button("help.start", "help-start-" + i, () -> onStart.accept(r)),
                        Ui.button(Ui.text(s, "help.contact"), Styles.BUTTON, "help-contact-" + i, () -> onContact.accept(r)));
                box.setAlignment(Pos.CENTER_RIGHT);
                action = box;
            } else if (r.state() == ExchangeState.IN_SERVICE) {
                long secs = Math.max(0, (m.now.get() - r.startedAt()) / 1000);
                Label clock = new Label(String.format("%d:%02d:%02d", secs / 3600, secs / 60 % 60, secs % 60));
                clock.getStyleClass().add(Styles.BIG_NUMBER);
                clock.setId("help-clock-" + i);
                clock.getStyleClass().add(Styles.CLOCK);
                clock.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                VBox box = new VBox(8, clock, button("help.end", "help-end-" + i, () -> onEnd.accept(r)));
                box.setAlignment(Pos.CENTER_RIGHT);
                action = box;
            } else {
                action = button("help.confirm", "help-confirm-" + i, () -> onConfirm.accept(r));
            }
            tasks.getChildren().add(card(r, action, "help-task-" + i++));
        }
    }

    /**
     * A request as a card: what, then when, where and what is needed each on a line of its own (joined in one
     * paragraph beside the button they broke mid-word in a narrow column: 星/期三, 1/号楼), the button below.
     */
    private VBox card(Request r, Node action, String id) {
        Label what = new Label(service(r));
        what.getStyleClass().add(Styles.HEADING);
        what.setWrapText(true);
        VBox text = new VBox(8, what);
        List<String> lines = new ArrayList<>();
        lines.add(org.timestation.kiosk.app.KioskDates.when(r.startAt(), s.zone().get(), m.now.get(), s.locale().get()));
        lines.add(m.buildings.getOrDefault(r.buildingId(), r.buildingId()));
        if (!r.requirements().isEmpty()) {
            lines.add(String.join("、", r.requirements()));
        }
        if (r.timerMinutes() > 0) {
            lines.add(t("help.timer", r.timerMinutes()));
        }
        for (String line : lines) {
            Label l = new Label(line);
            l.getStyleClass().add(Styles.BODY);
            l.setWrapText(true);
            text.getChildren().add(l);
        }
        text.getChildren().get(1).setId(id + "-when");
        String who = m.contacts.get(r.requesterId());
        if (who != null && r.volunteerId() != null) { // my task: who to call, and when
            Label contact = new Label(t(r.state() == ExchangeState.ACCEPTED ? "help.call-within-hour" : "help.requester", who));
            contact.getStyleClass().add(Styles.BODY);
            contact.setWrapText(true);
            contact.setId(id + "-contact");
            text.getChildren().add(contact);
        }
        HBox actions = new HBox(action);
        actions.setAlignment(Pos.CENTER_RIGHT);
        VBox card = new VBox(16, text, actions);
        card.getStyleClass().add(Styles.CARD);
        card.setId(id);
        return card;
    }

    private Button button(String key, String id, Runnable action) {
        return Ui.button(Ui.text(s, key), Styles.PRIMARY, id, action);
    }

    Node root() {
        return root;
    }
}
