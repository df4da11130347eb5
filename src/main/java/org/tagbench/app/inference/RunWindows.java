package org.tagbench.app.inference;

import org.tagbench.dsp.ClipWindows;
import org.tagbench.dsp.CropSampler;
import org.tagbench.dsp.StrengthAdaptiveCrop;
import org.tagbench.ml.train.TrainingPlan;

/**
 * The windows a run takes from one clip, in that run's frames: what its inference scores ({@link #inferenceStarts})
 * and what its training sampler draws ({@link #trainingCropStarts}), placed on the clip's timeline through the run's
 * mel hop and the silence its features trimmed from the start. The window's Crops and Tiles overlays draw these.
 *
 * @param source which plan the windows are of, e.g. {@code run 3 (cpu-default)} or {@code preset cpu-default}
 * @param features the clip's log-mel as the run's training and inference read it (trimmed, its mel preset)
 * @param offsetSeconds where frame 0 of {@code features} lies in the clip (the trimmed leading silence)
 * @param secondsPerFrame the run's mel hop in seconds
 */
public record RunWindows(String source, TrainingPlan plan, float[][] features, double offsetSeconds,
        double secondsPerFrame) {

    /** Frames per window: the plan's {@code inputFrames} (the whole clip when inference is full length). */
    public int windowFrames() {
        return inference().windowFrames(features[0].length);
    }

    public ClipWindows inference() {
        return plan.testWindows();
    }

    public CropSampler trainingSampler() {
        return plan.trainingCropSampler();
    }

    /** The starts of the windows the run's inference cuts from this clip (exactly, crops included). */
    public int[] inferenceStarts() {
        return inference().starts(features);
    }

    /** {@code count} starts drawn by the run's training sampler, reproducible by {@code seed}. */
    public int[] trainingCropStarts(int count, long seed) {
        ClipWindows.Kind kind = trainingSampler() == CropSampler.STRENGTH_ADAPTIVE
                ? ClipWindows.Kind.STRENGTH_ADAPTIVE_CROPS : ClipWindows.Kind.UNIFORM_CROPS;
        return new ClipWindows(kind, plan.inputFrames(), plan.inputFrames(), count, seed).starts(features);
    }

    /** The start of strength {@code i} of {@link #strengths}. */
    public int firstStrengthStart() {
        return StrengthAdaptiveCrop.seventhPlaceBands(features, plan.inputFrames()).start(0);
    }

    /** The strength-adaptive sampler's window strengths, scaled to [0, 1] (weakest 0, strongest 1). */
    public double[] strengths() {
        double[] strengths = StrengthAdaptiveCrop.seventhPlaceBands(features, plan.inputFrames()).strengths();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double strength : strengths) {
            min = Math.min(min, strength);
            max = Math.max(max, strength);
        }
        double range = max - min;
        for (int i = 0; i < strengths.length; i++) {
            strengths[i] = range > 0 ? (strengths[i] - min) / range : 1;
        }
        return strengths;
    }

    /** Where frame {@code frame} of the run's features lies on the clip's timeline. */
    public double seconds(double frame) {
        return offsetSeconds + frame * secondsPerFrame;
    }

    /** E.g. {@code tiles of 256 frames every 64} or {@code 20 adaptive crops of 128 frames}. */
    public String inferenceDescription() {
        ClipWindows windows = inference();
        return switch (windows.kind()) {
            case TILES -> "tiles of " + windows.frames() + " frames every " + windows.step();
            case UNIFORM_CROPS -> windows.count() + " random crops of " + windows.frames() + " frames";
            case STRENGTH_ADAPTIVE_CROPS -> windows.count() + " strength-adaptive crops of " + windows.frames() + " frames";
            case EVEN_CROPS -> windows.count() + " crops of " + windows.frames() + " frames, start to end";
            case FULL -> "the whole clip";
        };
    }
}
