package org.tagbench.store;

import org.tagbench.domain.ClipId;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.domain.LabelState;

class MigrationsTest {
    @TempDir
    Path dir;

    /** A copy of the committed version-1 workspace (see {@link WorkspaceV1Fixture}). */
    private Path versionOneWorkspace() throws IOException {
        return WorkspaceV1Fixture.copyInto(dir);
    }

    private static long scalar(Path file, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void aVersionOneWorkspaceIsUpgradedWithEverythingInItKept() throws Exception {
        Path file = versionOneWorkspace();
        assertEquals(1, scalar(file, "PRAGMA user_version"));

        try (WorkspaceStore store = WorkspaceStore.open(file)) {
            assertEquals(Migrations.latestVersion(), store.schemaVersion());
            assertEquals("ok", store.integrityCheck());
            assertEquals(List.of("Bark", "Meow"), store.classes());
            assertEquals("/data/fsd", store.datasetRoot().orElseThrow());
            assertEquals(List.of("a.wav", "b.wav"), store.clips(null).stream().map(clip -> clip.fname().fname()).toList());
            assertEquals(LabelState.REJECTED, store.labelsOf(ClipId.of("b.wav")).get(0).state());
            assertEquals(2, store.history(ClipId.of("b.wav")).size());
            RunRecord run = store.run(1).orElseThrow();
            assertEquals(RunRecord.FINISHED, run.status());
            assertTrue(run.active());
            assertEquals(2, store.epochs(1).size());
            assertArrayEquals(new float[] {0.5f, 0.25f}, store.predictions(1, true).get(ClipId.of("a.wav")));

            Decision undone = store.revert(store.history(ClipId.of("b.wav")).get(0).id(), "bob");
            assertEquals(LabelState.PENDING.dbName(), undone.newState());
            long ensemble = store.startRun("ensemble", "cpu", "{}", "cpu", null);
            store.setRunMembers(ensemble, List.of(1L));
            assertEquals(List.of(1L), store.runMembers(ensemble));
        }
    }

    @Test
    void aWorkspaceFromANewerTagbenchIsRefusedByNameAndLeftAsItWas() throws Exception {
        Path file = dir.resolve("future.db");
        int future = Migrations.latestVersion() + 5;
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE future_things (id INTEGER PRIMARY KEY)");
            statement.execute("PRAGMA user_version = " + future);
        }
        byte[] before = Files.readAllBytes(file);

        StoreException refusal = assertThrows(StoreException.class, () -> WorkspaceStore.open(file));

        String message = refusal.getMessage();
        assertTrue(message.contains(file.toString()), message);
        assertTrue(message.contains("schema version " + future), message);
        assertTrue(message.contains("up to version " + Migrations.latestVersion()), message);
        assertArrayEquals(before, Files.readAllBytes(file), "the refused workspace was changed");
    }

    private static Connection connection(Path file) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file);
    }

    @Test
    void aStepIsRunByStatementsNotBySemicolons() throws Exception {
        Path file = dir.resolve("steps.db");
        List<String> steps = List.of(
                """
                CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL DEFAULT 'a;b', edits INTEGER NOT NULL DEFAULT 0);
                -- a comment; with a semicolon
                CREATE TABLE note_log (note_id INTEGER, what TEXT);
                """,
                """
                CREATE TRIGGER notes_edited AFTER UPDATE OF body ON notes BEGIN
                  UPDATE notes SET edits = edits + 1 WHERE id = NEW.id;
                  INSERT INTO note_log VALUES (NEW.id, 'edited; was ' || OLD.body);
                END;
                INSERT INTO notes(id) VALUES (1);
                """);
        try (Connection connection = connection(file)) {
            Migrations.migrate(connection, file, steps);
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("UPDATE notes SET body = 'c' WHERE id = 1");
            }
        }
        assertEquals(2, scalar(file, "PRAGMA user_version"));
        assertEquals(1, scalar(file, "SELECT edits FROM notes WHERE id = 1"));
        assertEquals(1, scalar(file, "SELECT COUNT(*) FROM note_log WHERE what = 'edited; was a;b'"));
    }

    @Test
    void aFailingStepLeavesTheWorkspaceAtTheVersionBeforeAndSaysWhich() throws Exception {
        Path file = dir.resolve("failing.db");
        List<String> steps = List.of(
                "CREATE TABLE kept (id INTEGER PRIMARY KEY);",
                "CREATE TABLE half (id INTEGER PRIMARY KEY); INSERT INTO no_such_table VALUES (1);");
        try (Connection connection = connection(file)) {
            SQLException failure = assertThrows(SQLException.class, () -> Migrations.migrate(connection, file, steps));
            assertTrue(failure.getMessage().contains(file.toString()), failure.getMessage());
            assertTrue(failure.getMessage().contains("schema version 2"), failure.getMessage());
        }
        assertEquals(1, scalar(file, "PRAGMA user_version"));
        assertEquals(0, scalar(file, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'half'"));
    }

    /** A workspace written before decode checks existed opens, and its next import checks every clip. */
    @Test
    void aSchemaTwoWorkspaceOpensWithItsClipsUncheckedUntilTheNextImport() throws Exception {
        Path db = dir.resolve("workspace.db");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement statement = connection.createStatement()) {
            Migrations.migrate(connection, db, Migrations.STEPS.subList(0, 2));
            statement.execute("INSERT INTO clips(fname, split, path, codec, duration, sample_rate, channels, frames, "
                    + "size_bytes, modified_ms, content_hash) VALUES ('a.wav', 'train_curated', 'train_curated/a.wav', "
                    + "'wav-pcm16', 0.5, 8000, 1, 4000, 8044, 1000, 'abc')");
        }
        try (WorkspaceStore store = WorkspaceStore.open(db)) {
            assertEquals(3, store.schemaVersion());
            ClipRecord old = store.clip(ClipId.of("a.wav")).orElseThrow();
            assertEquals(DecodeStatus.UNCHECKED, old.decodeStatus());
            assertEquals(1L, store.counts().clipsPerDecodeStatus().get(DecodeStatus.UNCHECKED));

            ImportOutcome outcome = store.importDataset(List.of(new NewClip(ClipId.of("a.wav"), "train_curated",
                    "train_curated/a.wav", "wav-pcm16", 0.25, 8000, 1, 2000, 8044, 1000, List.of(), null,
                    DecodeStatus.PARTIAL, "0.25 s of a declared 0.50 s")));
            assertEquals(List.of("a.wav"), outcome.updated().stream().map(ClipId::fname).toList());
            ClipRecord checked = store.clip(ClipId.of("a.wav")).orElseThrow();
            assertEquals(DecodeStatus.PARTIAL, checked.decodeStatus());
            assertEquals("0.25 s of a declared 0.50 s", checked.decodeNote());
            assertEquals("abc", checked.contentHash(), "the same bytes keep their cached hash");
        }
    }
}
