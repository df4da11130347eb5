package org.tagbench.dsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class GlobalFeaturesTest {

    private static final int MEAN = 0;
    private static final int STD = 1;
    private static final int RANGE = 2;
    private static final int P0 = 3;
    private static final int P50 = 7;
    private static final int P100 = 11;

    @Test
    void hasOneRowOfTwelveStatisticsPerStep() {
        float[][] features = GlobalFeatures.compute(GoldenMel.signal("chirp_1s"));
        assertEquals(GlobalFeatures.STEPS, features.length);
        for (float[] step : features) {
            assertEquals(GlobalFeatures.STATISTICS.size(), step.length);
        }
    }

    @Test
    void constantSignalHasNoSpread() {
        float[] constant = new float[12_800];
        Arrays.fill(constant, 0.25f);
        for (float[] step : GlobalFeatures.compute(constant)) {
            assertEquals(0.25f, step[MEAN], 1e-7);
            assertEquals(0f, step[STD], 1e-7);
            assertEquals(0f, step[RANGE]);
            for (int p = P0; p <= P100; p++) {
                assertEquals(0.25f, step[p]);
            }
        }
    }

    @Test
    void rampStepsSpanTwoStridesAroundTheirPosition() {
        int length = 12_800;
        float[] ramp = new float[length];
        for (int i = 0; i < length; i++) {
            ramp[i] = i;
        }
        float[][] features = GlobalFeatures.compute(ramp);
        int stride = length / GlobalFeatures.STEPS;
        // Step 10 covers samples [950, 1150): a ramp's order statistics are the sample indices.
        float[] step = features[10];
        assertEquals(10 * stride - stride / 2, step[P0]);
        assertEquals(10 * stride + 3 * stride / 2 - 1, step[P100]);
        assertEquals(step[P100] - step[P0], step[RANGE]);
        assertEquals((step[P0] + step[P100]) / 2, step[P50], 1e-3);
        assertEquals((step[P0] + step[P100]) / 2, step[MEAN], 1e-3);
        double n = 2 * stride;
        assertEquals(Math.sqrt((n * n - 1) / 12), step[STD], 1e-3, "standard deviation of n consecutive integers");
        assertEquals(0f, features[0][P0], "the first step starts at the clip start");
        assertEquals(length - 1, features[GlobalFeatures.STEPS - 1][P100], "the last step ends at the clip end");
    }

    @Test
    void shortAndEmptySignalsStillGiveFeatures() {
        float[][] tiny = GlobalFeatures.compute(new float[] {1f, -1f, 0.5f});
        assertEquals(GlobalFeatures.STEPS, tiny.length);
        assertEquals(0f, GlobalFeatures.compute(new float[0])[5][MEAN]);
        assertEquals(0.5f, GlobalFeatures.lengthFeature(new float[220_500]));
    }
}
