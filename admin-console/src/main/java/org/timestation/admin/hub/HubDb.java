package org.timestation.admin.hub;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;

/**
 * The hub's own database, {@code hub.mv.db} beside the ledger (schema {@code db/hub}). Each part of
 * the hub (the log, the node registry) has a connection of its own and commits on its own.
 */
public final class HubDb {
    private final String url;

    private HubDb(String url) {
        this.url = url;
    }

    /** Opens the database in {@code dataDir}, creating or migrating its schema. */
    public static HubDb open(Path dataDir) {
        // AUTO_SERVER: the enroll and nodes commands write here while serve runs
        String url = "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("hub") + ";WRITE_DELAY=0;AUTO_SERVER=TRUE";
        org.timestation.logging.LibraryLogs.quiet();
        try {
            Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/hub").load().migrate();
        } catch (org.flywaydb.core.api.FlywayException e) {
            throw new IllegalStateException("cannot open the hub's database in " + dataDir + ": " + e.getMessage(), e);
        }
        return new HubDb(url);
    }

    /** A new connection without auto-commit; the caller closes it (each part of the hub and the console has its own). */
    public Connection connect() {
        try {
            Connection c = DriverManager.getConnection(url, "sa", "");
            c.setAutoCommit(false);
            return c;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open the hub's database: " + e.getMessage(), e);
        }
    }

    /** Writes a consistent copy of this database, taken while the hub runs, to the zip file {@code zip} ({@code BACKUP TO}). */
    public void backupTo(Path zip) {
        try (Connection c = DriverManager.getConnection(url, "sa", ""); java.sql.Statement st = c.createStatement()) {
            st.execute("BACKUP TO '" + zip.toAbsolutePath().toString().replace("'", "''") + "'");
        } catch (SQLException e) {
            throw new IllegalStateException("backing up the hub's database failed: " + e.getMessage(), e);
        }
    }

    /** Closes a part's connection (its {@code close()}). */
    public static void close(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            throw new IllegalStateException("the hub's database did not close cleanly: " + e.getMessage(), e);
        }
    }

    public static void rollback(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the connection is gone; the next call reports it
        }
    }
}
