package org.timestation.admin.ui;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * The console's one task executor: every ledger, hub, PDF and CSV job runs here, one after another,
 * never on the FX thread; its result (or its failure) comes back on the FX thread. {@link #busy} is
 * true while anything runs (the shell shows it).
 */
public final class Tasks implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(Tasks.class.getName());
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "console-work");
        t.setDaemon(true);
        return t;
    });
    private final AtomicInteger running = new AtomicInteger();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    public ReadOnlyBooleanProperty busy() {
        return busy.getReadOnlyProperty();
    }

    /** True while jobs are queued or running (tests wait for false). */
    public boolean working() {
        return running.get() > 0;
    }

    /** Runs {@code work} off the FX thread, then {@code onDone} or {@code onError} on it. */
    public <T> CompletableFuture<T> run(Supplier<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
        if (running.getAndIncrement() == 0) {
            fx(() -> busy.set(true));
        }
        return CompletableFuture.supplyAsync(work, worker).whenComplete((value, error) -> fx(() -> {
            try {
                if (error == null) {
                    onDone.accept(value);
                } else {
                    Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
                    if (!(cause instanceof org.timestation.admin.staff.Refused) && !(cause instanceof org.timestation.text.DomainException)) {
                        LOG.log(System.Logger.Level.ERROR, "console work failed", cause);
                    }
                    onError.accept(cause);
                }
            } finally {
                if (running.decrementAndGet() == 0) {
                    busy.set(false);
                }
            }
        }));
    }

    private static void fx(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            Platform.runLater(r);
        }
    }

    @Override
    public void close() {
        worker.shutdown();
        try {
            if (!worker.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.log(System.Logger.Level.WARNING, "console work still running at shutdown");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
