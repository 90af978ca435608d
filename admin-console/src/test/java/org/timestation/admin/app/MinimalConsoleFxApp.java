package org.timestation.admin.app;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The console's cold-start baseline: one label in a 1440×900 window, started as the console is, printing {@code shown} after its first frame. */
public final class MinimalConsoleFxApp {
    private MinimalConsoleFxApp() {
    }

    public static void main(String[] args) {
        Platform.startup(() -> {
            Stage stage = new Stage();
            Scene scene = new Scene(new Label("时间驿站 · 站长管理端"), 1440, 900);
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
