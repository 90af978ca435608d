package org.timestation.device.printer;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Our own small ESC/POS builder for 58 and 80 mm receipt printers: init, Chinese mode, GB18030
 * text, sizes, alignment, bold, line feeds, a QR code through {@code GS ( k} (model 2, module size,
 * error correction, store with the byte length of the UTF-8 data, print), and cuts.
 */
public final class EscPos {
    public static final Charset GB18030 = Charset.forName("GB18030");
    private static final int ESC = 0x1B;
    private static final int GS = 0x1D;
    private static final int FS = 0x1C;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    public enum Align { LEFT, CENTER, RIGHT }

    /** Error correction of a QR code: L 7 %, M 15 %, Q 25 %, H 30 %. */
    public enum Correction { L, M, Q, H }

    /** ESC @ then FS & (Chinese character mode). */
    public EscPos init() {
        bytes(ESC, '@', FS, '&');
        return this;
    }

    public EscPos align(Align a) {
        bytes(ESC, 'a', a.ordinal());
        return this;
    }

    public EscPos bold(boolean on) {
        bytes(ESC, 'E', on ? 1 : 0);
        return this;
    }

    /** Character size, 1–8 times in each direction ({@code GS !}). */
    public EscPos size(int width, int height) {
        if (width < 1 || width > 8 || height < 1 || height > 8) {
            throw new IllegalArgumentException("size 1..8");
        }
        bytes(GS, '!', (width - 1) << 4 | (height - 1));
        return this;
    }

    /** Text in GB18030 (characters it cannot encode become '?'), without a line feed. */
    public EscPos text(String s) {
        out.writeBytes(s.getBytes(GB18030));
        return this;
    }

    public EscPos line(String s) {
        return text(s).feed();
    }

    public EscPos feed() {
        out.write('\n');
        return this;
    }

    /** Feeds {@code n} lines ({@code ESC d n}). */
    public EscPos feed(int n) {
        bytes(ESC, 'd', n);
        return this;
    }

    /**
     * A QR code of {@code data} (UTF-8 bytes stored as they are: no character-set conversion for the
     * code's contents), module size 1–16 dots.
     */
    public EscPos qr(String data, int moduleSize, Correction ec) {
        byte[] d = data.getBytes(StandardCharsets.UTF_8);
        if (d.length > 7089 || moduleSize < 1 || moduleSize > 16) {
            throw new IllegalArgumentException("QR data too long or bad module size");
        }
        bytes(GS, '(', 'k', 4, 0, 0x31, 0x41, 0x32, 0x00);           // model 2
        bytes(GS, '(', 'k', 3, 0, 0x31, 0x43, moduleSize);            // module size
        bytes(GS, '(', 'k', 3, 0, 0x31, 0x45, 0x30 + ec.ordinal());   // error correction
        int len = d.length + 3;
        bytes(GS, '(', 'k', len & 0xFF, len >> 8, 0x31, 0x50, 0x30);  // store
        out.writeBytes(d);
        bytes(GS, '(', 'k', 3, 0, 0x31, 0x51, 0x30);                  // print
        return this;
    }

    /**
     * A QR code of {@code data} drawn here and sent as a raster bitmap ({@code GS v 0}), for printers that cannot
     * draw QR codes themselves: each module {@code moduleSize} dots square, with the four-module quiet zone.
     */
    public EscPos rasterQr(String data, int moduleSize, Correction ec) {
        if (moduleSize < 1 || moduleSize > 16) {
            throw new IllegalArgumentException("bad module size");
        }
        com.google.zxing.common.BitMatrix m;
        try {
            m = new com.google.zxing.qrcode.QRCodeWriter().encode(data, com.google.zxing.BarcodeFormat.QR_CODE, 0, 0,
                    java.util.Map.of(com.google.zxing.EncodeHintType.ERROR_CORRECTION,
                            com.google.zxing.qrcode.decoder.ErrorCorrectionLevel.valueOf(ec.name()),
                            com.google.zxing.EncodeHintType.CHARACTER_SET, "UTF-8", com.google.zxing.EncodeHintType.MARGIN, 4));
        } catch (com.google.zxing.WriterException e) {
            throw new IllegalArgumentException("QR data too long", e);
        }
        int width = m.getWidth() * moduleSize;
        int height = m.getHeight() * moduleSize;
        int rowBytes = (width + 7) / 8;
        bytes(GS, 'v', '0', 0, rowBytes & 0xFF, rowBytes >> 8, height & 0xFF, height >> 8);
        for (int y = 0; y < height; y++) {
            for (int xb = 0; xb < rowBytes; xb++) {
                int bits = 0;
                for (int bit = 0; bit < 8; bit++) {
                    int x = xb * 8 + bit;
                    if (x < width && m.get(x / moduleSize, y / moduleSize)) {
                        bits |= 0x80 >> bit;
                    }
                }
                out.write(bits);
            }
        }
        return this;
    }

    /** Full cut ({@code GS V 0}) or partial cut ({@code GS V 1}). */
    public EscPos cut(boolean partial) {
        bytes(GS, 'V', partial ? 1 : 0);
        return this;
    }

    /** A status request ({@code DLE EOT n}): 1 printer, 2 offline cause, 3 error cause, 4 paper sensor. */
    public static byte[] statusRequest(int n) {
        return new byte[] {0x10, 0x04, (byte) n};
    }

    public byte[] bytes() {
        return out.toByteArray();
    }

    private void bytes(int... bs) {
        for (int b : bs) {
            out.write(b);
        }
    }
}
