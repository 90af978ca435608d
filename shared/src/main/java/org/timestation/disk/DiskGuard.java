package org.timestation.disk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.timestation.text.DomainException;
import org.timestation.text.ErrorCode;

/**
 * Keeps a station from filling its disk: below {@link #minimumBytes()} free, the ledger takes no new
 * writes (each is refused before it starts, in words for residents and staff) and reading goes on. A
 * full disk in the middle of a commit is what could damage a database; refusing early never can. The
 * free space comes from a {@link FreeSpace} so tests can make a disk "full".
 */
public final class DiskGuard {
    /** How many bytes are free where the ledger is. */
    @FunctionalInterface
    public interface FreeSpace {
        long usableBytes();
    }

    /** The default floor: 200 MB, a few months of a busy station's ledger growth and room for a backup's compaction. */
    public static final long DEFAULT_MINIMUM = 200L << 20;
    private static final System.Logger LOG = System.getLogger(DiskGuard.class.getName());

    private final FreeSpace free;
    private final long minimum;
    private volatile boolean low;

    public DiskGuard(FreeSpace free, long minimumBytes) {
        this.free = free;
        this.minimum = minimumBytes;
    }

    /**
     * The guard for a data folder: the file system's usable space, and the floor from
     * {@code -Dtimestation.minFreeMb} (default 200).
     */
    public static DiskGuard forFolder(Path dataDir) {
        return new DiskGuard(() -> usable(dataDir), floor());
    }

    /** The floor of free bytes: {@code -Dtimestation.minFreeMb}, default 200 MB. */
    private static long floor() {
        return Long.getLong("timestation.minFreeMb", DEFAULT_MINIMUM >> 20) << 20;
    }

    /** The bytes usable at {@code dir}, or -1 when it cannot be told. */
    public static long usable(Path dir) {
        try {
            return Files.getFileStore(dir).getUsableSpace();
        } catch (IOException e) {
            return -1;
        }
    }

    public long minimumBytes() {
        return minimum;
    }

    /** Whether the disk is below the floor now (said on the staff's devices screen). */
    public boolean low() {
        long bytes = free.usableBytes();
        boolean now = bytes >= 0 && bytes < minimum;
        if (now != low) {
            low = now;
            LOG.log(now ? System.Logger.Level.ERROR : System.Logger.Level.INFO, now
                    ? "the disk is nearly full (" + bytes + " bytes free, below " + minimum + "): the ledger takes no new writes until space is freed"
                    : "there is disk space again: the ledger takes writes");
        }
        return now;
    }

    /** Refuses a write while the disk is below the floor. */
    public void requireRoom() {
        if (low()) {
            throw refusal();
        }
    }

    /**
     * Refuses work that writes about {@code bytes} more at {@code dir} (a backup, a compaction's copy) when that would
     * leave less than the floor free: such work must never be what fills the station's disk.
     */
    public static void requireRoomFor(Path dir, long bytes) {
        long free = usable(dir);
        if (free >= 0 && free - bytes < floor()) {
            throw new DomainException(ErrorCode.DISK_FULL, Math.max(0, free) >> 20);
        }
    }

    /** What the staff's screen says while the disk is below the floor; empty otherwise. */
    public java.util.Optional<org.timestation.text.Bilingual> warning() {
        return low() ? java.util.Optional.of(refusal().text()) : java.util.Optional.empty();
    }

    private DomainException refusal() {
        return new DomainException(ErrorCode.DISK_FULL, Math.max(0, free.usableBytes()) >> 20);
    }
}
