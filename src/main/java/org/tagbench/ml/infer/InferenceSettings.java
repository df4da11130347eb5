package org.tagbench.ml.infer;

import java.util.Locale;
import org.tagbench.ml.train.TrainingPlan;

/**
 * How a clip is cut for the network and how the pieces and folds are merged.
 *
 * @param frames window length (the plan's training crop)
 * @param step frames between tile starts ({@link Mode#TILES})
 * @param crops test-time crops per clip ({@link Mode#CROPS}, {@link Mode#ADAPTIVE_CROPS})
 * @param geometricFoldAverage folds merged by geometric mean (1st place) instead of the mean
 * @param maxBatchFrames upper bound on batch size x frames per forward pass, to cap memory
 * @param standardizeClips each clip standardised before windowing, as the plan trained with
 * @param padValue what fills a window beyond the clip: NaN for the clip's minimum (spectrograms), 0 for a waveform
 */
public record InferenceSettings(Mode mode, int frames, int step, int crops, boolean geometricFoldAverage, long seed,
        int maxBatchFrames, boolean standardizeClips, float padValue) {

    /** Settings that pad windows with the clip's minimum. */
    public InferenceSettings(Mode mode, int frames, int step, int crops, boolean geometricFoldAverage, long seed,
            int maxBatchFrames, boolean standardizeClips) {
        this(mode, frames, step, crops, geometricFoldAverage, seed, maxBatchFrames, standardizeClips, Float.NaN);
    }

    /** Settings that feed the features as they are. */
    public InferenceSettings(Mode mode, int frames, int step, int crops, boolean geometricFoldAverage, long seed,
            int maxBatchFrames) {
        this(mode, frames, step, crops, geometricFoldAverage, seed, maxBatchFrames, false);
    }

    /** Roughly 64 windows of 128 frames per forward pass. */
    public static final int DEFAULT_MAX_BATCH_FRAMES = 64 * 128;

    public enum Mode {
        /** Windows every {@code step} frames covering the whole clip, averaged. */
        TILES,
        /** {@code crops} windows at uniformly random starts, averaged. */
        CROPS,
        /** {@code crops} windows drawn by the 7th place's strength-adaptive rule, averaged. */
        ADAPTIVE_CROPS,
        /** The whole clip in one pass (networks with global pooling take any length). */
        FULL;

        public static Mode parse(String text) {
            String normalized = text == null ? "tiles" : text.strip().toLowerCase(Locale.ROOT);
            return switch (normalized) {
                case "tiles" -> TILES;
                case "crops" -> CROPS;
                case "adaptive-crops" -> ADAPTIVE_CROPS;
                case "full" -> FULL;
                default -> throw new IllegalArgumentException(
                        "Unknown inference mode '" + text + "': expected tiles, crops, adaptive-crops or full");
            };
        }
    }

    public InferenceSettings {
        if (frames < 1 || step < 1 || maxBatchFrames < frames) {
            throw new IllegalArgumentException("frames, step must be >= 1 and maxBatchFrames >= frames");
        }
        if ((mode == Mode.CROPS || mode == Mode.ADAPTIVE_CROPS) && crops < 1) {
            throw new IllegalArgumentException(mode + " needs at least one crop");
        }
    }

    public static InferenceSettings of(TrainingPlan plan) {
        TrainingPlan.InferenceSpec spec = plan.inference();
        return new InferenceSettings(Mode.parse(spec.mode()), plan.inputFrames(), spec.step() > 0 ? spec.step() : 64,
                spec.crops(), "geometric".equalsIgnoreCase(spec.foldAverage()), plan.seed(),
                Math.max(DEFAULT_MAX_BATCH_FRAMES, plan.inputFrames()), plan.standardizeClips(), plan.input().padValue());
    }

    public InferenceSettings withMode(Mode newMode, int newStep, int newCrops) {
        return new InferenceSettings(newMode, frames, newStep, newCrops, geometricFoldAverage, seed, maxBatchFrames,
                standardizeClips, padValue);
    }
}
