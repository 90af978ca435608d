package org.timestation.logging;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one place that speaks java.util.logging: the libraries under the ledger and the hub (Flyway, H2, Jetty) log every
 * start at INFO through it; they are told to report warnings only, so a command prints its one
 * summary line and a station's log holds what matters. Everything of ours logs through
 * {@link System.Logger}.
 */
public final class LibraryLogs {
    /** Held so the settings stay (java.util.logging keeps loggers only weakly). */
    private static final Logger[] QUIET = {Logger.getLogger("org.flywaydb"), Logger.getLogger("h2database"), Logger.getLogger("org.eclipse.jetty")};
    /**
     * Flyway 11 warns at every start that H2 2.4 is newer than the H2 it was tested with; our own tests
     * open, migrate and verify ledgers on 2.4 (and one written by 2.3), so from the class that says only
     * that, nothing below an error is kept.
     */
    private static final Logger VERSION_NAG = Logger.getLogger("org.flywaydb.core.internal.database.base.Database");

    private LibraryLogs() {
    }

    /** Libraries report warnings only (the ledger, the hub's database and its HTTPS server call this as they start). */
    public static void quiet() {
        for (Logger l : QUIET) {
            l.setLevel(Level.WARNING);
        }
        VERSION_NAG.setLevel(Level.SEVERE);
    }
}
