package org.timestation.kiosk.screen.ask;

import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.timestation.catalogue.ServiceType;
import org.timestation.kiosk.app.KioskText;
import org.timestation.kiosk.session.Session;
import org.timestation.kiosk.theme.Styles;
import org.timestation.kiosk.theme.Ui;
import org.timestation.member.Gender;
import org.timestation.text.Text;

/** One question at a time, big choices; the summary reads back everything before anything is posted. */
final class AskView {
    private final VBox root;
    private final StackPane pages = new StackPane();
    private final Session s;
    private final AskModel m;
    private final Supplier<ZonedDateTime> now;
    private final AskWords words;

    /** What the wizard's buttons ask of the controller: one call each. */
    interface Choices {
        void service(ServiceType t);

        void day(int offset);

        void part(int part);

        void repeat(org.timestation.exchange.ExchangeService.Repeat r);

        void where(boolean atStation);

        void special(String key, boolean on);

        void specialsDone();

        void who(Gender gender);

        void confirm();
    }

    AskView(AskModel m, Session s, Supplier<ZonedDateTime> now, AskWords words, Choices c) {
        this.m = m;
        this.s = s;
        this.now = now;
        this.words = words;
        Label question = Ui.label(Ui.text(s, () -> t("ask.q." + m.step.get().name().toLowerCase(Locale.ROOT)), m.step), Styles.HEADING,
                "ask-question");
        Label progress = Ui.label(Ui.text(s, () -> m.step.get() == AskModel.Step.DONE ? "" : t("ask.progress", m.step.get().ordinal() + 1,
                AskModel.Step.values().length - 1), m.step), Styles.BODY, "ask-progress");

        FlowPane services = new FlowPane(24, 24); // three a row where they fit, two where they do not

        services.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // all its rows, or the page scrolls: never cut
        services.setPrefWrapLength(3 * 570 + 2 * 24);
        ServiceType[] types = ServiceType.values();
        for (int i = 0; i < types.length; i++) {
            ServiceType t = types[i];
            Button b = Ui.button(Ui.text(s, () -> Text.CORE.get(s.locale().get(), "service." + t.name().toLowerCase(Locale.ROOT))), Styles.TILE,
                    "ask-service-" + t.name().toLowerCase(Locale.ROOT), () -> c.service(t));
            b.setStyle("-fx-min-width: 570px; -fx-pref-width: 570px; -fx-min-height: 170px; -fx-content-display: left; -fx-graphic-text-gap: 24px;");
            Node picture = org.timestation.kiosk.widget.Icons.of(t.name().toLowerCase(Locale.ROOT));
            picture.setScaleX(0.9);
            picture.setScaleY(0.9);
            b.setGraphic(new javafx.scene.Group(picture));
            services.getChildren().add(b);
        }
        FlowPane soon = row();
        for (int d = 0; d < 3; d++) {
            int day = d;
            soon.getChildren().add(choice(() -> t("ask.day." + day, dayName(day)), "ask-day-" + d, () -> c.day(day)));
        }
        // further ahead: the next two weeks as a calendar of big day buttons (date and weekday)
        // tiles: every day button as wide as the widest (12月4日 as 12月10日, in large text and English too)
        javafx.scene.layout.TilePane later = new javafx.scene.layout.TilePane(20, 20);
        later.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // all its rows, or the page scrolls: never cut
        later.setPrefColumns(6); // a week and more a row where they fit
        later.setTileAlignment(javafx.geometry.Pos.CENTER_LEFT);
        for (int d = 3; d < AskModel.DAYS_AHEAD; d++) {
            int day = d;
            Button b = Ui.button(Ui.text(s, () -> dayName(day) + "\n" + weekday(day), m.step), Styles.KEY, "ask-day-" + d, () -> c.day(day));
            b.setStyle("-fx-min-width: 200px; -fx-min-height: 120px; -fx-text-alignment: center;");
            b.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE); // fills its tile
            later.getChildren().add(b);
        }
        VBox days = new VBox(24, soon, Ui.label(Ui.text(s, "ask.day.later"), Styles.BODY, "ask-day-later"), later);
        days.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        FlowPane parts = row();
        for (int p = 0; p < AskModel.PARTS.length; p++) {
            int part = p;
            Button b = choice(() -> t("ask.part." + part), "ask-part-" + p, () -> c.part(part));
            m.step.addListener((o, was, now2) -> b.setDisable(m.dayOffset.get() >= 0 && !m.partOpen(part, now.get().toLocalDate(), now.get())));
            parts.getChildren().add(b);
        }
        // the handbooks' monthly 陪诊 and weekly 买菜: the same time again, each date a request of its own
        FlowPane repeats = row();
        for (org.timestation.exchange.ExchangeService.Repeat r : org.timestation.exchange.ExchangeService.Repeat.values()) {
            repeats.getChildren().add(choice(() -> t("ask.repeat." + r.name().toLowerCase(Locale.ROOT), r.times()),
                    "ask-repeat-" + r.name().toLowerCase(Locale.ROOT), () -> c.repeat(r)));
        }
        FlowPane where = row();
        where.getChildren().add(choice(() -> t("ask.where.home", m.home.get() == null ? "" : m.home.get()), "ask-where-home", () -> c.where(false)));
        where.getChildren().add(choice(() -> t("ask.where.station"), "ask-where-station", () -> c.where(true)));
        FlowPane chips = new FlowPane(20, 20);
        chips.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // all its rows, or the page scrolls: never cut
        for (int i = 0; i < AskModel.SPECIALS.size(); i++) {
            String key = AskModel.SPECIALS.get(i);
            ToggleButton chip = new ToggleButton();
            // chosen looks chosen: filled, with a tick, not colour alone
            chip.textProperty().bind(Ui.text(s, () -> (chip.isSelected() ? "✓ " : "") + t(key), chip.selectedProperty()));
            chip.getStyleClass().addAll(Styles.KEY, Styles.CHIP);
            chip.setStyle("-fx-min-width: 340px;");
            chip.setId("ask-special-" + i);
            chip.setOnAction(e -> c.special(key, chip.isSelected()));
            m.specials.addListener((javafx.collections.ListChangeListener<String>) change -> chip.setSelected(m.specials.contains(key)));
            chips.getChildren().add(chip);
        }
        Button specialsDone = Ui.button(Ui.text(s, "ask.next"), Styles.PRIMARY, "ask-special-next", c::specialsDone);
        VBox specials = new VBox(32, chips, specialsDone);
        FlowPane who = row();
        Gender[] genders = {null, Gender.FEMALE, Gender.MALE};
        for (int g = 0; g < genders.length; g++) {
            Gender gender = genders[g];
            who.getChildren().add(choice(() -> t("ask.who." + g(gender)), "ask-who-" + g(gender), () -> c.who(gender)));
        }
        Label summary = Ui.label(Ui.text(s, this::summary, m.step, m.service, m.dayOffset, m.part, m.gender, m.home, m.atStation, m.repeat),
                Styles.BODY, "ask-summary");
        summary.getStyleClass().add(Styles.SUMMARY);
        // the cost, said before anything is asked: 1 hour = 1 credit, paid after the service for the minutes both confirm
        Label cost = Ui.label(Ui.text(s, this::cost, m.cost, m.repeat), Styles.WARNING, "ask-cost");
        cost.setMaxWidth(Double.MAX_VALUE);
        Button confirm = Ui.button(Ui.text(s, "ask.confirm"), Styles.PRIMARY, "ask-confirm", c::confirm);
        confirm.setMaxWidth(Double.MAX_VALUE);
        // two columns: what was asked on the left, the cost and 确认 beside it, so on a 1280x800 screen
        // the resident sees the cost and the button without scrolling
        javafx.scene.layout.GridPane summaryBox = new javafx.scene.layout.GridPane();
        summaryBox.setHgap(40);
        for (int column = 0; column < 2; column++) {
            javafx.scene.layout.ColumnConstraints half = new javafx.scene.layout.ColumnConstraints();
            half.setPercentWidth(50);
            summaryBox.getColumnConstraints().add(half);
        }
        VBox costAndConfirm = new VBox(24, cost, confirm);
        summaryBox.add(summary, 0, 0);
        summaryBox.add(costAndConfirm, 1, 0);
        javafx.scene.layout.GridPane.setValignment(summary, javafx.geometry.VPos.TOP);
        javafx.scene.layout.GridPane.setValignment(costAndConfirm, javafx.geometry.VPos.TOP);
        Label done = Ui.label(Ui.text(s, "ask.done"), Styles.HEADING, "ask-done");
        Node[] all = {services, days, parts, repeats, where, specials, who, summaryBox, done};
        for (int i = 0; i < all.length; i++) {
            AskModel.Step step = AskModel.Step.values()[i];
            all[i].visibleProperty().bind(m.step.isEqualTo(step));
            all[i].managedProperty().bind(all[i].visibleProperty()); // only this step's page takes room: a short question never scrolls
            StackPane.setAlignment(all[i], Pos.TOP_LEFT);
            if (all[i] instanceof javafx.scene.layout.Region page) {
                page.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // its own height, at the top: never centred far below
            }
        }
        pages.getChildren().addAll(all);
        root = new VBox(24, progress, question, pages);
        root.setPadding(new Insets(24, 40, 16, 40));
        root.setId("ask-screen");
    }

    private static String g(Gender g) {
        return AskWords.g(g);
    }

    private String dayName(int offset) {
        return words.dayName(offset);
    }

    private String weekday(int offset) {
        return words.weekday(offset);
    }

    private String cost() {
        return words.cost();
    }

    private String summary() {
        return words.summary();
    }

    /** A row of big choices that goes on in a second row when they do not fit (large text, a narrow screen): never squeezed short. */
    private FlowPane row() {
        FlowPane h = new FlowPane(32, 24);
        h.setPrefWrapLength(3 * 420 + 2 * 32); // three a row where they fit
        h.setAlignment(Pos.TOP_LEFT);
        h.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // all its rows, or the page scrolls: never cut
        return h;
    }

    private Button choice(Supplier<String> text, String id, Runnable action) {
        Button b = Ui.button(Ui.text(s, text, m.step), Styles.TILE, id, action);
        b.setStyle("-fx-min-width: 340px; -fx-pref-width: 420px; -fx-min-height: 200px; -fx-text-alignment: center;");
        return b;
    }

    private String t(String key, Object... args) {
        return KioskText.BUNDLE.get(s.locale().get(), key, args);
    }

    Node root() {
        return root;
    }
}
