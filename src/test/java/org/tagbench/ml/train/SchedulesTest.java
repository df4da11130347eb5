package org.tagbench.ml.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SchedulesTest {
    private static final float EPS = 1e-7f;

    @Test
    void stepDecayMultipliesAtEachMilestone() {
        LearningRateSchedule schedule = Schedules.create(ScheduleSpec.step(0.5f, 14, 21, 28), 5e-4f, 40);
        assertEquals(5e-4f, schedule.rate(13, 9, 10), EPS);
        assertEquals(2.5e-4f, schedule.rate(14, 0, 10), EPS);
        assertEquals(1.25e-4f, schedule.rate(21, 0, 10), EPS);
        assertEquals(6.25e-5f, schedule.rate(39, 0, 10), EPS);
    }

    @Test
    void cosineFallsWithinACycleAndRestarts() {
        LearningRateSchedule schedule = Schedules.create(ScheduleSpec.cosine(10, 1e-5f), 1e-3f, 40);
        assertEquals(1e-3f, schedule.rate(0, 0, 5), EPS);
        assertEquals((1e-3f + 1e-5f) / 2, schedule.rate(5, 0, 5), EPS);
        assertTrue(schedule.rate(9, 4, 5) < 2e-5f);
        assertEquals(1e-3f, schedule.rate(10, 0, 5), EPS);
        assertTrue(schedule.rate(0, 1, 5) < schedule.rate(0, 0, 5), "moves within an epoch");
    }

    @Test
    void oneCycleRisesToThePeakThenFallsToTheEnd() {
        LearningRateSchedule schedule = Schedules.create(ScheduleSpec.oneCycle(1e-4f, 0.3f, 1e-7f), 5e-3f, 10);
        assertEquals(1e-4f, schedule.rate(0, 0, 4), EPS);
        assertEquals(5e-3f, schedule.rate(3, 0, 4), EPS);
        assertTrue(schedule.rate(2, 0, 4) > schedule.rate(1, 0, 4));
        assertTrue(schedule.rate(6, 0, 4) < schedule.rate(5, 0, 4));
        assertEquals(1e-7f, schedule.rate(9, 4, 4), 1e-9f);
    }

    @Test
    void plateauReducesAfterPatienceFlatEpochsAndResumesFromItsState() {
        LearningRateSchedule schedule = Schedules.create(ScheduleSpec.plateau(0.6f, 2, 1e-4f), 1e-3f, 100);
        schedule.endOfEpoch(0, 0.5);
        schedule.endOfEpoch(1, 0.5);
        assertEquals(1e-3f, schedule.rate(2, 0, 1), EPS);
        schedule.endOfEpoch(2, 0.4);
        assertEquals(6e-4f, schedule.rate(3, 0, 1), EPS);

        LearningRateSchedule resumed = Schedules.create(ScheduleSpec.plateau(0.6f, 2, 1e-4f), 1e-3f, 100);
        resumed.restore(schedule.state());
        assertEquals(6e-4f, resumed.rate(3, 0, 1), EPS);
        for (int epoch = 3; epoch < 20; epoch++) {
            resumed.endOfEpoch(epoch, 0.1);
        }
        assertEquals(1e-4f, resumed.rate(20, 0, 1), EPS, "never below the minimum");
    }

    @Test
    void unknownTypesAreRejectedByName() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> Schedules.create(new ScheduleSpec("warp", null, 0, 0, 0, 0, 0, 0), 1e-3f, 5));
        assertTrue(error.getMessage().contains("warp"));
    }

    @Test
    void plateauStartsFreshFromAnEmptyState() {
        // A new fold restores the empty state of a fold that never ran; the fsd1st preset failed here.
        LearningRateSchedule schedule = Schedules.create(ScheduleSpec.plateau(0.6f, 2, 1e-4f), 1e-3f, 100);
        schedule.restore(new double[0]);
        assertEquals(1e-3f, schedule.rate(0, 0, 10), 1e-9f);
    }
}
