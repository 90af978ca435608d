package org.timestation.kiosk.fx;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * The kiosk's one bridge between the FX thread and the work that must stay off it (ledger,
 * printing). Work runs on a single background thread in order; results come back on the FX thread.
 */
public final class FxBridge implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(FxBridge.class.getName());
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "kiosk-ledger");
        t.setDaemon(true);
        return t;
    });

    /** Runs {@code action} on the FX thread soon (device events arrive on their own threads). */
    public static void onFx(Runnable action) {
        Platform.runLater(action);
    }

    /** Runs {@code work} in the background, then {@code onDone} or {@code onError} on the FX thread. */
    public <T> CompletableFuture<T> submit(Supplier<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
        return CompletableFuture.supplyAsync(work, worker).whenComplete((value, error) -> Platform.runLater(() -> {
            if (error == null) {
                onDone.accept(value);
            } else {
                Throwable cause = error instanceof java.util.concurrent.CompletionException && error.getCause() != null ? error.getCause() : error;
                if (cause instanceof org.timestation.text.DomainException) {
                    LOG.log(System.Logger.Level.DEBUG, "refused: {0}", cause.getMessage()); // a refusal is shown on screen, not an error
                } else {
                    LOG.log(System.Logger.Level.ERROR, "background work failed", cause);
                }
                onError.accept(cause);
            }
        }));
    }

    /** Lets queued work finish (at most 10 s), so nothing opened in the background outlives the kiosk. */
    @Override
    public void close() {
        worker.shutdown();
        try {
            if (!worker.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS)) {
                LOG.log(System.Logger.Level.WARNING, "background work still running at shutdown");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
