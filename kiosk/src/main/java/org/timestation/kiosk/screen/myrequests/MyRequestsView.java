package org.timestation.kiosk.screen.myrequests;

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
import org.timestation.credit.Minutes;
import org.timestation.exchange.ExchangeState;
import org.timestation.exchange.Request;
import org.timestation.kiosk.app.KioskText;
import org.timestation.kiosk.session.Session;
import org.timestation.kiosk.theme.Styles;
import org.timestation.kiosk.theme.Ui;
import org.timestation.kiosk.widget.MinutesPicker;
import org.timestation.text.Text;

/** Stars for help not yet rated; the minutes to confirm; then each request as a card saying where it stands. */
final class MyRequestsView {
    private final MyRequestsModel m;
    private final Session s;
    private final VBox list = new VBox(16);
    private final VBox root;
    private final MinutesPicker minutes;
    private final Consumer<Request> onConfirmStart;
    private final Runnable onAskAgain;

    MyRequestsView(MyRequestsModel m, Session s, Consumer<Request> onConfirmStart, Runnable onConfirm, Consumer<org.timestation.kiosk.widget.RatingSteps.Rating> onRated, Runnable onAskAgain,
                   Runnable onLess, Runnable onMore) {
        this.m = m;
        this.s = s;
        this.onConfirmStart = onConfirmStart;
        this.onAskAgain = onAskAgain;
        this.minutes = new MinutesPicker(s, "mine-minutes", m.confirmMinutes, onLess, onMore);
        Label heading = Ui.label(Ui.text(s, "mine.title"), Styles.HEADING, "mine-heading");

        Label rateQuestion = Ui.label(Ui.text(s, () -> m.rating() == null ? "" : t("mine.rate", volunteer(m.rating()), service(m.rating()),
                Minutes.of(m.rating().confirmedMinutes()).text(s.locale().get())), m.toRate), Styles.HEADING, "mine-rate-question");
        org.timestation.kiosk.widget.RatingSteps steps = new org.timestation.kiosk.widget.RatingSteps(s, "mine", "help.rate-hint", onRated);
        m.toRate.addListener((javafx.collections.ListChangeListener<Request>) c -> steps.reset()); // a new request starts at the stars
        rateQuestion.visibleProperty().bind(steps.pastTheStars().not());
        rateQuestion.managedProperty().bind(rateQuestion.visibleProperty());
        VBox ratePanel = new VBox(20, rateQuestion, steps.root());
        ratePanel.getStyleClass().add(Styles.CARD);
        ratePanel.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(m.toRate).and(m.confirming.isNull()));
        ratePanel.managedProperty().bind(ratePanel.visibleProperty());

        Label confirmQuestion = Ui.label(Ui.text(s, () -> m.confirming.get() == null ? "" : t("mine.confirm-question",
                volunteer(m.confirming.get()), service(m.confirming.get()), Minutes.of(m.confirming.get().timerMinutes()).text(s.locale().get())),
                m.confirming), Styles.HEADING, "mine-confirm-question");
        Label fewer = Ui.label(Ui.text(s, "mine.confirm-hint"), Styles.BODY, "mine-confirm-hint");
        Button confirm = Ui.button(Ui.text(s, "mine.confirm"), Styles.PRIMARY, "mine-confirm", onConfirm);
        VBox confirmPanel = new VBox(20, confirmQuestion, fewer, minutes.root(), confirm);
        confirmPanel.getStyleClass().add(Styles.CARD);
        confirmPanel.visibleProperty().bind(m.confirming.isNotNull());
        confirmPanel.managedProperty().bind(confirmPanel.visibleProperty());

        // the rating and the confirmation scroll with the list: fixed above it, a tall card (large text, 1280×800) left the
        // list a sliver and covered the very button that confirms
        VBox content = new VBox(20, ratePanel, confirmPanel, list);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(org.timestation.kiosk.theme.Styles.CONTENT_SCROLL);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        list.setId("mine-list");
        m.confirming.addListener((o, was, now) -> {
            if (now != null) {
                scroll.setVvalue(0); // the question shows at the top, whichever card was tapped
            }
        });
        root = new VBox(20, heading, scroll);
        root.setPadding(new Insets(24, 40, 16, 40));
        root.setId("mine-screen");
        m.requests.addListener((ListChangeListener<Request>) c -> fill());
        s.locale().addListener((o, was, now) -> fill());
    }


    private String t(String key, Object... args) {
        return KioskText.BUNDLE.get(s.locale().get(), key, args);
    }

    private String service(Request r) {
        return Text.CORE.get(s.locale().get(), "service." + r.service().name().toLowerCase(Locale.ROOT));
    }

    private String status(Request r) {
        return RequestStatus.of(r, m, s);
    }

    private String volunteer(Request r) {
        return RequestStatus.volunteer(r, m);
    }

    private void fill() {
        list.getChildren().clear();
        if (m.requests.isEmpty()) {
            list.getChildren().add(Ui.label(Ui.text(s, "mine.none"), Styles.BODY, "mine-none"));
        }
        int i = 0;
        for (Request r : m.requests) {
            Label what = new Label(service(r));
            what.getStyleClass().add(Styles.HEADING);
            // a date outside this year says its year (the kiosk's clock decides)
            Label details = new Label(org.timestation.kiosk.app.KioskDates.when(r.startAt(), s.zone().get(), m.now, s.locale().get()) + " · "
                    + m.buildings.getOrDefault(r.buildingId(), ""));
            details.getStyleClass().add(Styles.BODY);
            details.setId("mine-when-" + i);
            details.setWrapText(true); // a long place name in large text takes a second line
            Label status = new Label(status(r));
            status.getStyleClass().add(r.state() == ExchangeState.ENDED || r.state() == ExchangeState.LAPSED ? Styles.WARNING : Styles.BODY);
            status.setWrapText(true);
            status.setId("mine-status-" + i);
            VBox text = new VBox(8, what, details, status);
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox card = new HBox(24, text);
            if (r.state() == ExchangeState.ENDED) {
                card.getChildren().add(Ui.button(Ui.text(s, "mine.confirm-start"), Styles.PRIMARY, "mine-confirm-" + i, () -> onConfirmStart.accept(r)));
            } else if (r.state() == ExchangeState.LAPSED) {
                card.getChildren().add(Ui.button(Ui.text(s, "mine.ask-again"), Styles.PRIMARY, "mine-ask-again-" + i, onAskAgain));
            }
            card.setAlignment(Pos.CENTER_LEFT);
            card.getStyleClass().add(Styles.CARD);
            card.setId("mine-request-" + i++);
            list.getChildren().add(card);
        }
    }

    Node root() {
        return root;
    }
}
