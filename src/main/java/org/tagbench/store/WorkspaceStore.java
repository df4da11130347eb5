package org.tagbench.store;

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
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The workspace database: one SQLite file in WAL mode with foreign keys on. Every public method is one
 * transaction, so a crash leaves either all of an operation or none of it. Calls are serialised: SQLite
 * has one writer, and the connection is not shared with anything else.
 */
public final class WorkspaceStore implements AutoCloseable {
    private final Path file;
    private final Connection connection;

    private WorkspaceStore(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** Opens (creating when absent) the workspace database and brings its schema up to date. */
    public static WorkspaceStore open(Path dbFile) {
        try {
            Path parent = dbFile.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Connection connection = DriverManager.getConnection("jdbc:sqlite:" + dbFile.toAbsolutePath());
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA journal_mode = WAL");
                statement.execute("PRAGMA foreign_keys = ON");
                // NORMAL in WAL mode survives a killed process; only a power cut may lose the last commits.
                statement.execute("PRAGMA synchronous = NORMAL");
                statement.execute("PRAGMA busy_timeout = 10000");
            }
            Migrations.migrate(connection);
            return new WorkspaceStore(dbFile, connection);
        } catch (SQLException | java.io.IOException e) {
            throw new StoreException("cannot open workspace database " + dbFile + ": " + e.getMessage(), e);
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

    public synchronized int schemaVersion() {
        return call("read schema version", () -> Migrations.userVersion(connection));
    }

    /** Records where the dataset lives, its layout and its vocabulary (replacing the class list). */
    public synchronized void saveDataset(String root, String layout, String vocabularyName, List<String> classes) {
        inTransaction("save dataset description", () -> {
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

    public synchronized Optional<String> datasetRoot() {
        return call("read dataset root", () -> {
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("SELECT root FROM dataset WHERE id = 1")) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        });
    }

    public synchronized List<String> classes() {
        return call("read classes", () -> {
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
    public synchronized ImportOutcome importClips(List<NewClip> clips) {
        return inTransaction("import " + clips.size() + " clips", () -> new ClipImporter(connection).write(clips, false));
    }

    /**
     * Makes the workspace hold exactly these clips, as {@link #importClips} does for each, and removes the stored
     * clips that are not among them, so a re-import leaves what a fresh import would. A clip reviewers decided on is
     * never removed: it stays, marked {@link DecodeStatus#MISSING}, and the outcome names it.
     */
    public synchronized ImportOutcome importDataset(List<NewClip> clips) {
        return inTransaction("import " + clips.size() + " clips", () -> new ClipImporter(connection).write(clips, true));
    }

    public synchronized Optional<ClipRecord> clip(String fname) {
        return call("read clip " + fname, () -> {
            try (PreparedStatement query = connection.prepareStatement(ClipImporter.SELECT_CLIP + " WHERE fname = ?")) {
                query.setString(1, fname);
                try (ResultSet rs = query.executeQuery()) {
                    return rs.next() ? Optional.of(ClipImporter.readClip(rs)) : Optional.empty();
                }
            }
        });
    }

    /** Clips of one split (all splits when null), ordered by split then name. */
    public synchronized List<ClipRecord> clips(String split) {
        return call("list clips", () -> {
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

    public synchronized void setContentHash(long clipId, String contentHash) {
        inTransaction("store content hash", () -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE clips SET content_hash = ? WHERE id = ?")) {
                update.setString(1, contentHash);
                update.setLong(2, clipId);
                update.executeUpdate();
            }
            return null;
        });
    }

    /** Every label of the workspace (or of one split), rejected ones included, ordered by clip then class. */
    public synchronized List<LabelRecord> labels(String split) {
        return call("list labels", () -> {
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

    public synchronized List<LabelRecord> labelsOf(String fname) {
        return call("list labels of " + fname, () -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT l.clip_id, c.fname, l.class_name, l.source, l.state FROM labels l JOIN clips c ON c.id = l.clip_id "
                            + "WHERE c.fname = ? ORDER BY l.class_name")) {
                query.setString(1, fname);
                return readLabels(query);
            }
        });
    }

    private static List<LabelRecord> readLabels(PreparedStatement query) throws SQLException {
        List<LabelRecord> result = new ArrayList<>();
        try (ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                result.add(new LabelRecord(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
            }
        }
        return result;
    }

    /** Applies a reviewer decision and records it in the history, in one small transaction. */
    public synchronized Decision decide(String fname, String className, Decision.Action action, String decidedBy) {
        return inTransaction("decide " + action + " " + className + " on " + fname,
                () -> new DecisionWriter(connection).apply(fname, className, action, decidedBy));
    }

    /** Undoes a decision by restoring the label state it replaced; the undo itself is kept in the history. */
    public synchronized Decision revert(long decisionId, String decidedBy) {
        return inTransaction("revert decision " + decisionId,
                () -> new DecisionWriter(connection).revert(decisionId, decidedBy));
    }

    /** The decision history of a clip, oldest first. */
    public synchronized List<Decision> history(String fname) {
        return call("read history of " + fname, () -> new DecisionWriter(connection).history(fname));
    }

    /** Every decision with an id up to {@code lastId} (the ones a run with that {@code lastDecisionId} saw), oldest first. */
    public synchronized List<Decision> decisionsUpTo(long lastId) {
        return call("read decisions up to " + lastId, () -> new DecisionWriter(connection).upTo(lastId));
    }

    /** Starts a run record in state 'running', remembering the newest decision its labels include. */
    public synchronized long startRun(String kind, String preset, String paramsJson, String device, String gitCommit) {
        return inTransaction("start a " + kind + " run", () -> new RunStore(connection).start(kind, preset, paramsJson, device, gitCommit));
    }

    /** Puts an unfinished run back to 'running' under this process, to resume it. */
    public synchronized void reopenRun(long runId) {
        inTransaction("reopen run " + runId, () -> {
            new RunStore(connection).reopen(runId);
            return null;
        });
    }

    /** Records the runs an ensemble or pipeline run is made of, in order. */
    public synchronized void setRunMembers(long runId, List<Long> members) {
        inTransaction("set members of run " + runId, () -> {
            new RunStore(connection).setMembers(runId, members);
            return null;
        });
    }

    /** The runs an ensemble or pipeline run is made of; empty for a plain training run. */
    public synchronized List<Long> runMembers(long runId) {
        return call("read members of run " + runId, () -> new RunStore(connection).members(runId));
    }

    public synchronized void recordEpoch(EpochRecord epoch) {
        inTransaction("record an epoch of run " + epoch.runId(), () -> {
            new RunStore(connection).recordEpoch(epoch);
            return null;
        });
    }

    public synchronized void finishRun(long runId, double oofLwlrap, String modelDir) {
        inTransaction("finish run " + runId, () -> {
            new RunStore(connection).end(runId, RunRecord.FINISHED, oofLwlrap, modelDir, null);
            return null;
        });
    }

    /** Ends a run that did not finish: {@link RunRecord#FAILED} or {@link RunRecord#CANCELLED}, with the reason. */
    public synchronized void endRunUnfinished(long runId, String status, String message) {
        inTransaction("end run " + runId, () -> {
            new RunStore(connection).end(runId, status, null, null, message);
            return null;
        });
    }

    /** Marks runs whose process died mid-way as failed; returns how many. */
    public synchronized int failOrphanedRuns() {
        return inTransaction("fail orphaned runs", () -> new RunStore(connection).failOrphans());
    }

    /** Makes exactly these finished runs the active ensemble. */
    public synchronized void setActiveRuns(List<Long> runIds) {
        inTransaction("set the active runs", () -> {
            new RunStore(connection).setActive(runIds);
            return null;
        });
    }

    public synchronized List<RunRecord> runs() {
        return call("list runs", () -> new RunStore(connection).runs(" ORDER BY id"));
    }

    public synchronized Optional<RunRecord> run(long runId) {
        return call("read run " + runId, () -> new RunStore(connection).runs(" WHERE id = ?", runId).stream().findFirst());
    }

    public synchronized List<RunRecord> activeRuns() {
        return call("list active runs", () -> new RunStore(connection).runs(" WHERE active = 1 ORDER BY id"));
    }

    public synchronized List<EpochRecord> epochs(long runId) {
        return call("read epochs of run " + runId, () -> new RunStore(connection).epochs(runId));
    }

    /** Stores one score vector per clip for a run (out-of-fold or not), replacing earlier ones. */
    public synchronized void savePredictions(long runId, Map<String, float[]> scoresByFname, boolean outOfFold) {
        inTransaction("store predictions of run " + runId, () -> {
            new RunStore(connection).savePredictions(runId, scoresByFname, outOfFold);
            return null;
        });
    }

    /** Score vectors of a run by fname; only the out-of-fold ones when asked. */
    public synchronized Map<String, float[]> predictions(long runId, boolean outOfFoldOnly) {
        return call("read predictions of run " + runId, () -> new RunStore(connection).predictions(runId, outOfFoldOnly));
    }

    public synchronized WorkspaceCounts counts() {
        return call("count workspace", () -> new WorkspaceCounts(
                groupCount("SELECT split, COUNT(*) FROM clips GROUP BY split ORDER BY split"),
                (int) singleLong("SELECT COUNT(*) FROM classes"),
                orderedBy(LabelSources.ALL, groupCount("SELECT source, COUNT(*) FROM labels GROUP BY source")),
                orderedBy(List.of(LabelRecord.PENDING, LabelRecord.ACCEPTED, LabelRecord.REJECTED),
                        groupCount("SELECT state, COUNT(*) FROM labels GROUP BY state")),
                singleLong("SELECT COUNT(*) FROM decisions"),
                orderedBy(DecodeStatus.ALL, groupCount("SELECT decode_status, COUNT(*) FROM clips GROUP BY decode_status"))));
    }

    /** Runs SQLite's own consistency check; "ok" when the file is sound. */
    public synchronized String integrityCheck() {
        return call("integrity check", () -> {
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("PRAGMA integrity_check")) {
                return rs.next() ? rs.getString(1) : "no answer";
            }
        });
    }

    private Map<String, Long> groupCount(String sql) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getLong(2));
            }
        }
        return counts;
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

    private long singleLong(String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close workspace database " + file + ": " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    interface SqlWork<T> {
        T run() throws SQLException;
    }

    private <T> T call(String what, SqlWork<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new StoreException(file + ": cannot " + what + ": " + e.getMessage(), e);
        }
    }

    private <T> T inTransaction(String what, SqlWork<T> work) {
        return call(what, () -> {
            connection.setAutoCommit(false);
            try {
                T result = work.run();
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        });
    }

    static Map<String, Long> idsByFname(Connection connection) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT fname, id FROM clips")) {
            while (rs.next()) {
                ids.put(rs.getString(1), rs.getLong(2));
            }
        }
        return ids;
    }
}
