package org.timestation.device.serial;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Two linked pseudo-terminals made by socat: what one side writes, the other reads, like a cable. */
public final class PtyPair implements AutoCloseable {
    public final Path a;
    public final Path b;
    private final Process socat;

    public PtyPair(Path dir) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        a = dir.resolve("ttyA");
        b = dir.resolve("ttyB");
        socat = new ProcessBuilder("socat", "-d", "-d", "pty,raw,echo=0,link=" + a, "pty,raw,echo=0,link=" + b)
                .redirectErrorStream(true).redirectOutput(dir.resolve("socat.log").toFile()).start();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!(Files.exists(a) && Files.exists(b))) {
            if (System.nanoTime() > until || !socat.isAlive()) {
                throw new IOException("socat did not make the pseudo-terminals: " + Files.readString(dir.resolve("socat.log")));
            }
            Thread.sleep(20);
        }
    }

    /** Pulls the cable: the pair disappears. */
    @Override
    public void close() {
        socat.destroy();
    }
}
