package org.tagbench.store;

import org.tagbench.domain.ClipId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.tagbench.domain.LabelSource;
import org.tagbench.domain.LabelState;

/** Applies reviewer decisions to labels and keeps their history, inside the caller's transaction. */
final class DecisionWriter {
    private static final String SELECT_DECISION = "SELECT d.id, c.fname, d.class_name, d.action, d.previous_state, "
            + "d.previous_source, d.new_state, d.decided_by, d.decided_at FROM decisions d JOIN clips c ON c.id = d.clip_id";

    private final Connection connection;

    DecisionWriter(Connection connection) {
        this.connection = connection;
    }

    private record CurrentLabel(String source, String state) {}

    /**
     * Accepting needs a label; adding creates one; rejecting a class the clip lacks keeps the reviewer's word that the
     * clip does not have it, as a rejected user label (reverting it removes that label again).
     */
    Decision apply(ClipId fname, String className, Decision.Action action, String decidedBy) throws SQLException {
        long clipId = clipId(fname);
        CurrentLabel current = currentLabel(clipId, className);
        String newState = switch (action) {
            case ACCEPT, ADD -> LabelState.ACCEPTED.dbName();
            case REJECT -> LabelState.REJECTED.dbName();
            case REVERT -> throw new IllegalArgumentException("use revert(decisionId) to undo a decision");
        };
        if (current == null && action == Decision.Action.ACCEPT) {
            throw new StoreException(fname + " has no label '" + className + "' to " + action.dbName()
                    + " (use add to give it one)");
        }
        if (current == null) {
            insertLabel(clipId, className, LabelSource.USER.dbName(), newState);
        } else {
            setState(clipId, className, current.source(), newState);
        }
        return record(clipId, fname, className, action, current, newState, decidedBy);
    }

    Decision revert(long decisionId, String decidedBy) throws SQLException {
        Decision original = decision(decisionId);
        long clipId = clipId(original.fname());
        CurrentLabel current = currentLabel(clipId, original.className());
        if (original.previousState() == null) {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM labels WHERE clip_id = ? AND class_name = ?")) {
                delete.setLong(1, clipId);
                delete.setString(2, original.className());
                delete.executeUpdate();
            }
        } else if (current == null) {
            insertLabel(clipId, original.className(), original.previousSource(), original.previousState());
        } else {
            setState(clipId, original.className(), original.previousSource(), original.previousState());
        }
        String restored = original.previousState() == null ? "absent" : original.previousState();
        return record(clipId, original.fname(), original.className(), Decision.Action.REVERT, current, restored, decidedBy);
    }

    List<Decision> history(ClipId fname) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(SELECT_DECISION + " WHERE c.fname = ? ORDER BY d.id")) {
            query.setString(1, fname.fname());
            return readDecisions(query);
        }
    }

    List<Decision> upTo(long lastId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(SELECT_DECISION + " WHERE d.id <= ? ORDER BY d.id")) {
            query.setLong(1, lastId);
            return readDecisions(query);
        }
    }

    private static List<Decision> readDecisions(PreparedStatement query) throws SQLException {
        List<Decision> result = new ArrayList<>();
        try (ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                result.add(readDecision(rs));
            }
        }
        return result;
    }

    private Decision decision(long id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(SELECT_DECISION + " WHERE d.id = ?")) {
            query.setLong(1, id);
            try (ResultSet rs = query.executeQuery()) {
                if (!rs.next()) {
                    throw new StoreException("no decision with id " + id);
                }
                return readDecision(rs);
            }
        }
    }

    private static Decision readDecision(ResultSet rs) throws SQLException {
        return new Decision(rs.getLong(1), ClipId.of(rs.getString(2)), rs.getString(3), Decision.Action.fromDbName(rs.getString(4)),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), Instant.parse(rs.getString(9)));
    }

    private long clipId(ClipId fname) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT id FROM clips WHERE fname = ?")) {
            query.setString(1, fname.fname());
            try (ResultSet rs = query.executeQuery()) {
                if (!rs.next()) {
                    throw new StoreException("no clip named '" + fname + "' in this workspace");
                }
                return rs.getLong(1);
            }
        }
    }

    private CurrentLabel currentLabel(long clipId, String className) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT source, state FROM labels WHERE clip_id = ? AND class_name = ?")) {
            query.setLong(1, clipId);
            query.setString(2, className);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? new CurrentLabel(rs.getString(1), rs.getString(2)) : null;
            }
        }
    }

    private void insertLabel(long clipId, String className, String source, String state) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO labels(clip_id, class_name, source, state) VALUES (?, ?, ?, ?)")) {
            insert.setLong(1, clipId);
            insert.setString(2, className);
            insert.setString(3, source);
            insert.setString(4, state);
            insert.executeUpdate();
        }
    }

    private void setState(long clipId, String className, String source, String state) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE labels SET state = ?, source = ? WHERE clip_id = ? AND class_name = ?")) {
            update.setString(1, state);
            update.setString(2, source);
            update.setLong(3, clipId);
            update.setString(4, className);
            update.executeUpdate();
        }
    }

    private Decision record(long clipId, ClipId fname, String className, Decision.Action action, CurrentLabel before,
                            String newState, String decidedBy) throws SQLException {
        Instant now = Instant.now();
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO decisions(clip_id, class_name, action, previous_state, previous_source, new_state, decided_by, decided_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", PreparedStatement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, clipId);
            insert.setString(2, className);
            insert.setString(3, action.dbName());
            insert.setString(4, before == null ? null : before.state());
            insert.setString(5, before == null ? null : before.source());
            insert.setString(6, newState);
            insert.setString(7, decidedBy);
            insert.setString(8, now.toString());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                String previousState = before == null ? null : before.state();
                String previousSource = before == null ? null : before.source();
                return new Decision(keys.getLong(1), fname, className, action, previousState, previousSource,
                        newState, decidedBy, now);
            }
        }
    }
}
