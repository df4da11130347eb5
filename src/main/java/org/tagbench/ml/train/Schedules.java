package org.tagbench.ml.train;

import java.util.Arrays;

/** The schedules of the FAT2019 recipes (TECHNIQUES 4), built from a {@link ScheduleSpec}. */
public final class Schedules {
    static final float DEFAULT_STEP_FACTOR = 0.5f;
    static final float DEFAULT_PLATEAU_FACTOR = 0.6f;
    static final int DEFAULT_PLATEAU_PATIENCE = 6;
    static final float DEFAULT_WARMUP_FRACTION = 0.3f;

    private Schedules() {}

    /** A schedule peaking at {@code rate} over a run of {@code epochs} epochs. */
    public static LearningRateSchedule create(ScheduleSpec spec, float rate, int epochs) {
        return switch (spec.normalizedType()) {
            case "constant" -> (epoch, step, steps) -> rate;
            case "step" -> stepDecay(rate, orDefault(spec.factor(), DEFAULT_STEP_FACTOR),
                    spec.milestones() == null ? new int[0] : spec.milestones());
            case "cosine" -> cosineWithRestarts(rate, spec.minRate(), spec.cycleEpochs() > 0 ? spec.cycleEpochs() : epochs);
            case "one-cycle" -> oneCycle(spec.startRate() > 0 ? spec.startRate() : rate / 25, rate,
                    spec.minRate(), orDefault(spec.warmupFraction(), DEFAULT_WARMUP_FRACTION), epochs);
            case "plateau" -> new ReduceOnPlateau(rate, orDefault(spec.factor(), DEFAULT_PLATEAU_FACTOR),
                    spec.patience() > 0 ? spec.patience() : DEFAULT_PLATEAU_PATIENCE, spec.minRate());
            default -> throw new IllegalArgumentException("Unknown schedule '" + spec.type()
                    + "': expected constant, step, cosine, one-cycle or plateau");
        };
    }

    /** The rate times {@code factor} for every milestone epoch already reached (2nd place: halve at 14, 21, 28). */
    public static LearningRateSchedule stepDecay(float rate, float factor, int... milestones) {
        int[] sorted = milestones.clone();
        Arrays.sort(sorted);
        return (epoch, step, steps) -> {
            float current = rate;
            for (int milestone : sorted) {
                if (epoch >= milestone) {
                    current *= factor;
                }
            }
            return current;
        };
    }

    /** Cosine from {@code maxRate} down to {@code minRate} over each cycle, then back up (7th place: 1e-3 to 1e-5 every 10). */
    public static LearningRateSchedule cosineWithRestarts(float maxRate, float minRate, int cycleEpochs) {
        return (epoch, step, steps) -> {
            double position = ((epoch % cycleEpochs) + (double) step / Math.max(1, steps)) / cycleEpochs;
            return (float) (minRate + (maxRate - minRate) * (1 + Math.cos(Math.PI * position)) / 2);
        };
    }

    /** Linear rise from {@code startRate} to {@code peakRate}, then linear fall to {@code finalRate} (3rd place). */
    public static LearningRateSchedule oneCycle(float startRate, float peakRate, float finalRate, float warmupFraction,
            int epochs) {
        return (epoch, step, steps) -> {
            double progress = (epoch + (double) step / Math.max(1, steps)) / epochs;
            if (progress < warmupFraction) {
                return (float) (startRate + (peakRate - startRate) * progress / warmupFraction);
            }
            double fall = Math.min(1, (progress - warmupFraction) / (1 - warmupFraction));
            return (float) (peakRate + (finalRate - peakRate) * fall);
        };
    }

    private static float orDefault(float value, float fallback) {
        return value > 0 ? value : fallback;
    }

    /** The 1st place's ReduceLROnPlateau on validation lwlrap: multiply by {@code factor} after {@code patience} flat epochs. */
    static final class ReduceOnPlateau implements LearningRateSchedule {
        private final float factor;
        private final int patience;
        private final float minRate;
        private float current;
        private double best = Double.NEGATIVE_INFINITY;
        private int flatEpochs;

        ReduceOnPlateau(float rate, float factor, int patience, float minRate) {
            this.current = rate;
            this.factor = factor;
            this.patience = patience;
            this.minRate = minRate;
        }

        @Override
        public float rate(int epoch, int stepInEpoch, int stepsPerEpoch) {
            return current;
        }

        @Override
        public void endOfEpoch(int epoch, double validationScore) {
            if (validationScore > best) {
                best = validationScore;
                flatEpochs = 0;
                return;
            }
            if (++flatEpochs >= patience) {
                current = Math.max(minRate, current * factor);
                flatEpochs = 0;
            }
        }

        @Override
        public double[] state() {
            return new double[] {current, best, flatEpochs};
        }

        @Override
        public void restore(double[] state) {
            if (state.length == 0) {
                return; // a fold starting fresh has no saved state
            }
            current = (float) state[0];
            best = state[1];
            flatEpochs = (int) state[2];
        }
    }
}
