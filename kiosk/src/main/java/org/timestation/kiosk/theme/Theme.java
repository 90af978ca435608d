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

    /**
     * Loads the font from a copy in the temporary folder (made once, checked by size): loading from a
     * file is quicker than from the jar, which JavaFX would copy to a new temporary file at every start.
     */
    static void loadFont() {
        try {
            java.nio.file.Path cached = cachedFont();
            if (Font.loadFont(cached.toUri().toString(), 28) != null) {
                return;
            }
        } catch (IOException | RuntimeException e) {
            // fall back to the copy inside the jar
        }
        try (InputStream in = Theme.class.getResourceAsStream(FONT)) {
            if (in == null || Font.loadFont(in, 28) == null) {
                throw new IllegalStateException("the bundled font " + FONT + " could not be loaded");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static java.nio.file.Path cachedFont() throws IOException {
        java.net.URLConnection c = Theme.class.getResource(FONT).openConnection();
        long size = c.getContentLengthLong();
        java.nio.file.Path dir = java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), "timestation-font-" + System.getProperty("user.name"));
        java.nio.file.Path file = dir.resolve(size + "-DroidSansFallbackFull.ttf");
        if (size > 0 && java.nio.file.Files.isRegularFile(file) && java.nio.file.Files.size(file) == size) {
            return file;
        }
        java.nio.file.Files.createDirectories(dir);
        java.nio.file.Path tmp = java.nio.file.Files.createTempFile(dir, "font", ".tmp");
        try (InputStream in = c.getInputStream()) {
            java.nio.file.Files.copy(in, tmp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        java.nio.file.Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return file;
    }
}
