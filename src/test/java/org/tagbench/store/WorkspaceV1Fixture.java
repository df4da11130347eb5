package org.tagbench.store;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Writes {@code workspace-v1.db}, the committed fixture of {@code MigrationsTest}: schema version 1 made by running
 * the version-1 script and nothing after it, with a little of everything a user would have stored. Run once by hand
 * (the fixture must stay what a version-1 Tagbench wrote, so never regenerate it after step 1 changes, which it must
 * not): {@code java -cp target/classes:target/test-classes:<sqlite-jdbc jar> org.tagbench.store.WorkspaceV1Fixture
 * src/test/resources/org/tagbench/store/workspace-v1.db}
 */
final class WorkspaceV1Fixture {
    private WorkspaceV1Fixture() {}

    /** A copy of the committed fixture as {@code dir/workspace.db}, for a test to open and change. */
    static Path copyInto(Path dir) throws java.io.IOException {
        Path copy = dir.resolve("workspace.db");
        try (InputStream fixture = WorkspaceV1Fixture.class.getResourceAsStream("workspace-v1.db")) {
            Files.copy(fixture, copy);
        }
        return copy;
    }

    public static void main(String[] args) throws SQLException, java.io.IOException {
        Path file = Path.of(args[0]);
        Files.deleteIfExists(file);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA page_size = 1024");
            statement.execute("PRAGMA foreign_keys = ON");
            Migrations.migrate(connection, file, Migrations.STEPS.subList(0, 1));
            statement.executeUpdate("""
                    INSERT INTO dataset VALUES (1, '/data/fsd', 'FSD2019', 'sample_submission', '2026-01-05T10:00:00Z');
                    INSERT INTO classes VALUES (0, 'Bark'), (1, 'Meow');
                    INSERT INTO clips VALUES
                      (1, 'a.wav', 'train_curated', '/data/fsd/train_curated/a.wav', 'wav-pcm16', 1.5, 44100, 1, 66150, 132344, 1000, 'aa11'),
                      (2, 'b.wav', 'train_noisy', '/data/fsd/train_noisy/b.wav', 'wav-pcm16', 2.0, 44100, 1, 88200, 176444, 1000, NULL);
                    INSERT INTO labels(clip_id, class_name, source, state) VALUES
                      (1, 'Bark', 'curated', 'pending'), (2, 'Bark', 'noisy', 'rejected'), (2, 'Meow', 'user', 'accepted');
                    INSERT INTO decisions(clip_id, class_name, action, previous_state, previous_source, new_state, decided_by, decided_at) VALUES
                      (2, 'Bark', 'reject', 'pending', 'noisy', 'rejected', 'ann', '2026-01-05T10:01:00Z'),
                      (2, 'Meow', 'add', NULL, NULL, 'accepted', 'ann', '2026-01-05T10:02:00Z');
                    INSERT INTO runs(id, kind, preset, status, params_json, device, started_at, finished_at, oof_lwlrap, model_dir, active, last_decision_id)
                      VALUES (1, 'train', 'cpu', 'finished', '{"folds":2}', 'cpu', '2026-01-05T11:00:00Z', '2026-01-05T11:20:00Z', 0.5, '/models/run1', 1, 2);
                    INSERT INTO run_epochs VALUES (1, 0, 1, 0.7, 0.45), (1, 1, 1, 0.69, 0.55);
                    INSERT INTO predictions VALUES (1, 1, 1, X'0000003F0000803E'), (1, 2, 1, X'0000803E0000003F');
                    """);
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement statement = connection.createStatement()) {
            statement.execute("VACUUM");
        }
    }
}
