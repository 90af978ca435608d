package org.timestation.kiosk.widget;

import java.util.function.IntConsumer;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Polygon;
import org.timestation.kiosk.theme.Styles;

/** Five big star buttons (drawn, not a font glyph, so they look the same on every machine): one to five stars. */
public final class StarRow {
    private StarRow() {
    }

    /** Buttons with ids {@code prefix-star-1} … {@code prefix-star-5}. */
    public static HBox create(String prefix, IntConsumer onStars) {
        HBox row = new HBox(24);
        for (int i = 1; i <= 5; i++) {
            int n = i;
            Button star = new Button();
            star.setGraphic(star(40));
            star.getStyleClass().add(Styles.KEY);
            star.setStyle("-fx-min-width: 140px; -fx-min-height: 120px;");
            star.setId(prefix + "-star-" + i);
            star.setAccessibleText(n + " ★");
            star.setOnAction(e -> onStars.accept(n));
            row.getChildren().add(star);
        }
        return row;
    }

    /** A five-pointed star of outer radius {@code r}. */
    static Polygon star(double r) {
        Polygon p = new Polygon();
        for (int k = 0; k < 10; k++) {
            double radius = k % 2 == 0 ? r : r * 0.45;
            double angle = Math.PI / 2 + k * Math.PI / 5;
            p.getPoints().addAll(r + radius * Math.cos(angle), r - radius * Math.sin(angle));
        }
        p.setFill(Color.web("#a3261f"));
        return p;
    }
}
