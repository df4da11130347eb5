package org.tagbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {
    @TempDir
    Path dir;

    /** A workspace written before decode checks existed opens, and its next import checks every clip. */
    @Test
    void aSchemaTwoWorkspaceOpensWithItsClipsUncheckedUntilTheNextImport() throws Exception {
        Path db = dir.resolve("workspace.db");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement statement = connection.createStatement()) {
            Migrations.migrate(connection, 2);
            statement.execute("INSERT INTO clips(fname, split, path, codec, duration, sample_rate, channels, frames, "
                    + "size_bytes, modified_ms, content_hash) VALUES ('a.wav', 'train_curated', 'train_curated/a.wav', "
                    + "'wav-pcm16', 0.5, 8000, 1, 4000, 8044, 1000, 'abc')");
        }
        try (WorkspaceStore store = WorkspaceStore.open(db)) {
            assertEquals(3, store.schemaVersion());
            ClipRecord old = store.clip("a.wav").orElseThrow();
            assertEquals(DecodeStatus.UNCHECKED, old.decodeStatus());
            assertEquals(1L, store.counts().clipsPerDecodeStatus().get(DecodeStatus.UNCHECKED));

            ImportOutcome outcome = store.importDataset(List.of(new NewClip("a.wav", "train_curated",
                    "train_curated/a.wav", "wav-pcm16", 0.25, 8000, 1, 2000, 8044, 1000, List.of(), null,
                    DecodeStatus.PARTIAL, "0.25 s of a declared 0.50 s")));
            assertEquals(List.of("a.wav"), outcome.updated());
            ClipRecord checked = store.clip("a.wav").orElseThrow();
            assertEquals(DecodeStatus.PARTIAL, checked.decodeStatus());
            assertEquals("0.25 s of a declared 0.50 s", checked.decodeNote());
            assertEquals("abc", checked.contentHash(), "the same bytes keep their cached hash");
        }
    }
}
