package org.timestation.kiosk.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.api.FxToolkit;

/** Renders a scene to a PNG under {@code target/screenshots} (or {@code -Dscreenshots.dir}). */
public final class Screenshots {
    private Screenshots() {
    }

    public static Path dir() {
        return Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
    }

    /**
     * Saves the screen as the flow reached it and fails when it does not fit (the {@link LayoutCheck}): every
     * state a flow stops to look at is a state a resident sees.
     */
    public static Path saveFitting(Scene scene, String name) {
        Path file = save(scene, name);
        java.util.List<String> problems = LayoutCheck.problems(scene);
        if (!problems.isEmpty()) {
            throw new AssertionError("what does not fit on " + name + " (" + (int) scene.getWidth() + "×" + (int) scene.getHeight() + "): " + problems);
        }
        return file;
    }

    public static Path save(Scene scene, String name) {
        try {
            WritableImage image = org.testfx.util.WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get();
            Path file = dir().resolve(name + ".png");
            Files.createDirectories(file.getParent());
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("snapshot failed", e);
        }
    }

    static void touch() {
        FxToolkit.toolkitContext();
    }
}
