package org.tagbench.ml.train;

import java.util.Locale;

/**
 * A schedule as a preset file spells it. {@code type} is {@code constant}, {@code step},
 * {@code cosine} (with restarts), {@code one-cycle} or {@code plateau}; each reads only its own
 * fields, and a field left at 0 takes the default named in {@link Schedules}.
 *
 * @param milestones epochs at which {@code step} multiplies the rate by {@code factor}
 * @param factor {@code step}: multiplier at each milestone; {@code plateau}: multiplier after {@code patience} epochs without gain
 * @param cycleEpochs {@code cosine}: epochs per cycle before the rate jumps back up
 * @param minRate lowest rate ({@code cosine}, {@code plateau}) or the final rate ({@code one-cycle})
 * @param warmupFraction {@code one-cycle}: share of all steps spent rising to the peak
 * @param startRate {@code one-cycle}: the rate of the first step (the plan's rate is the peak)
 */
public record ScheduleSpec(String type, int[] milestones, float factor, int cycleEpochs, float minRate,
        float warmupFraction, float startRate, int patience) {

    public static ScheduleSpec constant() {
        return new ScheduleSpec("constant", null, 0, 0, 0, 0, 0, 0);
    }

    public static ScheduleSpec step(float factor, int... milestones) {
        return new ScheduleSpec("step", milestones, factor, 0, 0, 0, 0, 0);
    }

    public static ScheduleSpec cosine(int cycleEpochs, float minRate) {
        return new ScheduleSpec("cosine", null, 0, cycleEpochs, minRate, 0, 0, 0);
    }

    public static ScheduleSpec oneCycle(float startRate, float warmupFraction, float finalRate) {
        return new ScheduleSpec("one-cycle", null, 0, 0, finalRate, warmupFraction, startRate, 0);
    }

    public static ScheduleSpec plateau(float factor, int patience, float minRate) {
        return new ScheduleSpec("plateau", null, factor, 0, minRate, 0, 0, patience);
    }

    public String normalizedType() {
        return type == null ? "constant" : type.strip().toLowerCase(Locale.ROOT);
    }
}
