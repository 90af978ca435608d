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
