package org.timestation.datafolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timestation.community.Community;
import org.timestation.community.TestStation;
import org.timestation.demo.DemoCommunity;
import org.timestation.member.Gender;
import org.timestation.member.Registration;
import org.timestation.member.Role;
import org.timestation.text.DomainException;
import org.timestation.text.ErrorCode;

/** What an insider with the data folder tried on the keys, and what the folder does about it now. */
class DataFolderTest {
    static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
    static final Set<PosixFilePermission> OWNER_FOLDER = PosixFilePermissions.fromString("rwx------");

    @TempDir
    Path tmp;

    Path newStation() {
        Path dir = tmp.resolve("station");
        try (Community c = DataFolder.at(dir).openOrCreate("station-a", Clock.systemUTC(), new SecureRandom())) {
            TestStation.registerInto(c, "王秀英", 1);
        }
        return dir;
    }

    static Map<String, String> snapshot(Path dir) throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                if (!f.getFileName().toString().startsWith("ledger")) {
                    out.put(f.getFileName().toString(), HexFormat.of().formatHex(Files.readAllBytes(f)));
                }
            }
        }
        return out;
    }

    static void refused(ErrorCode code, String file, Runnable r) {
        assertThatThrownBy(r::run).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.text().zh()).contains(file).contains("keys import");
            assertThat(e.text().en()).contains(file).contains("keys import");
        });
    }

    @Test
    void aMissingPublicKeyFileRefusesToOpenAndTheOtherKeysAreNotTouched() throws Exception {
        Path dir = newStation();
        Files.delete(dir.resolve(DataFolder.NODE_PUB));
        Map<String, String> before = snapshot(dir);
        refused(ErrorCode.KEY_FILE_MISSING, DataFolder.NODE_PUB, () -> DataFolder.at(dir).open(Clock.systemUTC()));
        refused(ErrorCode.KEY_FILE_MISSING, DataFolder.NODE_PUB, () -> DataFolder.at(dir).openOrCreate("station-a", Clock.systemUTC(),
                new SecureRandom()));
        assertThat(snapshot(dir)).as("no key file written, the private key kept as it was").isEqualTo(before);
    }

    @Test
    void aMissingCommunityKeyRefusesToOpenInsteadOfRegisteringTheSameCardAgain() throws Exception {
        Path dir = newStation();
        Files.delete(dir.resolve(DataFolder.COMMUNITY_KEY));
        Map<String, String> before = snapshot(dir);
        refused(ErrorCode.KEY_FILE_MISSING, DataFolder.COMMUNITY_KEY, () -> DataFolder.at(dir).open(Clock.systemUTC()));
        assertThat(snapshot(dir)).isEqualTo(before);
    }

    @Test
    void aReplacedCommunityKeyOrNodeKeyIsNotThisLedgersAndRefused() throws Exception {
        Path dir = newStation();
        Path other = tmp.resolve("other");
        DataFolder.at(other).create("station-a", null, new SecureRandom());
        for (String file : List.of(DataFolder.COMMUNITY_KEY, DataFolder.NODE_KEY)) {
            Path copy = tmp.resolve("copy-" + file);
            Files.createDirectories(copy);
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.copy(f, copy.resolve(f.getFileName()));
                }
            }
            Files.delete(copy.resolve(file));
            Files.copy(other.resolve(file), copy.resolve(file));
            if (file.equals(DataFolder.NODE_KEY)) {
                Files.delete(copy.resolve(DataFolder.NODE_PUB));
                Files.copy(other.resolve(DataFolder.NODE_PUB), copy.resolve(DataFolder.NODE_PUB));
            }
            refused(ErrorCode.KEY_MISMATCH, file, () -> DataFolder.at(copy).open(Clock.systemUTC()));
        }
    }

    @Test
    void aPublicKeyThatIsNotThePrivateKeysIsRefused() throws Exception {
        Path dir = newStation();
        Path other = tmp.resolve("other");
        DataFolder.at(other).create("station-a", null, new SecureRandom());
        Files.delete(dir.resolve(DataFolder.NODE_PUB));
        Files.copy(other.resolve(DataFolder.NODE_PUB), dir.resolve(DataFolder.NODE_PUB));
        refused(ErrorCode.KEY_MISMATCH, DataFolder.NODE_PUB, () -> DataFolder.at(dir).open(Clock.systemUTC()));
    }

    @Test
    void theFolderIsOwnerOnlyAndEveryKeyFileTooAsTheDemosIs() throws Exception {
        Path station = newStation();
        Path demo = tmp.resolve("demo");
        DemoCommunity.generate(demo, DemoCommunity.Options.of(12, 1, 3, LocalDate.of(2026, 6, 1)), "station-a");
        for (Path dir : List.of(station, demo)) {
            assertThat(Files.getPosixFilePermissions(dir, LinkOption.NOFOLLOW_LINKS)).as(dir.toString()).isEqualTo(OWNER_FOLDER);
            for (String f : List.of(DataFolder.NODE_KEY, DataFolder.COMMUNITY_KEY)) {
                assertThat(Files.getPosixFilePermissions(dir.resolve(f), LinkOption.NOFOLLOW_LINKS)).as(dir + "/" + f).isEqualTo(OWNER_FILE);
            }
        }
    }

    @Test
    void keyFilesAreNeverReadableByOthersNotEvenWhileBeingWritten() throws Exception {
        Path dir = tmp.resolve("watched");
        Files.createDirectories(dir);
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x")); // even in a folder others may list
        AtomicBoolean done = new AtomicBoolean();
        List<String> seenReadable = new ArrayList<>();
        Thread watcher = new Thread(() -> {
            while (!done.get()) {
                try (var files = Files.list(dir)) {
                    for (Path f : files.toList()) {
                        try {
                            Set<PosixFilePermission> p = Files.getPosixFilePermissions(f, LinkOption.NOFOLLOW_LINKS);
                            if (!Files.isDirectory(f) && !EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE).containsAll(p)) {
                                seenReadable.add(f.getFileName() + " " + PosixFilePermissions.toString(p));
                            }
                        } catch (java.io.IOException gone) {
                            // renamed or deleted between the listing and the look
                        }
                    }
                } catch (java.io.IOException ignored) {
                    // the folder is being changed
                }
            }
        });
        watcher.start();
        for (int i = 0; i < 200; i++) {
            SecretFiles.create(dir.resolve("key-" + i), new byte[32]);
        }
        done.set(true);
        watcher.join();
        assertThat(seenReadable).isEmpty();
    }

    @Test
    void aLinkPlantedWhereAKeyGoesIsNeitherFollowedNorOverwritten() throws Exception {
        Path dir = tmp.resolve("linked");
        Files.createDirectories(dir);
        Path target = tmp.resolve("elsewhere.txt");
        Files.writeString(target, "not yours");
        Files.createSymbolicLink(dir.resolve(DataFolder.NODE_KEY), target);
        assertThatThrownBy(() -> DataFolder.at(dir).create("station-a", null, new SecureRandom()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.FOLDER_NOT_EMPTY));
        assertThat(Files.readString(target)).isEqualTo("not yours");

        Path station = newStation();
        Path key = station.resolve(DataFolder.NODE_KEY);
        Files.move(key, tmp.resolve("moved.key"));
        Files.createSymbolicLink(key, tmp.resolve("moved.key"));
        assertThatThrownBy(() -> DataFolder.at(station).open(Clock.systemUTC()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.KEY_FILE_UNREADABLE));
    }

    @Test
    void keysWithWiderPermissionsAreNarrowedWhenOpened() throws Exception {
        Path dir = newStation();
        Files.setPosixFilePermissions(dir.resolve(DataFolder.NODE_KEY), PosixFilePermissions.fromString("rw-r--r--"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        DataFolder.at(dir).open(Clock.systemUTC()).close();
        assertThat(Files.getPosixFilePermissions(dir.resolve(DataFolder.NODE_KEY))).isEqualTo(OWNER_FILE);
        assertThat(Files.getPosixFilePermissions(dir)).isEqualTo(OWNER_FOLDER);
    }

    @Test
    void theSameCardIsTheSameMemberAfterAReopen() {
        Path dir = newStation();
        try (Community c = DataFolder.at(dir).open(Clock.systemUTC())) {
            LocalDate birth = LocalDate.ofInstant(c.clock().instant(), TestStation.ZONE).minusYears(40);
            assertThatThrownBy(() -> c.members().register(new Registration("王秀英", Gender.MALE, birth, "幸福里2号楼",
                    TestStation.idNumber(birth, 1), "13912345678", EnumSet.of(Role.MEMBER))))
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.DUPLICATE_ID_NUMBER));
        }
    }
}
