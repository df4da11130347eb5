package org.tagbench.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeatureCacheTest {
    @TempDir
    Path dir;

    @Test
    void roundTripsAMatrixPerHashAndConfig() throws Exception {
        FeatureCache cache = new FeatureCache(dir);
        String hash = FeatureCache.contentHash(new byte[] {1, 2, 3});
        float[][] matrix = {{1f, -2.5f, 3f}, {4f, 5f, Float.MIN_VALUE}};
        cache.put(hash, "mel:a", matrix);
        float[][] back = cache.get(hash, "mel:a").orElseThrow();
        assertEquals(2, back.length);
        assertArrayEquals(matrix[0], back[0]);
        assertArrayEquals(matrix[1], back[1]);
        assertTrue(cache.get(hash, "mel:b").isEmpty());
        assertTrue(cache.get(FeatureCache.contentHash(new byte[] {9}), "mel:a").isEmpty());
    }

    @Test
    void aDamagedEntryIsAMissNotGarbage() throws Exception {
        FeatureCache cache = new FeatureCache(dir);
        String hash = FeatureCache.contentHash(new byte[] {7});
        cache.put(hash, "k", new float[][] {{1f, 2f}});
        Path entry = cache.entry(hash, "k");
        Files.write(entry, new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13});
        assertTrue(cache.get(hash, "k").isEmpty());
    }
}
