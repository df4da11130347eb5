package org.tagbench.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TimeMappingTest {
    @Test
    void mapsBothWaysAndPicksReadableTicks() {
        TimeMapping mapping = new TimeMapping(2, 10, 64, 1000);
        assertEquals(64, mapping.x(2), 1e-9);
        assertEquals(564, mapping.x(7), 1e-9);
        assertEquals(7, mapping.seconds(564), 1e-9);
        assertEquals(1, mapping.tickStep(70), 1e-9);
        assertEquals(0.05, new TimeMapping(0, 0.5, 0, 1000).tickStep(70), 1e-9);
        assertEquals("1.50", TimeMapping.label(1.5, 0.05));
        assertEquals("3", TimeMapping.label(3, 1));
    }
}
