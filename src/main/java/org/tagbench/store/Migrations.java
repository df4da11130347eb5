package org.tagbench.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Schema versions of the workspace database. Each entry upgrades from the previous version;
 * the version reached is kept in {@code PRAGMA user_version}. Never edit a released entry: append a new one.
 */
final class Migrations {
    private Migrations() {}

    static final List<String> STEPS = List.of(
            // 1: clips, labels with their source and review state, decision history, runs, predictions.
            """
            CREATE TABLE dataset (
              id INTEGER PRIMARY KEY CHECK (id = 1),
              root TEXT NOT NULL,
              layout TEXT NOT NULL,
              vocabulary TEXT NOT NULL,
              imported_at TEXT NOT NULL
            );
            CREATE TABLE classes (
              idx INTEGER PRIMARY KEY,
              name TEXT NOT NULL UNIQUE
            );
            CREATE TABLE clips (
              id INTEGER PRIMARY KEY,
              fname TEXT NOT NULL UNIQUE,
              split TEXT NOT NULL,
              path TEXT NOT NULL,
              codec TEXT NOT NULL,
              duration REAL NOT NULL,
              sample_rate INTEGER NOT NULL,
              channels INTEGER NOT NULL,
              frames INTEGER NOT NULL,
              size_bytes INTEGER NOT NULL,
              modified_ms INTEGER NOT NULL,
              content_hash TEXT
            );
            CREATE INDEX clips_split ON clips(split, fname);
            CREATE TABLE labels (
              id INTEGER PRIMARY KEY,
              clip_id INTEGER NOT NULL REFERENCES clips(id) ON DELETE CASCADE,
              class_name TEXT NOT NULL,
              source TEXT NOT NULL CHECK (source IN ('curated','noisy','user','pseudo','model')),
              state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending','accepted','rejected')),
              UNIQUE (clip_id, class_name)
            );
            CREATE INDEX labels_class ON labels(class_name, source, state);
            CREATE TABLE decisions (
              id INTEGER PRIMARY KEY,
              clip_id INTEGER NOT NULL REFERENCES clips(id) ON DELETE CASCADE,
              class_name TEXT NOT NULL,
              action TEXT NOT NULL CHECK (action IN ('accept','reject','add','revert')),
              previous_state TEXT,
              previous_source TEXT,
              new_state TEXT NOT NULL,
              decided_by TEXT NOT NULL,
              decided_at TEXT NOT NULL
            );
            CREATE INDEX decisions_clip ON decisions(clip_id, id);
            CREATE TABLE runs (
              id INTEGER PRIMARY KEY,
              kind TEXT NOT NULL,
              preset TEXT NOT NULL,
              status TEXT NOT NULL CHECK (status IN ('running','finished','failed','cancelled')),
              params_json TEXT NOT NULL,
              device TEXT,
              git_commit TEXT,
              started_at TEXT NOT NULL,
              finished_at TEXT,
              oof_lwlrap REAL,
              model_dir TEXT,
              active INTEGER NOT NULL DEFAULT 0,
              owner_pid INTEGER,
              last_decision_id INTEGER NOT NULL DEFAULT 0,
              message TEXT
            );
            CREATE TABLE run_epochs (
              run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
              fold INTEGER NOT NULL,
              epoch INTEGER NOT NULL,
              train_loss REAL,
              val_lwlrap REAL,
              PRIMARY KEY (run_id, fold, epoch)
            );
            CREATE TABLE predictions (
              run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
              clip_id INTEGER NOT NULL REFERENCES clips(id) ON DELETE CASCADE,
              out_of_fold INTEGER NOT NULL,
              scores BLOB NOT NULL,
              PRIMARY KEY (run_id, clip_id)
            );
            """,
            // 2: the runs an ensemble or a pipeline run is made of.
            """
            CREATE TABLE run_members (
              run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
              member_id INTEGER NOT NULL REFERENCES runs(id),
              position INTEGER NOT NULL,
              PRIMARY KEY (run_id, member_id)
            );
            """,
            // 3: how much of each clip decodes; rows imported before are 'unchecked' until the next import looks.
            """
            ALTER TABLE clips ADD COLUMN decode_status TEXT NOT NULL DEFAULT 'unchecked'
              CHECK (decode_status IN ('ok','partial','missing','unchecked'));
            ALTER TABLE clips ADD COLUMN decode_note TEXT;
            CREATE INDEX clips_decode_status ON clips(decode_status)
            """);

    static int latestVersion() {
        return STEPS.size();
    }

    /** Refuses a workspace written by a newer Tagbench, before anything in it is changed. */
    static void refuseNewer(Connection connection, Path file) throws SQLException {
        int version = userVersion(connection);
        if (version > latestVersion()) {
            throw new StoreException("workspace " + file + " has schema version " + version + ", newer than this Tagbench"
                    + " supports (up to version " + latestVersion() + "): open it with a newer Tagbench; it was left unchanged");
        }
    }

    /** Brings the database to the latest version, one transaction per step. */
    static void migrate(Connection connection, Path file) throws SQLException {
        migrate(connection, file, STEPS);
    }

    static void migrate(Connection connection, Path file, List<String> steps) throws SQLException {
        for (int version = userVersion(connection) + 1; version <= steps.size(); version++) {
            applyStep(connection, file, version, steps.get(version - 1));
        }
    }

    /**
     * Runs one step's script with its version bump in one transaction. The script goes to SQLite whole
     * ({@code executeUpdate} of a plain statement is {@code sqlite3_exec}), so SQLite's own parser finds where each
     * statement ends: a ';' inside a string literal, a comment or a trigger body is no boundary. BEGIN IMMEDIATE, and
     * the version read again inside it, let two processes opening an old workspace at once upgrade it once.
     */
    private static void applyStep(Connection connection, Path file, int version, String script) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("BEGIN IMMEDIATE");
            try {
                if (userVersion(connection) < version) {
                    statement.executeUpdate(script);
                    statement.execute("PRAGMA user_version = " + version);
                }
                statement.execute("COMMIT");
            } catch (SQLException | RuntimeException e) {
                statement.execute("ROLLBACK");
                throw new SQLException("upgrading workspace " + file + " to schema version " + version + " failed: "
                        + e.getMessage(), e);
            }
        }
    }

    static int userVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             var rs = statement.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }
}
