package org.timestation.device.printer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A receipt printer that speaks ESC/POS bytes, for demo mode and tests: it reads what a driver
 * sends (over a pseudo-terminal or pipes), answers {@code DLE EOT} with its state, and keeps what it
 * printed as text lines (GB18030 decoded), QR contents and cuts. Its state can be changed (paper
 * out, near end, cover open, offline) and it can run out of paper after a number of lines. While not
 * ready it prints nothing, as a real printer would. Unknown commands are skipped.
 */
public final class PrinterSimulator {
    /** The longest line or QR store kept; longer ones are cut (bounded memory whatever arrives). */
    static final int MAX_BUFFER = 8192;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private final List<String> lines = new ArrayList<>();
    private final List<String> qrs = new ArrayList<>();
    private byte[] storedQr;
    private int cuts;
    private int lastCutAt;
    private List<String> lastReceipt = List.of();
    private PrinterStatus state = PrinterStatus.READY;
    private int paperLines = Integer.MAX_VALUE;
    // parser state: the command being read
    private final int[] head = new int[8];
    private int headLength;
    private int payloadLeft;
    private final ByteArrayOutputStream payload = new ByteArrayOutputStream();
    /** The raster image being received ({@code GS v 0}): its width in bytes and height in dots; 0 while none. */
    private int rasterRowBytes;
    private int rasterHeight;
    private final List<java.awt.image.BufferedImage> rasters = new ArrayList<>();
    private OutputStream answers = OutputStream.nullOutputStream();

    /** Reads and answers until the input ends (the cable is pulled, the pair closed). */
    public void serve(InputStream in, OutputStream out) throws IOException {
        synchronized (this) {
            answers = out;
        }
        for (int b = in.read(); b >= 0; b = in.read()) {
            feed(b);
        }
    }

    /** One byte from the host. */
    public synchronized void feed(int b) throws IOException {
        b &= 0xFF;
        if (payloadLeft > 0) {
            if (payload.size() < MAX_BUFFER || rasterHeight > 0) { // a bitmap is kept whole (it is bounded by its header)
                payload.write(b);
            }
            if (--payloadLeft == 0) {
                if (rasterHeight > 0) {
                    raster(payload.toByteArray());
                } else {
                    twoDimensional(payload.toByteArray());
                }
            }
            return;
        }
        if (headLength > 0) {
            head[headLength++] = b;
            command();
            return;
        }
        switch (b) {
            case 0x1B, 0x1D, 0x1C, 0x10 -> head[headLength++] = b;
            case 0x0A -> endLine();
            case 0x0D -> { }
            default -> {
                if (line.size() < MAX_BUFFER) {
                    line.write(b);
                }
            }
        }
    }

    /** Reads a command's bytes as they come; acts once it has them all. */
    private void command() throws IOException {
        int c0 = head[0];
        int c1 = head[1];
        int n = headLength;
        if (c0 == 0x1B) {                              // ESC @ | ESC a n | ESC E n | ESC d n | ESC t n | ESC ! n | ESC - n
            if (c1 == '@') {
                done();
            } else if (n == 3) {
                if (c1 == 'd' && ready()) {
                    for (int i = 0; i < head[2]; i++) {
                        endLine();
                    }
                }
                done();
            }
        } else if (c0 == 0x1C) {                       // FS & | FS .
            done();
        } else if (c0 == 0x10) {                       // DLE EOT n
            if (c1 != 0x04) {
                done();
            } else if (n == 3) {
                answer(head[2]);
                done();
            }
        } else if (c1 == '(') {                        // GS ( k pL pH ...
            if (n == 5) {
                payloadLeft = head[3] | head[4] << 8;
                payload.reset();
                done();
                if (payloadLeft == 0) {
                    twoDimensional(new byte[0]);
                }
            }
        } else if (c1 == 'v') {                        // GS v 0 m xL xH yL yH, then xL+xH*256 bytes per row, yL+yH*256 rows
            if (n == 8) {
                rasterRowBytes = head[4] | head[5] << 8;
                rasterHeight = head[6] | head[7] << 8;
                payloadLeft = rasterRowBytes * rasterHeight;
                payload.reset();
                done();
                if (payloadLeft == 0) {
                    rasterHeight = 0; // an empty picture: nothing follows
                }
            }
        } else if (c1 == 'V') {                        // GS V m | GS V m n (m = 65, 66)
            if (n == 3 && head[2] != 65 && head[2] != 66 || n == 4) {
                if (ready()) {
                    endLineIfAny();
                    cuts++;
                    lastReceipt = List.copyOf(lines.subList(lastCutAt, lines.size()));
                    lastCutAt = lines.size();
                }
                done();
            }
        } else if (n == 3) {                           // GS ! n and other three-byte commands
            done();
        }
    }

