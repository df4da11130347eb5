package org.tagbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class FramePulseProbeTest {
    @Test
    void percentilesAreNearestRankOverTheRecordedValues() {
        FramePulseProbe.Millis millis = new FramePulseProbe.Millis(new double[] {16.5, 40, 17, 16.6, 90});
        assertEquals(90, millis.longest());
        assertEquals(17, millis.median());
        assertEquals(90, millis.percentile(99));
        assertEquals(16.5, millis.percentile(1));
    }

    @Test
    void anEmptyRecordingReportsZero() {
        FramePulseProbe.Millis none = new FramePulseProbe.Millis(new double[0]);
        assertEquals(0, none.longest());
        assertEquals(0, none.percentile(99));
    }

    @Test
    void phasesConcatenateInOrder() {
        FramePulseProbe.Millis both = FramePulseProbe.Millis.concat(List.of(
                new FramePulseProbe.Millis(new double[] {1, 2}), new FramePulseProbe.Millis(new double[] {3})));
        assertEquals(3, both.values().length);
        assertEquals(3, both.longest());
        assertEquals(2, both.median());
    }
}
