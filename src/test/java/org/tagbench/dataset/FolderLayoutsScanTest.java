package org.tagbench.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.domain.LabelSource;

class FolderLayoutsScanTest {
    @TempDir
    Path root;

    @Test
    void eachSubfolderIsACuratedClass() throws IOException {
        TestWavs.write(root.resolve("Meow/c.wav"), 100);
        TestWavs.write(root.resolve("Bark/a.wav"), 100);
        Files.write(root.resolve("Bark/b.flac"), new byte[] {'f', 'L', 'a', 'C'});
        TestWavs.write(root.resolve("Bark/more/d.wav"), 100);
        TestWavs.write(root.resolve(".cache/x.wav"), 100);
        Files.createDirectories(root.resolve("Empty"));
        TestWavs.writeLines(root.resolve("Meow/notes.txt"), List.of("not audio"));

        DatasetScan scan = DatasetScanner.scan(root);

        assertEquals(LayoutKind.FOLDER_PER_CLASS, scan.layout());
        assertEquals(List.of("Bark", "Meow"), scan.vocabulary().classes());
        assertEquals(List.of("Bark/a.wav [Bark]", "Bark/more/d.wav [Bark]", "Meow/c.wav [Meow]"),
                scan.clips().stream().map(clip -> clip.fname() + " " + clip.labels()).toList());
        assertTrue(scan.clips().stream().allMatch(clip -> clip.split().equals("train") && clip.source() == LabelSource.CURATED));
        assertEquals(1, scan.problems().size());
        ImportProblem flac = scan.problems().get(0);
        assertEquals(root.toRealPath().resolve("Bark/b.flac"), flac.file());
        assertEquals(0, flac.line());
        assertTrue(flac.describe().startsWith("b.flac: unreadable audio Bark/b.flac ("), flac.describe());
    }

    @Test
    void plainFolderClipsAreUnlabelledWithAnEmptyVocabulary() throws IOException {
        TestWavs.write(root.resolve("z.wav"), 100);
        TestWavs.write(root.resolve("sub/a.ogg"), 100);
        Files.createSymbolicLink(root.resolve("link.wav"), TestWavs.write(root.resolve("sub/target.wav"), 100));

        DatasetScan scan = DatasetScanner.scan(root);

        assertEquals(LayoutKind.PLAIN_FOLDER, scan.layout());
        assertEquals(0, scan.vocabulary().size());
        assertEquals(List.of("link.wav", "sub/a.ogg", "sub/target.wav", "z.wav"),
                scan.clips().stream().map(clip -> clip.fname().fname()).toList());
        assertTrue(scan.clips().stream().allMatch(clip -> clip.split().equals("unlabelled") && !clip.isLabelled()));
        assertEquals(root.toRealPath().resolve("sub/target.wav"), scan.clips().get(0).file());
        assertEquals(List.of(), scan.problems());
    }
}
