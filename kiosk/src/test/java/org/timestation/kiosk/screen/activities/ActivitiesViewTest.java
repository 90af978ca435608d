package org.timestation.kiosk.screen.activities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.Label;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.timestation.kiosk.session.Session;

/** The week's list: a week without activities says so; it must never be a blank page. */
class ActivitiesViewTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aWeekWithoutActivitiesSaysSoEvenWhenTheListWasAlreadyEmpty() throws Exception {
        ActivitiesModel model = new ActivitiesModel();
        ActivitiesView view = WaitForAsyncUtils.asyncFx(() -> new ActivitiesView(model, new Session(), (a, checkIn) -> { })).get();
        WaitForAsyncUtils.asyncFx(() -> model.loaded(List.of(), 0L)).get(); // empty before, empty now: the list itself does not change
        Label none = WaitForAsyncUtils.asyncFx(() -> {
            javafx.scene.Parent root = (javafx.scene.Parent) view.root();
            new javafx.scene.Scene(root, 800, 600); // its scroll pane's skin: what a lookup walks through
            root.applyCss();
            root.layout();
            return (Label) root.lookup("#activities-none");
        }).get();
        assertThat(none).as("the week's list says there is nothing this week").isNotNull();
        assertThat(none.getText()).isEqualTo("这一周还没有活动。");
    }
}
