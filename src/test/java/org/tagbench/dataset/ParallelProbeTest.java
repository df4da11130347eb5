package org.tagbench.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParallelProbeTest {
    private static final int CLIPS = 300;

    @TempDir
    Path root;

    @Test
    void headersProbedInParallelComeBackInCsvOrder() throws IOException {
        // Names run against alphabetical order and sizes vary, so finishing order differs from CSV order.
        writeCuratedClips(CLIPS);
        AtomicInteger calls = new AtomicInteger();
        Set<Integer> totals = ConcurrentHashMap.newKeySet();

        DatasetScan scan = DatasetScanner.scan(root, (done, total) -> {
            calls.incrementAndGet();
            totals.add(total);
        });

        assertEquals(CLIPS, scan.clips().size());
        for (int i = 0; i < CLIPS; i++) {
            DatasetClip clip = scan.clips().get(i);
            assertEquals(i + 2, clip.origin().line());
            assertEquals(String.format("%04d.wav", CLIPS - i), clip.fname().fname());
            assertEquals(frames(i), clip.info().frames());
        }
        assertEquals(CLIPS, calls.get());
        assertEquals(Set.of(CLIPS), totals);
    }

    @Test
    void interruptingTheScanningThreadCancelsTheScan() throws IOException {
        writeCuratedClips(CLIPS);
        Thread scanning = Thread.currentThread();
        try {
            assertThrows(InterruptedIOException.class, () -> DatasetScanner.scan(root, (done, total) -> scanning.interrupt()));
            assertTrue(Thread.currentThread().isInterrupted());
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void aFailingListenerSurfacesAsItself() throws IOException {
        writeCuratedClips(3);
        IllegalStateException failure = new IllegalStateException("progress bar gone");
        assertSame(failure, assertThrows(IllegalStateException.class, () -> DatasetScanner.scan(root, (done, total) -> {
            throw failure;
        })));
    }

    private void writeCuratedClips(int count) throws IOException {
        List<String> rows = new ArrayList<>(List.of("fname,labels"));
        for (int i = 0; i < count; i++) {
            String fname = String.format("%04d.wav", CLIPS - i);
            TestWavs.write(root.resolve("train_curated").resolve(fname), frames(i));
            rows.add(fname + ",Bark");
        }
        TestWavs.writeLines(root.resolve("train_curated.csv"), rows);
    }

    private static int frames(int index) {
        return 10 + (index * 7919) % 2000;
    }
}
