package org.tagbench.store;

import org.tagbench.domain.ClipId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import org.tagbench.domain.LabelSource;
import org.tagbench.domain.LabelState;

/**
 * The workspace database: one SQLite file in WAL mode with foreign keys on. Every public method is one
 * transaction, so a crash leaves either all of an operation or none of it; the exception is
 * {@link #savePredictions}, which commits in short chunks (see there).
 *
 * <p>Readers and the writer have their own connections. Reads go to a small pool of read-only connections: in WAL
 * mode they see the last commit and never wait for a write. Writes share one connection, taken in turn (a fair
 * lock: SQLite has one writer anyway), and each is a short {@code BEGIN IMMEDIATE} transaction, so a reviewer's
 * decision waits at most for one short write of a training run, never for the run. Another process writing the
 * same file (a {@code tagbench train} beside the window) is waited for by SQLite's busy timeout.
 */
public final class WorkspaceStore implements AutoCloseable {
    /** Rows of predictions per transaction: a few milliseconds of writing, the longest a decision may wait. */
    static final int PREDICTIONS_PER_TRANSACTION = 256;
    private static final int READERS = 4;
    private static final int BUSY_TIMEOUT_MS = 10_000;

    private final Path file;
    private final Connection writer;
    private final ReentrantLock writeLock = new ReentrantLock(true);
    private final ReaderPool readers;
    volatile ChunkObserver chunkObserver = ChunkObserver.NONE;
    private static volatile java.util.function.Consumer<String> readObserver = what -> { };

    /** A test seam: sees each chunk of a chunked write before its transaction commits and after. */
    interface ChunkObserver {
        ChunkObserver NONE = new ChunkObserver() {};

        default void beforeCommit(int rowsSoFar) {}

        default void afterCommit(int rowsSoFar) {}
    }

    private WorkspaceStore(Path file, Connection writer, ReaderPool readers) {
        this.file = file;
        this.writer = writer;
        this.readers = readers;
    }

