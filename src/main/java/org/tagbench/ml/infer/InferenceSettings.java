package org.tagbench.ml.infer;

import org.tagbench.dsp.ClipWindows;
import org.tagbench.ml.data.WindowScoring;
import org.tagbench.ml.train.TrainingPlan;

/**
 * How a clip is cut for the network and how the pieces and folds are merged.
 *
 * @param frames window length (the plan's training crop)
 * @param step frames between tile starts ({@link Mode#TILES})
 * @param crops test-time crops per clip ({@link Mode#CROPS}, {@link Mode#ADAPTIVE_CROPS}, {@link Mode#EVEN_CROPS})
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
    public static final int DEFAULT_MAX_BATCH_FRAMES = WindowScoring.DEFAULT_MAX_BATCH_FRAMES;

    public enum Mode {
        /** Windows every {@code step} frames covering the whole clip, averaged. */
        TILES,
        /** {@code crops} windows at uniformly random starts (training's uniform sampler), averaged. */
        CROPS,
        /** {@code crops} windows drawn by the 7th place's strength-adaptive sampler (training's), averaged. */
        ADAPTIVE_CROPS,
        /** {@code crops} windows evenly spaced from the clip's start to its end (2nd place: start, middle, end). */
        EVEN_CROPS,
        /** The whole clip in one pass (networks with global pooling take any length). */
        FULL;

        public static Mode parse(String text) {
            return switch (ClipWindows.Kind.parse(text)) {
                case TILES -> TILES;
                case UNIFORM_CROPS -> CROPS;
                case STRENGTH_ADAPTIVE_CROPS -> ADAPTIVE_CROPS;
                case EVEN_CROPS -> EVEN_CROPS;
                case FULL -> FULL;
            };
        }

        ClipWindows.Kind windowKind() {
            return switch (this) {
                case TILES -> ClipWindows.Kind.TILES;
                case CROPS -> ClipWindows.Kind.UNIFORM_CROPS;
                case ADAPTIVE_CROPS -> ClipWindows.Kind.STRENGTH_ADAPTIVE_CROPS;
                case EVEN_CROPS -> ClipWindows.Kind.EVEN_CROPS;
                case FULL -> ClipWindows.Kind.FULL;
            };
        }
    }

    public InferenceSettings {
        if (frames < 1 || step < 1 || maxBatchFrames < frames) {
            throw new IllegalArgumentException("frames, step must be >= 1 and maxBatchFrames >= frames");
        }
        if ((mode == Mode.CROPS || mode == Mode.ADAPTIVE_CROPS || mode == Mode.EVEN_CROPS) && crops < 1) {
            throw new IllegalArgumentException(mode + " needs at least one crop");
        }
    }

    public static InferenceSettings of(TrainingPlan plan) {
        TrainingPlan.InferenceSpec spec = plan.inference();
        return new InferenceSettings(Mode.parse(spec.mode()), plan.inputFrames(), spec.tileStep(plan.inputFrames()),
                spec.crops(), "geometric".equalsIgnoreCase(spec.foldAverage()), plan.seed(),
                Math.max(DEFAULT_MAX_BATCH_FRAMES, plan.inputFrames()), plan.standardizeClips(), plan.input().padValue());
    }

    /** The windows of a clip these settings score (one rule with the out-of-fold predictions and the overlays). */
    public ClipWindows windows() {
        return new ClipWindows(mode.windowKind(), frames, Math.min(step, frames), crops, seed);
    }

    /** How a clip is cut and scored: shared with a fold's validation, so out-of-fold predictions match inference. */
    public WindowScoring scoring() {
        return new WindowScoring(windows(), standardizeClips, maxBatchFrames, padValue);
    }

    public InferenceSettings withMode(Mode newMode, int newStep, int newCrops) {
        return new InferenceSettings(newMode, frames, newStep, newCrops, geometricFoldAverage, seed, maxBatchFrames,
                standardizeClips, padValue);
    }
}
