package org.timestation.admin.funds;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import org.timestation.admin.staff.Refused;

/**
 * The pictures of the funds ledger's vouchers (receipts, bank slips), kept content-addressed: a
 * picture is stored once under the SHA-256 of its bytes, and the ledger's event holds only
 * {@code sha256:<hex>}. Whoever holds the picture can check that it is the one the event names; a
 * picture changed after the fact no longer matches.
 */
public final class VoucherPictures {
    /** The largest picture kept (a phone photo of a receipt is 2–6 MB). */
    public static final long MAX_BYTES = 20L * 1024 * 1024;
    private static final String PREFIX = "sha256:";
    private static final Pattern REF = Pattern.compile("sha256:[0-9a-f]{64}");
    private final Path folder;

    public VoucherPictures(Path folder) {
        this.folder = folder;
    }

    /** The folder of a console's data folder where the pictures are kept. */
    public static VoucherPictures in(Path dataDir) {
        return new VoucherPictures(dataDir.resolve("vouchers"));
    }

    /**
     * Keeps a copy of {@code picture} (JPEG, PNG or PDF, at most {@link #MAX_BYTES}) and returns the
     * reference the event holds. The same bytes kept twice are one file. Nothing is kept on a refusal.
     */
    public String keep(Path picture) {
        byte[] bytes;
        try {
            if (!Files.isRegularFile(picture, LinkOption.NOFOLLOW_LINKS)) {
                throw new Refused("找不到这个文件：" + picture.getFileName() + "。请重新选择凭证图片。",
                        "There is no such file: " + picture.getFileName() + ". Choose the voucher's picture again.");
            }
            if (Files.size(picture) > MAX_BYTES) {
                throw new Refused("凭证图片太大（超过 20 MB）。请用手机重新拍一张，或缩小后再选。",
                        "The voucher picture is too large (over 20 MB). Take it again with a phone, or make it smaller.");
            }
            bytes = Files.readAllBytes(picture);
        } catch (IOException e) {
            throw new Refused("读不出这个文件：" + e.getMessage() + "。请换一个文件再试。", "The file could not be read: " + e.getMessage()
                    + ". Try another file.");
        }
        String ext = kind(bytes).orElseThrow(() -> new Refused("这不是图片或 PDF。凭证请用照片（JPG、PNG）或扫描的 PDF。",
                "This is not a picture or a PDF. Use a photo (JPG, PNG) or a scanned PDF for the voucher."));
        String hex = HexFormat.of().formatHex(sha256(bytes));
        try {
            Files.createDirectories(folder);
            Path target = folder.resolve(hex + "." + ext);
            if (!Files.exists(target)) {
                Path tmp = Files.createTempFile(folder, ".voucher", ".tmp");
                Files.write(tmp, bytes);
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return PREFIX + hex;
    }

    /** What this console holds of a line's picture. */
    public enum Held { HERE, NOT_HERE, CHANGED }

    /** Whether this console holds the picture {@code ref} names, and whether its bytes still match the hash in the ledger. */
    public Held check(String ref) {
        Optional<Path> p = file(ref);
        if (p.isEmpty()) {
            return Held.NOT_HERE;
        }
        try (InputStream in = Files.newInputStream(p.get())) {
            return HexFormat.of().formatHex(sha256(in.readAllBytes())).equals(ref.substring(PREFIX.length())) ? Held.HERE : Held.CHANGED;
        } catch (IOException e) {
            return Held.CHANGED;
        }
    }

    /** The file a reference names, if this console has one (its bytes not checked: see {@link #check}). */
    public Optional<Path> file(String ref) {
        if (ref == null || !REF.matcher(ref).matches()) {
            return Optional.empty();
        }
        String hex = ref.substring(PREFIX.length());
        for (String ext : new String[] {"jpg", "png", "pdf"}) {
            Path p = folder.resolve(hex + "." + ext);
            if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> kind(byte[] b) {
        if (b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return Optional.of("jpg");
        }
        if (b.length > 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return Optional.of("png");
        }
        if (b.length > 5 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F' && b[4] == '-') {
            return Optional.of("pdf");
        }
        return Optional.empty();
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
