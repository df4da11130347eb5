package org.tagbench.store;

import org.tagbench.domain.ClipId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.tagbench.domain.LabelSource;
import org.tagbench.domain.LabelState;

/**
 * Writes imported clips and their labels inside the caller's transaction, with batched statements. A clip already
 * stored keeps its id; every column it has is refreshed from the import, so a re-import stores exactly what a fresh
 * import of the same folder would, except what reviewers decided.
 */
final class ClipImporter {
    static final String SELECT_CLIP = "SELECT id, fname, split, path, codec, duration, sample_rate, channels, frames, "
            + "size_bytes, modified_ms, content_hash, decode_status, decode_note FROM clips";
    static final String MISSING_NOTE = "no longer imported from the dataset (file removed, renamed or rejected); "
            + "kept for the reviewers' decisions on its labels";

    private final Connection connection;

    ClipImporter(Connection connection) {
        this.connection = connection;
    }

    static ClipRecord readClip(ResultSet rs) throws SQLException {
        return new ClipRecord(rs.getLong(1), ClipId.of(rs.getString(2)), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getDouble(6), rs.getInt(7), rs.getInt(8), rs.getLong(9), rs.getLong(10), rs.getLong(11),
                rs.getString(12), rs.getString(13), rs.getString(14));
    }