    private void done() {
        headLength = 0;
    }

    /** {@code GS v 0}: a raster bitmap, kept as an image; a QR code in it is read back (ZXing) as the printer's paper shows it. */
    private void raster(byte[] bits) {
        int width = rasterRowBytes * 8;
        int height = rasterHeight;
        rasterHeight = 0;
        if (!ready()) {
            return;
        }
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_BYTE_BINARY);
        int[] argb = new int[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                boolean black = (bits[y * rasterRowBytes + x / 8] & (0x80 >> (x % 8))) != 0;
                argb[y * width + x] = black ? 0xFF000000 : 0xFFFFFFFF;
            }
        }
        img.setRGB(0, 0, width, height, argb, 0, width);
        rasters.add(img);
        try {
            com.google.zxing.Result r = new com.google.zxing.qrcode.QRCodeReader().decode(new com.google.zxing.BinaryBitmap(
                    new com.google.zxing.common.HybridBinarizer(new com.google.zxing.RGBLuminanceSource(width, height, argb))));
            qrs.add(r.getText());
        } catch (com.google.zxing.NotFoundException | com.google.zxing.ChecksumException | com.google.zxing.FormatException notAQr) {
            // a picture that is not a QR code: kept as a picture only
        }
    }

    /** The raster bitmaps printed ({@code GS v 0}), in order. */
    public synchronized List<java.awt.image.BufferedImage> rasters() {
        return List.copyOf(rasters);
    }

    /** {@code GS ( k}: cn 0x31 is QR; fn 0x50 stores (m, then data), fn 0x51 prints what was stored. */
    private void twoDimensional(byte[] p) {
        if (p.length < 2 || (p[0] & 0xFF) != 0x31) {
            return;
        }
        int fn = p[1] & 0xFF;
        if (fn == 0x50 && p.length >= 3) {
            storedQr = java.util.Arrays.copyOfRange(p, 3, p.length);
        } else if (fn == 0x51 && storedQr != null && ready()) {
            qrs.add(new String(storedQr, StandardCharsets.UTF_8));
        }
    }

    private void answer(int n) throws IOException {
        int[] bytes = state.bytes();
        int b = switch (n) {
            case 1 -> bytes[0];
            case 2 -> bytes[1];
            case 3 -> PrinterStatus.FIXED_BITS;
            case 4 -> bytes[2];
            default -> -1;
        };
        if (b >= 0) {
            answers.write(b);
            answers.flush();
        }
    }

    private boolean ready() {
        return state.ready();
    }

    private void endLineIfAny() {
        if (line.size() > 0) {
            endLine();
        }
    }

    private void endLine() {
        if (ready()) {
            lines.add(new String(line.toByteArray(), EscPos.GB18030));
            if (--paperLines <= 0) {
                state = new PrinterStatus(true, state.coverOpen(), true, true, state.error());
            }
        }
        line.reset();
    }

    public synchronized void set(PrinterStatus s) {
        state = s;
    }

    /** The roll ends after {@code n} more lines. */
    public synchronized void paperFor(int n) {
        paperLines = n;
    }

    public synchronized PrinterStatus state() {
        return state;
    }

    public synchronized List<String> lines() {
        return List.copyOf(lines);
    }

    public synchronized List<String> qrCodes() {
        return List.copyOf(qrs);
    }

    /** The paper of the last receipt cut off (what the strip shows), empty before the first. */
    public synchronized List<String> lastReceipt() {
        return lastReceipt;
    }

    public synchronized int cuts() {
        return cuts;
    }
}
