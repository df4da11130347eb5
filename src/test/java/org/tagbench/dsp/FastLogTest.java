package org.tagbench.dsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FastLogTest {

    @Test
    void agreesWithMathLogAcrossTheNormalRange() {
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 50_000; i++) {
            double x = Math.exp(random.nextDouble(-700, 700));
            assertEquals(Math.log(x), FastLog.ln(x), 1e-13 * Math.max(1, Math.abs(Math.log(x))), "ln " + x);
        }
    }

    @Test
    void isAccurateNearOneAndAtIntervalEdges() {
        for (double x : new double[] {1.0, Math.nextUp(1.0), Math.nextDown(1.0), 1.00390625, 1.99999999, 2.0, 0.5,
                1e-10, Double.MIN_NORMAL, Double.MAX_VALUE}) {
            assertEquals(Math.log(x), FastLog.ln(x), 1e-15 * Math.max(1, Math.abs(Math.log(x))), "ln " + x);
        }
    }

    @Test
    void specialValuesFollowMathLog() {
        for (double x : new double[] {0.0, -0.0, -1.0, Double.MIN_VALUE, Double.POSITIVE_INFINITY, Double.NaN}) {
            assertEquals(Math.log(x), FastLog.ln(x), "ln " + x);
        }
    }
}
