package org.timestation.datafolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.timestation.ledger.NodeIdentity;
import org.timestation.text.DomainException;
import org.timestation.text.ErrorCode;

class KeyBackupTest {
    final DataFolder.Keys keys = new DataFolder.Keys(NodeIdentity.generate("station-a", new SecureRandom()), new byte[] {
        1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32});
    final char[] passphrase = "幸福里驿站 key 2026".toCharArray();

    static void refused(ErrorCode code, Runnable r) {
        assertThatThrownBy(r::run).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.text().zh()).containsPattern("\\p{IsHan}");
        });
    }

    @Test
    void aBackupGivesBackExactlyTheKeysWithTheRightPassphrase() {
        byte[] file = KeyBackup.export(keys, passphrase, new SecureRandom());
        String text = new String(file, StandardCharsets.US_ASCII);
        assertThat(text).startsWith("TIMESTATION-KEYS 1\nkdf argon2id m=65536 t=3 p=1 salt=").contains("cipher aes-256-gcm nonce=");
        assertThat(text).as("no key in clear").doesNotContain("station-a").doesNotContain("0102030405");
        DataFolder.Keys back = KeyBackup.read(file, passphrase);
        assertThat(back.node().nodeId()).isEqualTo("station-a");
        assertThat(back.node().privateKey()).isEqualTo(keys.node().privateKey());
        assertThat(back.node().publicKey()).isEqualTo(keys.node().publicKey());
        assertThat(back.communityKey()).isEqualTo(keys.communityKey());
    }

    @Test
    void aWrongPassphraseOrAChangedByteGivesNothingBack() {
        byte[] file = KeyBackup.export(keys, passphrase, new SecureRandom());
        refused(ErrorCode.KEY_BACKUP_PASSPHRASE_WRONG, () -> KeyBackup.read(file, "幸福里驿站 key 2025".toCharArray()));
        byte[] changed = file.clone();
        changed[changed.length - 10] = (byte) (changed[changed.length - 10] == 'A' ? 'B' : 'A');
        assertThatThrownBy(() -> KeyBackup.read(changed, passphrase)).isInstanceOf(DomainException.class);
        String weakened = new String(file, StandardCharsets.US_ASCII).replace("m=65536 t=3", "m=65536 t=1");
        refused(ErrorCode.KEY_BACKUP_PASSPHRASE_WRONG, () -> KeyBackup.read(weakened.getBytes(StandardCharsets.US_ASCII), passphrase));
        refused(ErrorCode.KEY_BACKUP_DAMAGED, () -> KeyBackup.read("hello".getBytes(StandardCharsets.US_ASCII), passphrase));
    }

    @Test
    void aShortPassphraseIsRefused() {
        refused(ErrorCode.PASSPHRASE_TOO_SHORT, () -> KeyBackup.export(keys, "123456".toCharArray(), new SecureRandom()));
    }

    @Test
    void eachBackupHasItsOwnSaltAndNonce() {
        assertThat(KeyBackup.export(keys, passphrase, new SecureRandom())).isNotEqualTo(KeyBackup.export(keys, passphrase, new SecureRandom()));
    }
}
