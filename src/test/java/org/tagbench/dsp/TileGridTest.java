package org.tagbench.dsp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TileGridTest {

    @Test
    void tilesCoverEveryFrameWithTheFewestTilesAndBalancedMargins() {
        for (TileGrid grid : new TileGrid[] {TileGrid.firstPlace(), TileGrid.eighthPlace(), new TileGrid(100, 50)}) {
            for (int frames = 0; frames <= 2000; frames++) {
                int[] starts = grid.starts(frames);
                assertEquals(grid.count(frames), starts.length);
                for (int i = 1; i < starts.length; i++) {
                    assertEquals(grid.stepFrames(), starts[i] - starts[i - 1]);
                }
                int before = -starts[0];
                int after = starts[starts.length - 1] + grid.tileFrames() - frames;
                String where = grid + " over " + frames + " frames";
                assertTrue(before >= 0 && after >= 0, "covers the clip: " + where);
                assertTrue(after - before == 0 || after - before == 1, "margins split evenly: " + where);
                if (starts.length > 1) {
                    assertTrue(starts[starts.length - 2] + grid.tileFrames() < frames, "no needless tile: " + where);
                }
            }
        }
    }

    @Test
    void clipOfExactlyOneTileHasOneUnpaddedTile() {
        assertArrayEquals(new int[] {0}, TileGrid.eighthPlace().starts(128));
        assertArrayEquals(new int[] {0, 64, 128}, TileGrid.firstPlace().starts(384));
    }

    @Test
    void shortClipHasOneCentredTile() {
        assertArrayEquals(new int[] {TimeCrop.centredStart(50, 128)}, TileGrid.eighthPlace().starts(50));
    }

    @Test
    void presetsAreTheSolutionsSettings() {
        assertEquals(new TileGrid(256, 64), TileGrid.firstPlace());
        assertEquals(new TileGrid(128, 48), TileGrid.eighthPlace());
        assertThrows(IllegalArgumentException.class, () -> new TileGrid(128, 129));
        assertThrows(IllegalArgumentException.class, () -> new TileGrid(128, 0));
    }
}
