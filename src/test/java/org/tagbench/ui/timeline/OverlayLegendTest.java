package org.tagbench.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tagbench.app.inference.RunWindows;
import org.tagbench.app.platform.TagbenchHome;
import org.tagbench.ml.zoo.Presets;

class OverlayLegendTest {
    private static final RunWindows RUN_3 = new RunWindows("run 3 (cpu-default)",
            Presets.find(TagbenchHome.models(), Presets.CPU_DEFAULT), new float[64][500], 0, 0.01);

    @Test
    void namesEachOverlayThatIsOnAndItsWindows() {
        OverlayLegend both = OverlayLegend.of(true, true, RUN_3, 5, 3);
        assertEquals("5 training crops (random, seed 3)", both.crops());
        assertEquals("inference: tiles of 256 frames every 64", both.tiles());

        OverlayLegend tilesOnly = OverlayLegend.of(false, true, RUN_3, 5, 3);
        assertNull(tilesOnly.crops());
    }

    @Test
    void emptyWhenNothingIsDrawn() {
        assertTrue(OverlayLegend.of(false, false, RUN_3, 5, 1).isEmpty());
    }

    @Test
    void overlaysSayTheyWaitForTheRunsFeatures() {
        assertEquals("crops (waiting for the run's features)", OverlayLegend.of(true, false, null, 5, 1).crops());
    }
}
