package org.timestation.kiosk.widget;

import java.util.function.IntConsumer;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Polygon;
import org.timestation.kiosk.theme.Styles;

/**
 * Five big star buttons (drawn, not a font glyph, so they look the same on every machine): one to
 * five stars. Before a tap every star is an outline; a tap fills the stars up to the one tapped (and
 * says how many under them), and the choice is passed on a moment later, so the resident sees it.
 */
public final class StarRow {
    private StarRow() {
    }

    /** Buttons with ids {@code prefix-star-1} … {@code prefix-star-5}. */
    public static HBox create(String prefix, IntConsumer onStars) {
        HBox row = new HBox(24);
        javafx.beans.property.IntegerProperty lit = new javafx.beans.property.SimpleIntegerProperty(0);
        javafx.animation.PauseTransition pass = new javafx.animation.PauseTransition(javafx.util.Duration.millis(500));
        for (int i = 1; i <= 5; i++) {
            int n = i;
            Button star = new Button(Integer.toString(n));
            Polygon shape = star(40);
            shape.setStrokeWidth(4);
            shape.setStroke(LIT);
            shape.fillProperty().bind(javafx.beans.binding.Bindings.when(lit.greaterThanOrEqualTo(n)).then(LIT).otherwise(Color.WHITE));
            star.setGraphic(shape);
            star.setContentDisplay(javafx.scene.control.ContentDisplay.TOP);
            star.getStyleClass().add(Styles.KEY);
            star.setStyle("-fx-min-width: 140px; -fx-min-height: 120px;");
            star.setId(prefix + "-star-" + i);
            star.setAccessibleText(n + " ★");
            star.setOnAction(e -> {
                lit.set(n);
                pass.setOnFinished(done -> {
                    lit.set(0); // the next rating starts empty
                    onStars.accept(n);
                });
                pass.playFromStart();
            });
            row.getChildren().add(star);
        }
        row.getProperties().put(LIT_KEY, lit);
        return row;
    }

    private static final Color LIT = Color.web("#a3261f");
    /** The row's property holding how many stars are lit (tests read it). */
    public static final String LIT_KEY = "stars-lit";

    /** A five-pointed star of outer radius {@code r}. */
    static Polygon star(double r) {
        Polygon p = new Polygon();
        for (int k = 0; k < 10; k++) {
            double radius = k % 2 == 0 ? r : r * 0.45;
            double angle = Math.PI / 2 + k * Math.PI / 5;
            p.getPoints().addAll(r + radius * Math.cos(angle), r - radius * Math.sin(angle));
        }
        p.setFill(LIT);
        return p;
    }
}
