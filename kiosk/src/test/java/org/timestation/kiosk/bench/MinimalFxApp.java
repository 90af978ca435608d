package org.timestation.kiosk.bench;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The cold-start baseline: the least a JavaFX program can show, one label in a window, started the
 * same way as the kiosk (plain {@code main}, {@code Platform.startup}) and printing {@code shown}
 * after its first frame, as the kiosk's start-up probe does.
 */
public final class MinimalFxApp {
    private MinimalFxApp() {
    }

    public static void main(String[] args) {
        Platform.startup(() -> {
            Stage stage = new Stage();
            Scene scene = new Scene(new Label("时间驿站"), 1280, 800);
            stage.setScene(scene);
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                scene.removePostLayoutPulseListener(once[0]);
                System.out.println("shown");
                System.out.flush();
                stage.close();
                Platform.exit();
            };
            scene.addPostLayoutPulseListener(once[0]);
            stage.show();
        });
    }
}
