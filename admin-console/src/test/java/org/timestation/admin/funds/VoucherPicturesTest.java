package org.timestation.admin.funds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timestation.admin.staff.Refused;

/** Voucher pictures are kept under the hash of their bytes; a changed picture is found out; what is not a picture is refused and nothing kept. */
class VoucherPicturesTest {
    @TempDir
    Path dir;

    static byte[] png(int size) {
        byte[] b = new byte[size];
        new java.util.Random(size).nextBytes(b);
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, 0, b, 0, 8);
        return b;
    }

    @Test
    void aPictureIsKeptOnceUnderItsHashAndAChangeIsFoundOut() throws Exception {
        VoucherPictures pictures = VoucherPictures.in(dir.resolve("console"));
        byte[] bytes = png(5000);
        Path a = Files.write(dir.resolve("a.png"), bytes);
        Path b = Files.write(dir.resolve("copy of a.png"), bytes);
        String ref = pictures.keep(a);
        assertThat(ref).isEqualTo("sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
        assertThat(pictures.keep(b)).isEqualTo(ref);
        try (var files = Files.list(dir.resolve("console/vouchers"))) {
            assertThat(files.toList()).singleElement().satisfies(p -> assertThat(p.getFileName().toString()).isEqualTo(ref.substring(7) + ".png"));
        }
        assertThat(pictures.check(ref)).isEqualTo(VoucherPictures.Held.HERE);
        bytes[100] ^= 1;
        Files.write(pictures.file(ref).orElseThrow(), bytes);
        assertThat(pictures.check(ref)).isEqualTo(VoucherPictures.Held.CHANGED);
        assertThat(pictures.check("sha256:" + "0".repeat(64))).isEqualTo(VoucherPictures.Held.NOT_HERE);
        assertThat(pictures.check("../../etc/passwd")).isEqualTo(VoucherPictures.Held.NOT_HERE);
    }

    @Test
    void whatIsNotAPictureOrTooLargeIsRefusedInBothLanguagesAndNothingIsKept() throws IOException {
        VoucherPictures pictures = VoucherPictures.in(dir.resolve("console"));
        Path text = Files.writeString(dir.resolve("receipt.jpg"), "not a picture at all");
        assertThatThrownBy(() -> pictures.keep(text)).isInstanceOfSatisfying(Refused.class,
                r -> assertThat(r.text().zh() + r.text().en()).contains("不是图片").contains("not a picture"));
        Path big = Files.write(dir.resolve("big.png"), png((int) VoucherPictures.MAX_BYTES + 1));
        assertThatThrownBy(() -> pictures.keep(big)).isInstanceOfSatisfying(Refused.class, r -> assertThat(r.text().zh()).contains("20 MB"));
        assertThatThrownBy(() -> pictures.keep(dir.resolve("missing.png"))).isInstanceOf(Refused.class);
        assertThat(dir.resolve("console/vouchers")).doesNotExist();
    }
}
