package org.timestation.kiosk.widget;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Polygon;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Stars show which are lit: a tap lights that many (filled, not only coloured outlines) before the rating is given. */
class StarRowTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    static boolean filled(HBox row, int star) {
        Polygon p = (Polygon) ((Button) row.getChildren().get(star - 1)).getGraphic();
        return !Color.WHITE.equals(p.getFill());
    }

    @Test
    void aTapLightsThatManyStarsThenGivesTheRatingAndStartsEmptyAgain() throws Exception {
        AtomicInteger given = new AtomicInteger();
        HBox row = WaitForAsyncUtils.asyncFx(() -> StarRow.create("t", given::set)).get();
        WaitForAsyncUtils.asyncFx(() -> ((Button) row.getChildren().get(2)).fire()).get(); // the third star
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(filled(row, 1)).isTrue();
        assertThat(filled(row, 3)).isTrue();
        assertThat(filled(row, 4)).as("the fourth is not lit").isFalse();
        assertThat(((javafx.beans.property.IntegerProperty) row.getProperties().get(StarRow.LIT_KEY)).get()).isEqualTo(3);
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> given.get() == 3);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(filled(row, 1)).as("the next rating starts empty").isFalse();
    }
}
