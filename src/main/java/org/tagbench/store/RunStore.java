package org.tagbench.store;

import org.tagbench.domain.ClipId;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs, their per-epoch metrics and their predictions, inside the caller's transaction. */
final class RunStore {
    private static final String SELECT_RUN = "SELECT id, kind, preset, status, params_json, device, git_commit, started_at, "
            + "finished_at, oof_lwlrap, model_dir, active, last_decision_id, message FROM runs";

    private final Connection connection;

    RunStore(Connection connection) {
        this.connection = connection;
    }

    long start(String kind, String preset, String paramsJson, String device, String gitCommit) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO runs(kind, preset, status, params_json, device, git_commit, started_at, owner_pid, last_decision_id) "
                        + "VALUES (?, ?, 'running', ?, ?, ?, ?, ?, (SELECT COALESCE(MAX(id), 0) FROM decisions))",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, kind);
            insert.setString(2, preset);
            insert.setString(3, paramsJson);
            insert.setString(4, device);
            insert.setString(5, gitCommit);
            insert.setString(6, Instant.now().toString());
            insert.setLong(7, ProcessHandle.current().pid());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    void reopen(long runId) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE runs SET status = 'running', finished_at = NULL, message = NULL, owner_pid = ? "
                        + "WHERE id = ? AND status <> 'finished'")) {
            update.setLong(1, ProcessHandle.current().pid());
            update.setLong(2, runId);
            if (update.executeUpdate() != 1) {
                throw new StoreException("run " + runId + " does not exist or has already finished");
            }
        }
    }

    void setMembers(long runId, List<Long> members) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM run_members WHERE run_id = ?")) {
            delete.setLong(1, runId);
            delete.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO run_members(run_id, member_id, position) VALUES (?, ?, ?)")) {
            for (int i = 0; i < members.size(); i++) {
                insert.setLong(1, runId);
                insert.setLong(2, members.get(i));
                insert.setInt(3, i);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    List<Long> members(long runId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT member_id FROM run_members WHERE run_id = ? ORDER BY position")) {
            query.setLong(1, runId);
            List<Long> members = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    members.add(rs.getLong(1));
                }
            }
            return members;
        }
    }

    void recordEpoch(EpochRecord epoch) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT OR REPLACE INTO run_epochs(run_id, fold, epoch, train_loss, val_lwlrap) VALUES (?, ?, ?, ?, ?)")) {
            insert.setLong(1, epoch.runId());
            insert.setInt(2, epoch.fold());
            insert.setInt(3, epoch.epoch());
            insert.setDouble(4, epoch.trainLoss());
            insert.setDouble(5, epoch.validationLwlrap());
            insert.executeUpdate();
        }
    }

    void end(long runId, String status, Double oofLwlrap, String modelDir, String message) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE runs SET status = ?, finished_at = ?, oof_lwlrap = COALESCE(?, oof_lwlrap), "
                        + "model_dir = COALESCE(?, model_dir), message = ? WHERE id = ?")) {
            update.setString(1, status);
            update.setString(2, Instant.now().toString());
            if (oofLwlrap == null) {
                update.setNull(3, Types.REAL);
            } else {
                update.setDouble(3, oofLwlrap);
            }
            update.setString(4, modelDir);
            update.setString(5, message);
            update.setLong(6, runId);
            if (update.executeUpdate() != 1) {
                throw new StoreException("no run with id " + runId);
            }
        }
    }

    /** Runs left 'running' by a process that no longer exists were cut off (a crash or a kill): mark them failed. */
    int failOrphans() throws SQLException {
        List<long[]> running = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT id, COALESCE(owner_pid, -1) FROM runs WHERE status = 'running'")) {
            while (rs.next()) {
                running.add(new long[] {rs.getLong(1), rs.getLong(2)});
            }
        }
        int failed = 0;
        for (long[] run : running) {
            boolean alive = run[1] > 0 && ProcessHandle.of(run[1]).map(ProcessHandle::isAlive).orElse(false);
            if (!alive) {
                end(run[0], RunRecord.FAILED, null, null, "interrupted: the process running it ended before it finished");
                failed++;
            }
        }
        return failed;
    }

    void setActive(List<Long> runIds) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("UPDATE runs SET active = 0");
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE runs SET active = 1 WHERE id = ? AND status = 'finished'")) {
            for (long id : runIds) {
                update.setLong(1, id);
                if (update.executeUpdate() != 1) {
                    throw new StoreException("run " + id + " does not exist or has not finished: only finished runs can be active");
                }
            }
        }
    }

    List<RunRecord> runs(String where, Object... arguments) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(SELECT_RUN + where)) {
            for (int i = 0; i < arguments.length; i++) {
                query.setObject(i + 1, arguments[i]);
            }
            List<RunRecord> result = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    result.add(readRun(rs));
                }
            }
            return result;
        }
    }

    private static RunRecord readRun(ResultSet rs) throws SQLException {
        String finished = rs.getString(9);
        double oof = rs.getDouble(10);
        Double oofLwlrap = rs.wasNull() ? null : oof;
        return new RunRecord(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), Instant.parse(rs.getString(8)),
                finished == null ? null : Instant.parse(finished), oofLwlrap, rs.getString(11), rs.getInt(12) == 1,
                rs.getLong(13), rs.getString(14));
    }

    List<EpochRecord> epochs(long runId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT run_id, fold, epoch, train_loss, val_lwlrap FROM run_epochs WHERE run_id = ? ORDER BY fold, epoch")) {
            query.setLong(1, runId);
            List<EpochRecord> result = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    result.add(new EpochRecord(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getDouble(4), rs.getDouble(5)));
                }
            }
            return result;
        }
    }

    /** Writes these rows; every fname must be in {@code ids}. */
    void savePredictions(long runId, List<Map.Entry<ClipId, float[]>> rows, Map<ClipId, Long> ids, boolean outOfFold)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT OR REPLACE INTO predictions(run_id, clip_id, out_of_fold, scores) VALUES (?, ?, ?, ?)")) {
            for (var entry : rows) {
                insert.setLong(1, runId);
                insert.setLong(2, ids.get(entry.getKey()));
                insert.setInt(3, outOfFold ? 1 : 0);
                insert.setBytes(4, toBytes(entry.getValue()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    Map<ClipId, float[]> predictions(long runId, boolean outOfFoldOnly) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT c.fname, p.scores FROM predictions p JOIN clips c ON c.id = p.clip_id WHERE p.run_id = ?"
                        + (outOfFoldOnly ? " AND p.out_of_fold = 1" : "") + " ORDER BY c.fname")) {
            query.setLong(1, runId);
            Map<ClipId, float[]> result = new LinkedHashMap<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    result.put(ClipId.of(rs.getString(1)), fromBytes(rs.getBytes(2)));
                }
            }
            return result;
        }
    }

    private static byte[] toBytes(float[] scores) {
        ByteBuffer buffer = ByteBuffer.allocate(scores.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(scores);
        return buffer.array();
    }

    private static float[] fromBytes(byte[] bytes) {
        float[] scores = new float[bytes.length / Float.BYTES];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(scores);
        return scores;
    }
}
