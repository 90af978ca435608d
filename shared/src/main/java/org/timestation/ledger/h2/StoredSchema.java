package org.timestation.ledger.h2;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.h2.mvstore.db.RowDataType;
import org.h2.mvstore.tx.VersionedValueType;
import org.h2.mvstore.type.LongDataType;
import org.h2.result.RowFactory;
import org.h2.result.SearchRow;
import org.h2.value.CompareMode;
import org.h2.value.Value;
import org.h2.value.ValueVarchar;
import org.h2.value.VersionedValue;
import org.timestation.ledger.LedgerInUseException;
import org.timestation.ledger.LedgerSchemaException;
import org.timestation.ledger.LedgerStorageException;

/**
 * The SQL schema kept inside an H2 database file, read without opening the file as a database.
 * Opening an H2 file replays its stored DDL, and a trigger or function stored as Java source is
 * compiled and run at that moment: a file planted by an attacker would run their code inside
 * {@code verify}. This reads the stored DDL straight from the file's metadata map, read-only (the
 * file is not changed), so {@code verify} can refuse any schema that is not exactly what the
 * migrations create before H2 runs anything. See docs/security.md.
 */
final class StoredSchema {
    /** Parts of stored DDL that differ between two files with the same schema (statistics, generated names, salts). */
    private static final List<Map.Entry<Pattern, String>> VOLATILE = List.of(
            Map.entry(Pattern.compile(" SELECTIVITY \\d+"), ""),
            Map.entry(Pattern.compile(" RESTART WITH \\d+"), ""),
            Map.entry(Pattern.compile("SYSTEM_SEQUENCE_[0-9A-F_]+"), "SYSTEM_SEQUENCE_#"),
            Map.entry(Pattern.compile("\"(PRIMARY_KEY|CONSTRAINT|[A-Z_]+_INDEX)_[0-9A-F]+\""), "\"$1_#\""),
            Map.entry(Pattern.compile("SALT '[0-9a-f]+' HASH '[0-9a-f]+'"), "SALT '#' HASH '#'"));
    /** Settings that only record how the file was written, not what it holds. */
    private static final Pattern HARMLESS_SETTING = Pattern.compile("SET (CREATE_BUILD|WRITE_DELAY) \\d+");
    private static final Map<String, List<String>> PRISTINE = new ConcurrentHashMap<>();

    private StoredSchema() {
    }

    /** The file, read-only: nothing in it runs. */
    private static MVStore openFile(Path mvFile) {
        try {
            return new MVStore.Builder().fileName(mvFile.toString()).readOnly().open();
        } catch (MVStoreException e) {
            if (e.getErrorCode() == DataUtils.ERROR_FILE_LOCKED) {
                throw new LedgerInUseException(mvFile.getParent(), e);
            }
            throw new LedgerStorageException("cannot read the ledger file " + mvFile + ": " + e.getMessage(), e);
        }
    }

    /** The rows of table {@code id} ({@code columns} wide) as H2's transaction store keeps them. */
    private static MVMap<Long, VersionedValue<SearchRow>> table(MVStore store, int id, int columns) {
        RowDataType rows = RowFactory.getDefaultRowFactory().createRowFactory(null, CompareMode.getInstance(null, 0), null,
                new int[columns], null, null, columns, false).getRowDataType();
        return store.openMap("table." + id,
                new MVMap.Builder<Long, VersionedValue<SearchRow>>().keyType(LongDataType.INSTANCE).valueType(new VersionedValueType<>(rows)));
    }

    /** The normalised DDL statements stored in {@code mvFile}, sorted, each once. */
    static List<String> read(Path mvFile) {
        MVStore store = openFile(mvFile);
        try {
            // the metadata table SYS (ID, HEAD, TYPE, SQL), as its rows are kept by H2's transaction store
            MVMap<Long, VersionedValue<SearchRow>> meta = table(store, 0, 4);
            TreeSet<String> out = new TreeSet<>();
            for (VersionedValue<SearchRow> versions : meta.values()) {
                // a row changed by a transaction not yet cleaned up has two versions: both are looked at
                for (SearchRow row : new SearchRow[] {versions.getCurrentValue(), versions.getCommittedValue()}) {
                    Value sql = row == null ? null : row.getValue(3);
                    if (sql instanceof ValueVarchar && !HARMLESS_SETTING.matcher(sql.getString()).matches()) {
                        out.add(normalise(sql.getString()));
                    }
                }
            }
            return List.copyOf(out);
        } catch (RuntimeException e) {
            throw new LedgerStorageException("cannot read the schema stored in " + mvFile + ": " + e.getMessage(), e);
        } finally {
            store.closeImmediately();
        }
    }

