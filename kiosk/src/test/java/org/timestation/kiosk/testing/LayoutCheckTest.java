package org.timestation.kiosk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** The layout check itself: it must see what a resident would see go wrong, or the tour proves nothing. */
class LayoutCheckTest {

    @org.junit.jupiter.api.BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage(); // controls need the toolkit before they are made
    }

    /** Shows {@code content} in a 400×300 window and returns what the check finds. */
    static List<String> problemsOf(Region content) throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        Scene[] scene = new Scene[1];
        FxToolkit.setupStage(s -> {
            scene[0] = new Scene(content, 400, 300);
            s.setScene(scene[0]);
            s.show();
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isShowing()).isTrue();
        return LayoutCheck.problems(scene[0]);
    }

    @Test
    void aLabelCutShortWithAnEllipsisIsNamed() throws Exception {
        Label long1 = new Label("这是一段很长很长的说明文字，窄窗口里一行放不下，会被省略号截断");
        long1.setId("long");
        long1.setMaxWidth(150);
        Label fits = new Label("短");
        fits.setId("short");
        List<String> found = problemsOf(new VBox(long1, fits));
        assertThat(found).anyMatch(p -> p.startsWith("#long") && p.contains("cut short"));
        assertThat(found).noneMatch(p -> p.startsWith("#short"));
    }

    @Test
    void aBigNumberBrokenAcrossLinesIsNamedAndOneLineKeepsItWhole() throws Exception {
        Label broken = bigNumber("broken");
        Label whole = bigNumber("whole");
        VBox column = new VBox(broken, new org.timestation.kiosk.widget.OneLine(whole));
        column.setMaxWidth(300);
        List<String> found = problemsOf(new VBox(column));
        assertThat(found).anyMatch(p -> p.startsWith("#broken") && p.contains("broken across"));
        assertThat(found).noneMatch(p -> p.startsWith("#whole"));
        assertThat(whole.getScaleX()).as("drawn smaller to fit 300 px").isLessThan(1);
        assertThat(whole.getText()).isEqualTo("1154小时30分钟");
    }

    @Test
    void aCentredOneLineSitsInTheMiddleWhenItFitsAndFillsTheWidthWhenItDoesNot() throws Exception {
        Label fits = new Label("请刷卡");
        fits.setStyle("-fx-font-size: 20px");
        Label tooLong = bigNumber("title");
        org.timestation.kiosk.widget.OneLine small = new org.timestation.kiosk.widget.OneLine(fits).centred();
        org.timestation.kiosk.widget.OneLine big = new org.timestation.kiosk.widget.OneLine(tooLong).centred();
        VBox column = new VBox(small, big);
        column.setMaxWidth(300);
        assertThat(problemsOf(new VBox(column))).noneMatch(p -> p.startsWith("#title"));
        javafx.geometry.Bounds f = small.sceneToLocal(fits.localToScene(fits.getBoundsInLocal()));
        assertThat(f.getMinX()).as("as much room left as right").isCloseTo(small.getWidth() - f.getMaxX(), org.assertj.core.data.Offset.offset(1.0));
        assertThat(f.getMinX()).isGreaterThan(50);
        javafx.geometry.Bounds b = big.sceneToLocal(tooLong.localToScene(tooLong.getBoundsInLocal()));
        assertThat(tooLong.getScaleX()).isLessThan(1);
        assertThat(b.getMinX()).as("drawn smaller, from edge to edge").isCloseTo(0, org.assertj.core.data.Offset.offset(1.0));
        assertThat(b.getMaxX()).isCloseTo(big.getWidth(), org.assertj.core.data.Offset.offset(1.0));
    }

    /** 1154小时30分钟 at 60 px: wider than the 300 px column, wrapping as a plain label would. */
    private static Label bigNumber(String id) {
        Label l = new Label("1154小时30分钟");
        l.setId(id);
        l.getStyleClass().add(org.timestation.kiosk.theme.Styles.BIG_NUMBER);
        l.setStyle("-fx-font-size: 60px");
        l.setWrapText(true);
        return l;
    }

    @Test
    void aLabelOutsideTheWindowIsNamed() throws Exception {
        Label away = new Label("看不见");
        away.setId("away");
        away.setManaged(false);
        away.autosize();
        away.relocate(5000, 10); // beyond any window the check runs in
        Label here = new Label("看得见");
        here.setId("here");
        List<String> found = problemsOf(new VBox(here, away));
        assertThat(found).anyMatch(p -> p.startsWith("#away") && p.contains("outside the window"));
        assertThat(found).noneMatch(p -> p.startsWith("#here"));
    }

    @Test
    void aListTallerThanItsWindowWithoutAWideBarIsNamed() throws Exception {
        VBox rows = new VBox();
        for (int i = 0; i < 30; i++) {
            rows.getChildren().add(new Label("第 " + i + " 行"));
        }
        ScrollPane list = new ScrollPane(rows);
        list.setId("rows");
        list.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        list.setPrefHeight(120);
        ScrollPane shortList = new ScrollPane(new Label("只有一行"));
        shortList.setId("fits");
        shortList.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        List<String> found = problemsOf(new VBox(list, shortList));
        assertThat(found).anyMatch(p -> p.startsWith("the list #rows is taller than its window"));
        assertThat(found).noneMatch(p -> p.contains("#fits"));
    }
}
