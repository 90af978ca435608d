package org.timestation.kiosk.screen.attract;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import org.timestation.kiosk.app.KioskText;
import org.timestation.kiosk.theme.Styles;
import org.timestation.kiosk.widget.OneLine;
import org.timestation.text.Text;

/** Lays out and binds the attract screen; knows no rules. */
final class AttractView {
    private final BorderPane root = new BorderPane();
    private final AttractModel model;
    private final Runnable onPin;

    AttractView(AttractModel model, Runnable onPin) {
        this.model = model;
        this.onPin = onPin;
        layout();
    }

    Node root() {
        return root;
    }

    private StringBinding text(String key) {
        return Bindings.createStringBinding(() -> KioskText.BUNDLE.get(model.locale().get(), key), model.locale());
    }

    /** The same key in the other language, shown smaller underneath so both readers are served. */
    private StringBinding otherText(String key) {
        return Bindings.createStringBinding(() -> KioskText.BUNDLE.get(other(model.locale().get()), key), model.locale());
    }

    private static Locale other(Locale l) {
        return "zh".equals(l.getLanguage()) ? Text.EN : Text.ZH;
    }

    private static Label label(StringBinding text, String style, String id) {
        Label l = new Label();
        l.textProperty().bind(text);
        l.getStyleClass().add(style);
        l.setId(id);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    private void layout() {
        root.getStyleClass().add(Styles.SCREEN);
        root.setId("attract-screen");

        Label title = label(text("attract.title"), Styles.TITLE, "attract-title");
        // the title on one line, drawn smaller where it is too long for the window (English at 1280: two lines pushed the PIN button under the edge)
        OneLine titleLine = new OneLine(title).centred();
        Label subtitle = label(otherText("attract.title"), Styles.SUBTITLE, "attract-subtitle");
        javafx.scene.layout.GridPane ways = ways();
        javafx.scene.control.Button pin = new javafx.scene.control.Button();
        pin.textProperty().bind(text("attract.pin"));
        pin.getStyleClass().add(Styles.PRIMARY);
        pin.setId("attract-pin");
        pin.setOnAction(e -> onPin.run());
        pin.setMinHeight(Region.USE_PREF_SIZE);
        VBox center = new VBox(10, titleLine, subtitle, ways, pin);
        center.setAlignment(Pos.CENTER);
        center.setPadding(new Insets(16, 32, 8, 32));
        root.setCenter(center);

        Label status = new Label();
        status.textProperty().bind(Bindings.createStringBinding(
                () -> KioskText.BUNDLE.get(model.locale().get(), model.statusKey().get()), model.locale(), model.statusKey()));
        status.getStyleClass().add(Styles.STATUS);
        status.setId("attract-status");
        status.setWrapText(true);
        Label badge = label(Bindings.createStringBinding(() -> KioskText.BUNDLE.get(model.locale().get(),
                model.simulatedDevices().get() ? "attract.demo" : "attract.demo.real-devices"), model.locale(), model.simulatedDevices()),
                Styles.BADGE, "attract-demo");
        badge.visibleProperty().bind(model.demo());
        badge.managedProperty().bind(model.demo());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bottom = new HBox(24, status, gap, badge);
        bottom.setAlignment(Pos.CENTER_LEFT);
        bottom.setPadding(new Insets(0, 32, 0, 32));
        root.setBottom(bottom);
    }

    /**
     * The two ways in, side by side in a grid: the pictures in one row, the words in the rows under them, so
     * the two stand level whatever their words' lengths. Both pictures take one scale, from the room their row
     * has: a short screen (1280×800) shrinks them, so the PIN button stays in sight without scrolling.
     */
    private javafx.scene.layout.GridPane ways() {
        javafx.scene.layout.GridPane grid = new javafx.scene.layout.GridPane();
        grid.setHgap(80);
        grid.setVgap(12);
        grid.setAlignment(Pos.TOP_CENTER);
        grid.setPadding(new Insets(8, 0, 4, 0));
        grid.getStyleClass().add(Styles.ILLUSTRATION);
        javafx.scene.layout.StackPane[] frames = {new javafx.scene.layout.StackPane(new Group(cardReader())),
            new javafx.scene.layout.StackPane(new Group(qrScanner()))};
        javafx.beans.binding.DoubleBinding scale = Bindings.createDoubleBinding(() -> 1.1 * Math.min(1, Math.min(
                Math.min(frames[0].getHeight(), frames[1].getHeight()) / 300, Math.min(frames[0].getWidth(), frames[1].getWidth()) / 520)),
                frames[0].heightProperty(), frames[0].widthProperty(), frames[1].heightProperty(), frames[1].widthProperty());
        String[][] ways = {{"attract.card", "attract-card"}, {"attract.qr", "attract-qr"}};
        for (int col = 0; col < 2; col++) {
            javafx.scene.layout.StackPane frame = frames[col];
            Node art = ((Group) frame.getChildren().get(0)).getChildren().get(0);
            art.scaleXProperty().bind(scale);
            art.scaleYProperty().bind(scale);
            frame.setMinSize(200, 100);
            frame.setPrefSize(520, 300);
            frame.setMaxSize(520, 300);
            Label first = label(text(ways[col][0]), Styles.HINT, ways[col][1]);
            Label second = label(otherText(ways[col][0]), Styles.HINT_SECOND, ways[col][1] + "-second");
            for (Label l : new Label[] {first, second}) {
                l.setMaxWidth(560);
                l.setMinHeight(Region.USE_PREF_SIZE);
                l.setAlignment(Pos.CENTER);
                l.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
            }
            grid.addColumn(col, frame, first, second);
            javafx.scene.layout.ColumnConstraints c = new javafx.scene.layout.ColumnConstraints(200, 560, 560);
            c.setHalignment(javafx.geometry.HPos.CENTER);
            c.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(c);
        }
        javafx.scene.layout.RowConstraints pictures = new javafx.scene.layout.RowConstraints();
        pictures.setVgrow(Priority.SOMETIMES);
        javafx.scene.layout.RowConstraints[] words = new javafx.scene.layout.RowConstraints[2];
        for (int row = 0; row < 2; row++) {
            words[row] = new javafx.scene.layout.RowConstraints();
            words[row].setValignment(javafx.geometry.VPos.TOP);
        }
        grid.getRowConstraints().addAll(pictures, words[0], words[1]);
        return grid;
    }

    /** An ID card coming down onto a reader, with an arrow. */
    private Node cardReader() {
        Rectangle reader = rect(60, 190, 300, 90, 24, Color.web("#2f3b4a"));
        Rectangle pad = rect(95, 205, 230, 40, 10, Color.web("#5b8bd0"));
        Rectangle card = rect(110, 20, 200, 126, 14, Color.web("#e9f1fb"));
        card.setStroke(Color.web("#0a4d8c"));
        card.setStrokeWidth(4);
        Rectangle photo = rect(126, 40, 50, 64, 6, Color.web("#9fb8d6"));
        Rectangle line1 = rect(190, 48, 100, 10, 5, Color.web("#9fb8d6"));
        Rectangle line2 = rect(190, 70, 80, 10, 5, Color.web("#9fb8d6"));
        Rectangle line3 = rect(126, 118, 160, 10, 5, Color.web("#9fb8d6"));
        Polygon arrow = arrow(210, 150, 180);
        return new Group(reader, pad, card, photo, line1, line2, line3, arrow);
    }

    /** A phone showing a member code, held to the scanner window. */
    private Node qrScanner() {
        Rectangle scanner = rect(60, 190, 300, 90, 24, Color.web("#2f3b4a"));
        Rectangle window = rect(150, 205, 120, 40, 8, Color.web("#d64541"));
        Rectangle phone = rect(140, 10, 140, 150, 18, Color.web("#1b1b1b"));
        Rectangle screen = rect(150, 22, 120, 126, 8, Color.WHITE);
        Group qr = new Group();
        boolean[][] bits = {
            {true, true, true, false, true, true, true},
            {true, false, true, false, true, false, true},
            {true, true, true, true, true, true, true},
            {false, true, false, true, false, false, true},
            {true, true, true, false, true, true, false},
            {true, false, true, true, false, true, true},
            {true, true, true, false, true, false, true}};
        for (int r = 0; r < bits.length; r++) {
            for (int c = 0; c < bits[r].length; c++) {
                if (bits[r][c]) {
                    qr.getChildren().add(rect(164 + c * 13.5, 36 + r * 14, 13.5, 14, 0, Color.web("#1b1b1b")));
                }
            }
        }
        Polygon arrow = arrow(210, 165, 190);
        return new Group(scanner, window, phone, screen, qr, arrow);
    }

    private static Rectangle rect(double x, double y, double w, double h, double arc, Color fill) {
        Rectangle r = new Rectangle(x, y, w, h);
        r.setArcWidth(arc);
        r.setArcHeight(arc);
        r.setFill(fill);
        return r;
    }

    private static Polygon arrow(double x, double top, double bottom) {
        Polygon p = new Polygon(x - 10, top, x + 10, top, x + 10, bottom - 18, x + 22, bottom - 18, x, bottom, x - 22, bottom - 18,
                x - 10, bottom - 18);
        p.setFill(Color.web("#d64541"));
        return p;
    }
}
