package org.timestation.device.printer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timestation.device.ReceiptPrinter.Receipt;

/** A receipt that could not print survives a restart of the kiosk until it has been reprinted. */
class ReceiptKeeperTest {
    @TempDir
    Path dir;

    @Test
    void aKeptReceiptIsReadBackWholeAfterARestartAndForgottenOnceReprinted() throws Exception {
        Receipt voucher = new Receipt("兑换券", List.of("王秀英", "第二行\n换行 = and \\ backslash"), "TS1.ABC");
        ReceiptKeeper keeper = new ReceiptKeeper(dir.resolve("receipts-kept"));
        ReceiptKeeper.Kept k = keeper.keep(voucher, Instant.parse("2026-11-23T01:00:00Z"));
        keeper.keep(new Receipt("转赠", List.of("x"), null), Instant.parse("2026-11-23T01:05:00Z"));
        ReceiptKeeper again = new ReceiptKeeper(dir.resolve("receipts-kept")); // the kiosk restarted
        assertThat(again.kept()).hasSize(2);
        assertThat(again.kept().get(0).receipt()).isEqualTo(voucher);
        Files.writeString(dir.resolve("receipts-kept/broken.receipt"), "at=notanumber");
        assertThat(again.kept()).as("a damaged file is skipped").hasSize(2);
        again.done(k.id());
        assertThat(again.kept()).extracting(x -> x.receipt().title()).containsExactly("转赠");
    }
}
