package org.tagbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Writes imported clips and their labels inside the caller's transaction, with batched statements. */
final class ClipImporter {
    static final String SELECT_CLIP = "SELECT id, fname, split, path, codec, duration, sample_rate, channels, frames, "
            + "size_bytes, modified_ms, content_hash FROM clips";

    private final Connection connection;

    ClipImporter(Connection connection) {
        this.connection = connection;
    }

    static ClipRecord readClip(ResultSet rs) throws SQLException {
        return new ClipRecord(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getDouble(6), rs.getInt(7), rs.getInt(8), rs.getLong(9), rs.getLong(10), rs.getLong(11),
                rs.getString(12));
    }

    ImportOutcome write(List<NewClip> clips) throws SQLException {
        Map<String, ClipRecord> existing = existingClips();
        int added = 0;
        int updated = 0;
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO clips(fname, split, path, codec, duration, sample_rate, channels, frames, size_bytes, modified_ms) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE clips SET split = ?, path = ?, codec = ?, duration = ?, sample_rate = ?, channels = ?, "
                             + "frames = ?, size_bytes = ?, modified_ms = ?, content_hash = NULL WHERE fname = ?")) {
            for (NewClip clip : clips) {
                ClipRecord known = existing.get(clip.fname());
                if (known == null) {
                    bindClip(insert, clip);
                    insert.addBatch();
                    added++;
                } else if (changed(known, clip)) {
                    bindClip(update, clip);
                    update.setString(10, clip.fname());
                    update.addBatch();
                    updated++;
                }
            }
            insert.executeBatch();
            update.executeBatch();
        }
        LabelCounts labels = writeLabels(clips, WorkspaceStore.idsByFname(connection));
        return new ImportOutcome(added, updated, clips.size() - added - updated, labels.added, labels.removed);
    }

    private static boolean changed(ClipRecord known, NewClip clip) {
        return known.sizeBytes() != clip.sizeBytes() || known.modifiedMs() != clip.modifiedMs()
                || !known.path().equals(clip.path()) || !known.split().equals(clip.split());
    }

    private static void bindClip(PreparedStatement statement, NewClip clip) throws SQLException {
        statement.setString(1, clip.fname());
        statement.setString(2, clip.split());
        statement.setString(3, clip.path());
        statement.setString(4, clip.codec());
        statement.setDouble(5, clip.duration());
        statement.setInt(6, clip.sampleRate());
        statement.setInt(7, clip.channels());
        statement.setLong(8, clip.frames());
        statement.setLong(9, clip.sizeBytes());
        statement.setLong(10, clip.modifiedMs());
    }

    private Map<String, ClipRecord> existingClips() throws SQLException {
        Map<String, ClipRecord> byName = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(SELECT_CLIP); ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                ClipRecord clip = readClip(rs);
                byName.put(clip.fname(), clip);
            }
        }
        return byName;
    }

    private record LabelCounts(int added, int removed) {}

    private LabelCounts writeLabels(List<NewClip> clips, Map<String, Long> ids) throws SQLException {
        Map<Long, Set<String>> stored = storedImportedLabels();
        int added = 0;
        int removed = 0;
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO labels(clip_id, class_name, source) VALUES (?, ?, ?) ON CONFLICT(clip_id, class_name) DO NOTHING");
             PreparedStatement delete = connection.prepareStatement(
                     "DELETE FROM labels WHERE clip_id = ? AND class_name = ? AND state = 'pending' AND source IN ('curated','noisy') "
                             + "AND NOT EXISTS (SELECT 1 FROM decisions d WHERE d.clip_id = labels.clip_id AND d.class_name = labels.class_name)")) {
            for (NewClip clip : clips) {
                if (clip.labelSource() == null) {
                    continue;
                }
                long clipId = ids.get(clip.fname());
                Set<String> before = stored.getOrDefault(clipId, Set.of());
                for (String label : clip.labels()) {
                    if (!before.contains(label)) {
                        insert.setLong(1, clipId);
                        insert.setString(2, label);
                        insert.setString(3, clip.labelSource());
                        insert.addBatch();
                        added++;
                    }
                }
                Set<String> vanished = new HashSet<>(before);
                clip.labels().forEach(vanished::remove);
                for (String label : vanished) {
                    delete.setLong(1, clipId);
                    delete.setString(2, label);
                    delete.addBatch();
                }
            }
            insert.executeBatch();
            for (int count : delete.executeBatch()) {
                removed += Math.max(count, 0);
            }
        }
        return new LabelCounts(added, removed);
    }

    private Map<Long, Set<String>> storedImportedLabels() throws SQLException {
        Map<Long, Set<String>> labels = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT clip_id, class_name FROM labels WHERE source IN ('curated','noisy')");
             ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                labels.computeIfAbsent(rs.getLong(1), id -> new HashSet<>()).add(rs.getString(2));
            }
        }
        return labels;
    }
}
