package org.tagbench.store;

import org.tagbench.domain.ClipId;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.domain.LabelSource;
import org.tagbench.domain.LabelState;

/**
 * Label sources and states are types in the code and stay lower-case text in the database (no schema change): a
 * workspace written before the types existed reads back label for label, and what is written is the same text.
 */
class LabelTypesReadBackTest {
    @TempDir
    Path dir;

    @Test
    void anExistingWorkspaceReadsBackAsTypesAndKeepsItsText() throws Exception {
        Path file = WorkspaceV1Fixture.copyInto(dir);
        try (WorkspaceStore store = WorkspaceStore.open(file)) {
            assertEquals(List.of(
                    new LabelRecord(1,ClipId.of( "a.wav"), "Bark", LabelSource.CURATED, LabelState.PENDING),
                    new LabelRecord(2,ClipId.of( "b.wav"), "Bark", LabelSource.NOISY, LabelState.REJECTED),
                    new LabelRecord(2,ClipId.of( "b.wav"), "Meow", LabelSource.USER, LabelState.ACCEPTED)), store.labels(null));
            store.decide(ClipId.of("a.wav"), "Bark", Decision.Action.ACCEPT, "bob");
            store.decide(ClipId.of("a.wav"), "Meow", Decision.Action.ADD, "bob");
        }
        assertEquals(List.of("a.wav Bark curated accepted", "a.wav Meow user accepted", "b.wav Bark noisy rejected",
                "b.wav Meow user accepted"), rawLabels(file));
    }

    private static List<String> rawLabels(Path file) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT c.fname, l.class_name, l.source, l.state FROM labels l "
                     + "JOIN clips c ON c.id = l.clip_id ORDER BY c.fname, l.class_name")) {
            List<String> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4));
            }
            return rows;
        }
    }
}
