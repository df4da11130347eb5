package org.tagbench.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OverlayLegendTest {
    @Test
    void namesEachOverlayThatIsOn() {
        OverlayLegend both = OverlayLegend.of(true, true, 5, 3, true, 64);
        assertEquals("5 crops (strength-adaptive, seed 3)", both.crops());
        assertEquals("tiles (step 64)", both.tiles());

        OverlayLegend tilesOnly = OverlayLegend.of(false, true, 5, 3, true, 48);
        assertNull(tilesOnly.crops());
        assertEquals("tiles (step 48)", tilesOnly.tiles());
    }

    @Test
    void emptyWhenNothingIsDrawn() {
        assertTrue(OverlayLegend.of(false, true, 5, 1, false, 64).isEmpty());
    }

    @Test
    void cropsSayTheyWaitForTheWholeSpectrogram() {
        assertEquals("crops (waiting for the whole spectrogram)", OverlayLegend.of(true, false, 5, 1, false, 64).crops());
    }
}