    /**
     * The highest migration version recorded in the file's Flyway history, read like the schema: straight from
     * the file, read-only, running nothing. Null when there is no history (not a ledger of ours).
     */
    static MigrationVersion appliedVersion(Path mvFile) {
        MVStore store = openFile(mvFile);
        try {
            MVMap<Long, VersionedValue<SearchRow>> meta = table(store, 0, 4);
            Integer historyId = null;
            for (VersionedValue<SearchRow> v : meta.values()) {
                SearchRow row = v.getCommittedValue() != null ? v.getCommittedValue() : v.getCurrentValue();
                Value sql = row == null ? null : row.getValue(3);
                if (sql instanceof ValueVarchar && sql.getString().startsWith("CREATE CACHED TABLE \"PUBLIC\".\"flyway_schema_history\"")) {
                    historyId = row.getValue(0).getInt();
                }
            }
            if (historyId == null || !store.hasMap("table." + historyId)) {
                return null;
            }
            int columns = 10; // installed_rank, version, description, type, script, checksum, installed_by, installed_on, execution_time, success
            MVMap<Long, VersionedValue<SearchRow>> history = table(store, historyId, columns);
            MigrationVersion highest = null;
            for (VersionedValue<SearchRow> v : history.values()) {
                SearchRow row = v.getCommittedValue();
                Value version = row == null ? null : row.getValue(1);
                if (version instanceof ValueVarchar) {
                    MigrationVersion mv = MigrationVersion.fromVersion(version.getString());
                    if (highest == null || mv.compareTo(highest) > 0) {
                        highest = mv;
                    }
                }
            }
            return highest;
        } catch (RuntimeException e) {
            throw new LedgerStorageException("cannot read the migration history stored in " + mvFile + ": " + e.getMessage(), e);
        } finally {
            store.closeImmediately();
        }
    }

    /** The newest migration this build has. */
    static MigrationVersion newestKnown() {
        List<MigrationVersion> all = migrationVersions();
        return all.get(all.size() - 1);
    }

    static String normalise(String sql) {
        String s = sql;
        for (Map.Entry<Pattern, String> v : VOLATILE) {
            s = v.getKey().matcher(s).replaceAll(v.getValue());
        }
        return s;
    }

    /**
     * Refuses a file whose stored schema holds anything the migrations do not create (all of them, or
     * the first few, for a ledger written by an older release): an extra trigger, function alias,
     * view, table or column, or a changed one. Runs nothing stored in the file. Returns what is
     * missing from it (a dropped append-only trigger): such a file is safe to read, and the missing
     * parts are evidence for the verifier.
     */
    static List<String> requireNothingExtra(Path mvFile) {
        List<String> stored = read(mvFile);
        List<MigrationVersion> versions = migrationVersions();
        List<String> best = null;
        List<String> bestMissing = null;
        for (int k = versions.size(); k >= 1; k--) {
            List<String> expected = pristine(versions.get(k - 1));
            List<String> extra = new ArrayList<>(stored);
            extra.removeAll(expected);
            if (extra.isEmpty()) {
                List<String> missing = new ArrayList<>(expected);
                missing.removeAll(stored);
                if (bestMissing == null || missing.size() < bestMissing.size()) {
                    bestMissing = missing;
                }
            } else if (best == null) {
                best = expected;
            }
        }
        if (bestMissing != null) {
            return bestMissing;
        }
        List<String> extra = new ArrayList<>(stored);
        extra.removeAll(best);
        List<String> missing = new ArrayList<>(best);
        missing.removeAll(stored);
        throw new LedgerSchemaException(mvFile.getParent(), extra, missing);
    }

    private static List<MigrationVersion> migrationVersions() {
        List<MigrationVersion> out = new ArrayList<>();
        for (var info : Flyway.configure().dataSource("jdbc:h2:mem:versions", "sa", "").locations("classpath:db/migration").load().info().all()) {
            out.add(info.getVersion());
        }
        return out;
    }

    /** The normalised schema the migrations up to {@code version} create in a new file. */
    private static List<String> pristine(MigrationVersion version) {
        return PRISTINE.computeIfAbsent(version.getVersion(), v -> {
            Path dir = null;
            try {
                dir = Files.createTempDirectory("timestation-schema-");
                String url = "jdbc:h2:file:" + dir.resolve("pristine") + ";WRITE_DELAY=0";
                Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").target(version).load().migrate();
                try (Connection c = DriverManager.getConnection(url, "sa", "")) {
                    c.createStatement().execute("SHUTDOWN");
                }
                return read(dir.resolve("pristine.mv.db"));
            } catch (IOException | SQLException e) {
                throw new LedgerStorageException("cannot build the expected schema to compare with", e);
            } finally {
                deleteQuietly(dir);
            }
        });
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(dir);
        } catch (IOException ignored) {
            // a temporary folder left behind is harmless
        }
    }
}
