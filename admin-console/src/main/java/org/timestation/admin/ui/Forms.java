package org.timestation.admin.ui;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;

/** The pieces every console form is built from, so that all forms look and behave alike. */
public final class Forms {
    private Forms() {
    }

    /** A result or refusal line: takes no room until it has something to say. {@code style}: {@code result} or {@code refusal}. */
    public static Label message(String id, String style) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add(style);
        l.setWrapText(true);
        l.managedProperty().bind(l.textProperty().isNotEmpty());
        l.visibleProperty().bind(l.managedProperty());
        return l;
    }

    public static Label section(String title) {
        Label l = new Label(title);
        l.getStyleClass().add("section-title");
        return l;
    }

    /** A field label that is never cut short: the field beside it gives way instead. */
    public static Label label(String text) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    /** A text field at least {@code width} wide, and wide enough that its prompt is never cut short. */
    public static TextField field(String id, String prompt, double width) {
        TextField t = new TextField();
        t.setId(id);
        t.setPromptText(prompt);
        javafx.scene.text.Text measure = new javafx.scene.text.Text(prompt == null ? "" : prompt);
        measure.setFont(javafx.scene.text.Font.font(17));
        t.setPrefWidth(Math.max(width, Math.ceil(measure.getLayoutBounds().getWidth()) + 40));
        return t;
    }

    /** Labels (already in the console's language) beside their fields, one row each. */
    public static GridPane form(String[] labels, Node... fields) {
        GridPane g = new GridPane();
        g.setHgap(12);
        g.setVgap(10);
        for (int i = 0; i < fields.length; i++) {
            Label l = label(labels[i]);
            l.setLabelFor(fields[i]);
            g.addRow(i, l, fields[i]);
            if (!(fields[i] instanceof javafx.scene.control.TextInputControl) && !(fields[i] instanceof javafx.scene.control.ComboBoxBase)) {
                javafx.scene.layout.GridPane.setValignment(l, javafx.geometry.VPos.TOP); // beside a list of choices: at its first line, not its middle
            }
        }
        return g;
    }

    /** A screen's page: it scrolls as a whole and is padded; returns its title (already in the console's language), first in it. */
    public static Label page(javafx.scene.control.ScrollPane root, javafx.scene.layout.VBox content, String id, String title) {
        root.setId(id);
        root.setFitToWidth(true);
        content.setPadding(new javafx.geometry.Insets(24));
        Label t = new Label(title);
        t.getStyleClass().add("title");
        return t;
    }

    /** The result and the refusal lines of a screen that acts ({@code id-result}, {@code id-refusal}), bound to its state. */
    public static Label[] outcome(String id, ActionState<?> state) {
        Label result = message(id + "-result", "result");
        result.textProperty().bind(state.result);
        Label refusal = message(id + "-refusal", "refusal");
        refusal.textProperty().bind(state.refusal);
        return new Label[] {result, refusal};
    }
}
