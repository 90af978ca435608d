package org.timestation.ledger.h2;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Another program holding a ledger open (the kiosk running while the console reads the same
 * folder): a child JVM that opens the ledger in {@code args[0]}, prints {@code open}, and closes it
 * when its standard input ends.
 */
public final class LedgerHolder implements AutoCloseable {
    private final Process child;

    private LedgerHolder(Process child) {
        this.child = child;
    }

    /** Starts the child and returns once it holds the ledger open. */
    public static LedgerHolder holdOpen(Path dataDir) throws IOException {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), LedgerHolder.class.getName(), dataDir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        if (!"open".equals(line)) {
            child.destroyForcibly();
            throw new IOException("the child could not open the ledger: " + line);
        }
        return new LedgerHolder(child);
    }

    @Override
    public void close() throws IOException {
        child.getOutputStream().close();
        try {
            if (!child.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                child.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            child.destroyForcibly();
        }
    }

    public static void main(String[] args) throws IOException {
        try (H2EventStore store = H2EventStore.open(Path.of(args[0]))) {
            System.out.println("open");
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold the ledger until the parent closes our input
            }
        }
    }
}
