package org.timestation.kiosk.theme;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javafx.scene.Scene;
import javafx.scene.text.Font;

/** Loads the bundled CJK font and the kiosk stylesheet (colours and sizes as tokens in one place). */
public final class Theme {
    /** Family name of the bundled font, as CSS refers to it. */
    public static final String FONT_FAMILY = "Droid Sans Fallback";
    private static final String FONT = "/org/timestation/fonts/DroidSansFallbackFull.ttf";

    private Theme() {
    }

    public static void apply(Scene scene) {
        loadFont();
        scene.getStylesheets().add(Theme.class.getResource("/org/timestation/kiosk/theme/kiosk.css").toExternalForm());
    }

    static void loadFont() {
        try (InputStream in = Theme.class.getResourceAsStream(FONT)) {
            if (in == null || Font.loadFont(in, 28) == null) {
                throw new IllegalStateException("the bundled font " + FONT + " could not be loaded");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
