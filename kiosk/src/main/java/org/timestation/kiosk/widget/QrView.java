package org.timestation.kiosk.widget;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * A QR code drawn on screen, black squares on white with the four-module quiet zone, large enough
 * for a merchant's scanner to read from the kiosk's screen (a voucher when the printer cannot print).
 */
public final class QrView {
    private QrView() {
    }

    /** The code's modules (true = dark), quiet zone included. */
    public static BitMatrix modules(String text) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, 4, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot make a QR code of " + text.length() + " characters", e);
        }
    }

    /** The code drawn in a square of about {@code size} pixels (whole pixels per module, so it stays sharp). */
    public static Canvas of(String text, double size) {
        BitMatrix m = modules(text);
        int n = m.getWidth();
        double module = Math.max(2, Math.floor(size / n));
        Canvas c = new Canvas(module * n, module * n);
        GraphicsContext g = c.getGraphicsContext2D();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, c.getWidth(), c.getHeight());
        g.setFill(Color.BLACK);
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                if (m.get(x, y)) {
                    g.fillRect(x * module, y * module, module, module);
                }
            }
        }
        return c;
    }
}