    /**
     * @param wholeDataset the clips are everything the dataset holds now: stored clips absent from them are removed,
     *                     or kept as {@link DecodeStatus#MISSING} when reviewers decided on their labels
     */
    ImportOutcome write(List<NewClip> clips, boolean wholeDataset) throws SQLException {
        Map<ClipId, ClipRecord> existing = existingClips();
        List<ClipId> updated = new ArrayList<>();
        int added = 0;
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO clips(fname, split, path, codec, duration, sample_rate, channels, frames, size_bytes, "
                        + "modified_ms, decode_status, decode_note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE clips SET fname = ?, split = ?, path = ?, codec = ?, duration = ?, sample_rate = ?, "
                             + "channels = ?, frames = ?, size_bytes = ?, modified_ms = ?, decode_status = ?, "
                             + "decode_note = ?, content_hash = CASE WHEN ? THEN NULL ELSE content_hash END "
                             + "WHERE id = ?")) {
            for (NewClip clip : clips) {
                ClipRecord known = existing.get(clip.fname());
                if (known == null) {
                    bindClip(insert, clip);
                    insert.addBatch();
                    added++;
                } else if (!sameRow(known, clip)) {
                    bindClip(update, clip);
                    update.setBoolean(13, fileChanged(known, clip));
                    update.setLong(14, known.id());
                    update.addBatch();
                    updated.add(clip.fname());
                }
            }
            insert.executeBatch();
            update.executeBatch();
        }
        Removal removal = wholeDataset ? removeAbsent(existing, clips) : Removal.NONE;
        LabelCounts labels = writeLabels(clips, WorkspaceStore.idsByFname(connection));
        int unchanged = clips.size() - added - updated.size();
        return new ImportOutcome(added, updated.size(), unchanged, labels.added, labels.removed, labels.resourced,
                updated, removal.removed, removal.keptMissing);
    }

    /** Every column an import sets; the content hash is a cache and is judged by {@link #fileChanged}. */
    private static boolean sameRow(ClipRecord known, NewClip clip) {
        return known.split().equals(clip.split()) && known.path().equals(clip.path())
                && known.codec().equals(clip.codec()) && Double.compare(known.duration(), clip.duration()) == 0
                && known.sampleRate() == clip.sampleRate() && known.channels() == clip.channels()
                && known.frames() == clip.frames() && known.sizeBytes() == clip.sizeBytes()
                && known.modifiedMs() == clip.modifiedMs() && known.decodeStatus().equals(clip.decodeStatus())
                && Objects.equals(known.decodeNote(), clip.decodeNote());
    }

    /** The cached content hash (and the features keyed by it) may be stale only when the bytes may have changed. */
    private static boolean fileChanged(ClipRecord known, NewClip clip) {
        return known.sizeBytes() != clip.sizeBytes() || known.modifiedMs() != clip.modifiedMs()
                || !known.path().equals(clip.path());
    }

    /** Binds parameters 1 to 12 in the column order both statements share. */
    private static void bindClip(PreparedStatement statement, NewClip clip) throws SQLException {
        statement.setString(1, clip.fname().fname());
        statement.setString(2, clip.split());
        statement.setString(3, clip.path());
        statement.setString(4, clip.codec());
        statement.setDouble(5, clip.duration());
        statement.setInt(6, clip.sampleRate());
        statement.setInt(7, clip.channels());
        statement.setLong(8, clip.frames());
        statement.setLong(9, clip.sizeBytes());
        statement.setLong(10, clip.modifiedMs());
        statement.setString(11, clip.decodeStatus());
        statement.setString(12, clip.decodeNote());
    }

    private Map<ClipId, ClipRecord> existingClips() throws SQLException {
        Map<ClipId, ClipRecord> byName = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(SELECT_CLIP); ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                ClipRecord clip = readClip(rs);
                byName.put(clip.fname(), clip);
            }
        }
        return byName;
    }

    private record Removal(List<ClipId> removed, List<ClipId> keptMissing) {
        static final Removal NONE = new Removal(List.of(), List.of());
    }

    /** A clip reviewers worked on is never deleted by an import: its decisions are human work the dataset cannot give back. */
    private Removal removeAbsent(Map<ClipId, ClipRecord> existing, List<NewClip> clips) throws SQLException {
        Set<ClipId> present = new HashSet<>();
        clips.forEach(clip -> present.add(clip.fname()));
        Set<Long> reviewed = reviewedClipIds();
        List<ClipId> removed = new ArrayList<>();
        List<ClipId> kept = new ArrayList<>();
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM clips WHERE id = ?");
             PreparedStatement markMissing = connection.prepareStatement(
                     "UPDATE clips SET decode_status = ?, decode_note = ? WHERE id = ?")) {
            for (ClipRecord clip : existing.values().stream()
                    .sorted(java.util.Comparator.comparing(ClipRecord::fname)).toList()) {
                if (present.contains(clip.fname())) {
                    continue;
                }
                if (!reviewed.contains(clip.id())) {
                    delete.setLong(1, clip.id());
                    delete.addBatch();
                    removed.add(clip.fname());
                } else if (!DecodeStatus.MISSING.equals(clip.decodeStatus())) {
                    markMissing.setString(1, DecodeStatus.MISSING);
                    markMissing.setString(2, MISSING_NOTE);
                    markMissing.setLong(3, clip.id());
                    markMissing.addBatch();
                    kept.add(clip.fname());
                }
            }
            delete.executeBatch();
            markMissing.executeBatch();
        }
        return new Removal(removed, kept);
    }

    private Set<Long> reviewedClipIds() throws SQLException {
        Set<Long> ids = new HashSet<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT DISTINCT clip_id FROM decisions "
                     + "UNION SELECT clip_id FROM labels WHERE source = 'user' OR state <> 'pending'")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    private record LabelCounts(int added, int removed, int resourced) {}

    /** A label as stored, and whether any decision touched it. */
    private record StoredLabel(LabelSource source, LabelState state, boolean decided) {
        /** Only labels the import itself wrote and nobody touched follow the CSV. */
        boolean followsImport() {
            return !decided && state == LabelState.PENDING && source != LabelSource.USER;
        }
    }

    private LabelCounts writeLabels(List<NewClip> clips, Map<ClipId, Long> ids) throws SQLException {
        Map<Long, Map<String, StoredLabel>> stored = storedLabels();
        int added = 0;
        int removed = 0;
        int resourced = 0;
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO labels(source, clip_id, class_name) VALUES (?, ?, ?)");
             PreparedStatement resource = connection.prepareStatement(
                     "UPDATE labels SET source = ? WHERE clip_id = ? AND class_name = ?");
             PreparedStatement delete = connection.prepareStatement(
                     "DELETE FROM labels WHERE clip_id = ? AND class_name = ?")) {
            for (NewClip clip : clips) {
                long clipId = ids.get(clip.fname());
                Map<String, StoredLabel> before = stored.getOrDefault(clipId, Map.of());
                for (String label : clip.labels()) {
                    StoredLabel known = before.get(label);
                    if (known == null) {
                        bindLabel(insert, clip.labelSource(), clipId, label);
                        added++;
                    } else if (known.followsImport() && known.source() != clip.labelSource()) {
                        bindLabel(resource, clip.labelSource(), clipId, label);
                        resourced++;
                    }
                }
                Set<String> wanted = new HashSet<>(clip.labels());
                for (Map.Entry<String, StoredLabel> label : before.entrySet()) {
                    if (!wanted.contains(label.getKey()) && label.getValue().followsImport()
                            && isImported(label.getValue().source())) {
                        delete.setLong(1, clipId);
                        delete.setString(2, label.getKey());
                        delete.addBatch();
                        removed++;
                    }
                }
            }
            insert.executeBatch();
            resource.executeBatch();
            delete.executeBatch();
        }
        return new LabelCounts(added, removed, resourced);
    }

    private static boolean isImported(LabelSource source) {
        return source == LabelSource.CURATED || source == LabelSource.NOISY;
    }

    private static void bindLabel(PreparedStatement statement, LabelSource source, long clipId, String label)
            throws SQLException {
        statement.setString(1, source == null ? null : source.dbName());
        statement.setLong(2, clipId);
        statement.setString(3, label);
        statement.addBatch();
    }

    private Map<Long, Map<String, StoredLabel>> storedLabels() throws SQLException {
        Map<Long, Map<String, StoredLabel>> labels = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT l.clip_id, l.class_name, l.source, l.state, "
                     + "EXISTS (SELECT 1 FROM decisions d WHERE d.clip_id = l.clip_id AND d.class_name = l.class_name) "
                     + "FROM labels l")) {
            while (rs.next()) {
                labels.computeIfAbsent(rs.getLong(1), id -> new HashMap<>())
                        .put(rs.getString(2), new StoredLabel(LabelSource.fromDbName(rs.getString(3)),
                                LabelState.fromDbName(rs.getString(4)), rs.getBoolean(5)));
            }
        }
        return labels;
    }
}