    /**
     * Opens (creating when absent) the workspace database and brings its schema up to date. A workspace written by a
     * newer Tagbench is refused before anything in it is changed.
     */
    public static WorkspaceStore open(Path dbFile) {
        Connection writer = null;
        try {
            Path parent = dbFile.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            String url = "jdbc:sqlite:" + dbFile.toAbsolutePath();
            writer = DriverManager.getConnection(url);
            try (Statement statement = writer.createStatement()) {
                statement.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MS);
                Migrations.refuseNewer(writer, dbFile);
                statement.execute("PRAGMA journal_mode = WAL");
                statement.execute("PRAGMA foreign_keys = ON");
                // NORMAL in WAL mode survives a killed process; only a power cut may lose the last commits.
                statement.execute("PRAGMA synchronous = NORMAL");
            }
            Migrations.migrate(writer, dbFile);
            return new WorkspaceStore(dbFile, writer, new ReaderPool(url, READERS));
        } catch (SQLException | java.io.IOException | RuntimeException e) {
            closeQuietly(writer);
            if (e instanceof StoreException storeException) {
                throw storeException;
            }
            throw new StoreException("cannot open workspace database " + dbFile + ": " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // the open already failed; its reason is the one worth reporting
            }
        }
    }

    /** The version of the bundled SQLite library; opening an in-memory database proves its native part loads here. */
    public static String sqliteVersion() {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite::memory:");
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT sqlite_version()")) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new StoreException("SQLite does not work on this machine: " + e.getMessage(), e);
        }
    }

    public Path file() {
        return file;
    }

    public int schemaVersion() {
        return read("read schema version", connection -> Migrations.userVersion(connection));
    }

    /** Records where the dataset lives, its layout and its vocabulary (replacing the class list). */
    public void saveDataset(String root, String layout, String vocabularyName, List<String> classes) {
        write("save dataset description", connection -> {
            try (PreparedStatement upsert = connection.prepareStatement(
                    "INSERT INTO dataset(id, root, layout, vocabulary, imported_at) VALUES (1, ?, ?, ?, ?) "
                            + "ON CONFLICT(id) DO UPDATE SET root = excluded.root, layout = excluded.layout, "
                            + "vocabulary = excluded.vocabulary, imported_at = excluded.imported_at")) {
                upsert.setString(1, root);
                upsert.setString(2, layout);
                upsert.setString(3, vocabularyName);
                upsert.setString(4, Instant.now().toString());
                upsert.executeUpdate();
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("DELETE FROM classes");
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO classes(idx, name) VALUES (?, ?)")) {
                for (int i = 0; i < classes.size(); i++) {
                    insert.setInt(1, i);
                    insert.setString(2, classes.get(i));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return null;
        });
    }

    public Optional<String> datasetRoot() {
        return read("read dataset root", connection -> {
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("SELECT root FROM dataset WHERE id = 1")) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        });
    }

    public List<String> classes() {
        return read("read classes", connection -> {
            List<String> names = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("SELECT name FROM classes ORDER BY idx")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            return names;
        });
    }

    /**
     * Adds or refreshes these clips in one transaction, leaving every other stored clip alone. A clip already stored
     * keeps its id, its decisions and its reviewed labels; every column an import sets is refreshed, and a changed
     * file (size, modification time or path) gets its content hash cleared so features are recomputed. Imported labels
     * that vanished from the CSV are removed, and those whose source changed follow it, only while nobody reviewed them.
     */
    public ImportOutcome importClips(List<NewClip> clips) {
        return write("import " + clips.size() + " clips", connection -> new ClipImporter(connection).write(clips, false));
    }

    /**
     * Makes the workspace hold exactly these clips, as {@link #importClips} does for each, and removes the stored
     * clips that are not among them, so a re-import leaves what a fresh import would. A clip reviewers decided on is
     * never removed: it stays, marked {@link DecodeStatus#MISSING}, and the outcome names it.
     */
    public ImportOutcome importDataset(List<NewClip> clips) {
        return write("import " + clips.size() + " clips", connection -> new ClipImporter(connection).write(clips, true));
    }

    public Optional<ClipRecord> clip(ClipId fname) {
        return read("read clip " + fname, connection -> {
            try (PreparedStatement query = connection.prepareStatement(ClipImporter.SELECT_CLIP + " WHERE fname = ?")) {
                query.setString(1, fname.fname());
                try (ResultSet rs = query.executeQuery()) {
                    return rs.next() ? Optional.of(ClipImporter.readClip(rs)) : Optional.empty();
                }
            }
        });
    }

    /** Clips of one split (all splits when null), ordered by split then name. */
    public List<ClipRecord> clips(String split) {
        return read("list clips", connection -> {
            String sql = ClipImporter.SELECT_CLIP + (split == null ? "" : " WHERE split = ?") + " ORDER BY split, fname";
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                if (split != null) {
                    query.setString(1, split);
                }
                List<ClipRecord> result = new ArrayList<>();
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        result.add(ClipImporter.readClip(rs));
                    }
                }
                return result;
            }
        });
    }

    public void setContentHash(long clipId, String contentHash) {
        write("store content hash", connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE clips SET content_hash = ? WHERE id = ?")) {
                update.setString(1, contentHash);
                update.setLong(2, clipId);
                update.executeUpdate();
            }
            return null;
        });
    }

    /** Every label of the workspace (or of one split), rejected ones included, ordered by clip then class. */
    public List<LabelRecord> labels(String split) {
        return read("list labels", connection -> {
            String sql = "SELECT l.clip_id, c.fname, l.class_name, l.source, l.state FROM labels l JOIN clips c ON c.id = l.clip_id"
                    + (split == null ? "" : " WHERE c.split = ?") + " ORDER BY c.fname, l.class_name";
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                if (split != null) {
                    query.setString(1, split);
                }
                return readLabels(query);
            }
        });
    }

    public List<LabelRecord> labelsOf(ClipId fname) {
        return read("list labels of " + fname, connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT l.clip_id, c.fname, l.class_name, l.source, l.state FROM labels l JOIN clips c ON c.id = l.clip_id "
                            + "WHERE c.fname = ? ORDER BY l.class_name")) {
                query.setString(1, fname.fname());
                return readLabels(query);
            }
        });
    }

    private static List<LabelRecord> readLabels(PreparedStatement query) throws SQLException {
        List<LabelRecord> result = new ArrayList<>();
        try (ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                result.add(labelOf(rs));
            }
        }
        return result;
    }

    /** The database keeps sources and states as their lower-case names (its CHECK constraints allow no others). */
    private static LabelRecord labelOf(ResultSet rs) throws SQLException {
        return new LabelRecord(rs.getLong(1), ClipId.of(rs.getString(2)), rs.getString(3), LabelSource.fromDbName(rs.getString(4)),
                LabelState.fromDbName(rs.getString(5)));
    }

    /** Applies a reviewer decision and records it in the history, in one small transaction. */
    public Decision decide(ClipId fname, String className, Decision.Action action, String decidedBy) {
        return write("decide " + action + " " + className + " on " + fname,
                connection -> new DecisionWriter(connection).apply(fname, className, action, decidedBy));
    }

    /** Undoes a decision by restoring the label state it replaced; the undo itself is kept in the history. */
    public Decision revert(long decisionId, String decidedBy) {
        return write("revert decision " + decisionId,
                connection -> new DecisionWriter(connection).revert(decisionId, decidedBy));
    }

    /** The decision history of a clip, oldest first. */
    public List<Decision> history(ClipId fname) {
        return read("read history of " + fname, connection -> new DecisionWriter(connection).history(fname));
    }

    /** Every decision with an id up to {@code lastId} (the ones a run with that {@code lastDecisionId} saw), oldest first. */
    public List<Decision> decisionsUpTo(long lastId) {
        return read("read decisions up to " + lastId, connection -> new DecisionWriter(connection).upTo(lastId));
    }

    /** Starts a run record in state 'running', remembering the newest decision its labels include. */
    public long startRun(String kind, String preset, String paramsJson, String device, String gitCommit) {
        return write("start a " + kind + " run", connection -> new RunStore(connection).start(kind, preset, paramsJson, device, gitCommit));
    }

    /** Puts an unfinished run back to 'running' under this process, to resume it. */
    public void reopenRun(long runId) {
        write("reopen run " + runId, connection -> {
            new RunStore(connection).reopen(runId);
            return null;
        });
    }

    /** Records the runs an ensemble or pipeline run is made of, in order. */
    public void setRunMembers(long runId, List<Long> members) {
        write("set members of run " + runId, connection -> {
            new RunStore(connection).setMembers(runId, members);
            return null;
        });
    }

    /** The runs an ensemble or pipeline run is made of; empty for a plain training run. */
    public List<Long> runMembers(long runId) {
        return read("read members of run " + runId, connection -> new RunStore(connection).members(runId));
    }

    public void recordEpoch(EpochRecord epoch) {
        write("record an epoch of run " + epoch.runId(), connection -> {
            new RunStore(connection).recordEpoch(epoch);
            return null;
        });
    }

    public void finishRun(long runId, double oofLwlrap, String modelDir) {
        write("finish run " + runId, connection -> {
            new RunStore(connection).end(runId, RunRecord.FINISHED, oofLwlrap, modelDir, null);
            return null;
        });
    }

    /** Ends a run that did not finish: {@link RunRecord#FAILED} or {@link RunRecord#CANCELLED}, with the reason. */
    public void endRunUnfinished(long runId, String status, String message) {
        write("end run " + runId, connection -> {
            new RunStore(connection).end(runId, status, null, null, message);
            return null;
        });
    }

    /** Marks runs whose process died mid-way as failed; returns how many. */
    public int failOrphanedRuns() {
        return write("fail orphaned runs", connection -> new RunStore(connection).failOrphans());
    }

    /** Makes exactly these finished runs the active ensemble. */
    public void setActiveRuns(List<Long> runIds) {
        write("set the active runs", connection -> {
            new RunStore(connection).setActive(runIds);
            return null;
        });
    }

    public List<RunRecord> runs() {
        return read("list runs", connection -> new RunStore(connection).runs(" ORDER BY id"));
    }

    public Optional<RunRecord> run(long runId) {
        return read("read run " + runId, connection -> new RunStore(connection).runs(" WHERE id = ?", runId).stream().findFirst());
    }

    public List<RunRecord> activeRuns() {
        return read("list active runs", connection -> new RunStore(connection).runs(" WHERE active = 1 ORDER BY id"));
    }

    public List<EpochRecord> epochs(long runId) {
        return read("read epochs of run " + runId, connection -> new RunStore(connection).epochs(runId));
    }

    /**
     * Stores one score vector per clip for a run (out-of-fold or not), replacing earlier ones. Every name is checked
     * first, so a bad one stores nothing; then the rows are written in transactions of
     * {@value #PREDICTIONS_PER_TRANSACTION}, so that a decision never waits for a whole training run's predictions.
     * A run killed mid-way keeps the chunks already written; its status stays 'running' (then 'failed'), so nobody
     * takes them for a finished run's.
     */
    public void savePredictions(long runId, Map<ClipId, float[]> scoresByFname, boolean outOfFold) {
        Map<ClipId, Long> ids = read("look up the clips of run " + runId + "'s predictions", WorkspaceStore::idsByFname);
        for (ClipId fname : scoresByFname.keySet()) {
            if (!ids.containsKey(fname)) {
                throw new StoreException(file + ": cannot store predictions of run " + runId + ": no clip named '" + fname + "'");
            }
        }
        List<Map.Entry<ClipId, float[]>> rows = List.copyOf(scoresByFname.entrySet());
        for (int start = 0; start < rows.size(); start += PREDICTIONS_PER_TRANSACTION) {
            int end = Math.min(rows.size(), start + PREDICTIONS_PER_TRANSACTION);
            List<Map.Entry<ClipId, float[]>> chunk = rows.subList(start, end);
            write("store predictions of run " + runId, connection -> {
                new RunStore(connection).savePredictions(runId, chunk, ids, outOfFold);
                chunkObserver.beforeCommit(end);
                return null;
            });
            chunkObserver.afterCommit(end);
        }
    }

    /** Score vectors of a run by fname; only the out-of-fold ones when asked. */
    public Map<ClipId, float[]> predictions(long runId, boolean outOfFoldOnly) {
        return read("read predictions of run " + runId, connection -> new RunStore(connection).predictions(runId, outOfFoldOnly));
    }

    public WorkspaceCounts counts() {
        return read("count workspace", connection -> new WorkspaceCounts(
                groupCount(connection, "SELECT split, COUNT(*) FROM clips GROUP BY split ORDER BY split"),
                (int) singleLong(connection, "SELECT COUNT(*) FROM classes"),
                orderedBy(dbNames(LabelSource.values()), groupCount(connection, "SELECT source, COUNT(*) FROM labels GROUP BY source")),
                orderedBy(dbNames(LabelState.values()),
                        groupCount(connection, "SELECT state, COUNT(*) FROM labels GROUP BY state")),
                singleLong(connection, "SELECT COUNT(*) FROM decisions"),
                orderedBy(DecodeStatus.ALL, groupCount(connection, "SELECT decode_status, COUNT(*) FROM clips GROUP BY decode_status"))));
    }

    /** Runs SQLite's own consistency check; "ok" when the file is sound. */
    public String integrityCheck() {
        return read("integrity check", connection -> {
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("PRAGMA integrity_check")) {
                return rs.next() ? rs.getString(1) : "no answer";
            }
        });
    }

    private static Map<String, Long> groupCount(Connection connection, String sql) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getLong(2));
            }
        }
        return counts;
    }

    private static List<String> dbNames(LabelSource[] sources) {
        return Arrays.stream(sources).map(LabelSource::dbName).toList();
    }

    private static List<String> dbNames(LabelState[] states) {
        return Arrays.stream(states).map(LabelState::dbName).toList();
    }

    private static Map<String, Long> orderedBy(List<String> order, Map<String, Long> counts) {
        Map<String, Long> ordered = new LinkedHashMap<>();
        for (String key : order) {
            ordered.put(key, counts.getOrDefault(key, 0L));
        }
        Set<String> rest = new HashSet<>(counts.keySet());
        rest.removeAll(order);
        rest.stream().sorted().forEach(key -> ordered.put(key, counts.get(key)));
        return ordered;
    }

    private static long singleLong(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    @Override
    public void close() {
        writeLock.lock();
        try (readers) {
            writer.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close workspace database " + file + ": " + e.getMessage(), e);
        } finally {
            writeLock.unlock();
        }
    }

    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    /** One read on a pooled reader connection, in one read transaction so that all its queries see the same commit. */
    /**
     * For tests: {@code observer} hears what every read is about as it starts, on the thread that reads (the window
     * tests fail when one runs on the UI thread). Null stops it.
     */
    public static void observeReads(java.util.function.Consumer<String> observer) {
        readObserver = observer == null ? what -> { } : observer;
    }

    private <T> T read(String what, SqlWork<T> work) {
        readObserver.accept(what);
        Connection connection = null;
        try {
            connection = readers.take();
            connection.setAutoCommit(false);
            try {
                return work.run(connection);
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException(file + ": cannot " + what + ": " + e.getMessage(), e);
        } finally {
            if (connection != null) {
                readers.give(connection);
            }
        }
    }

    /**
     * One write transaction on the writer connection. BEGIN IMMEDIATE takes SQLite's write lock before the first
     * read, so waiting for another process happens there (under the busy timeout), never as a failed upgrade from a
     * stale snapshot half-way. The statements are issued by hand rather than through JDBC's auto-commit switch,
     * which would begin a new transaction right after each commit.
     */
    private <T> T write(String what, SqlWork<T> work) {
        writeLock.lock();
        try (Statement control = writer.createStatement()) {
            control.execute("BEGIN IMMEDIATE");
            try {
                T result = work.run(writer);
                control.execute("COMMIT");
                return result;
            } catch (SQLException | RuntimeException e) {
                rollback(control, e);
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException(file + ": cannot " + what + ": " + e.getMessage(), e);
        } finally {
            writeLock.unlock();
        }
    }

    private static void rollback(Statement control, Exception cause) {
        try {
            control.execute("ROLLBACK");
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    static Map<ClipId, Long> idsByFname(Connection connection) throws SQLException {
        Map<ClipId, Long> ids = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT fname, id FROM clips")) {
            while (rs.next()) {
                ids.put(ClipId.of(rs.getString(1)), rs.getLong(2));
            }
        }
        return ids;
    }
}
