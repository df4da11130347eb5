package org.tagbench.ml.data;

/**
 * How the batch pipeline works: batch size, the fixed crop length in frames, how many worker
 * threads prepare batches and how many finished batches may wait ahead of the trainer, and whether each
 * clip is standardised ({@link ClipStandardizer}) before it is cropped. {@code padValue} fills a window beyond a
 * short clip: NaN (spectrograms) keeps the crop code's own filling (the clip's minimum, or the clip repeated), a
 * number (0 for the waveform) pads with it at a random offset in training and evenly in evaluation.
 */
public record PipelineSettings(int batchSize, int cropFrames, int workers, int prefetchBatches, boolean standardizeClips,
        float padValue) {

    /** Settings that feed the features as they are. */
    public PipelineSettings(int batchSize, int cropFrames, int workers, int prefetchBatches) {
        this(batchSize, cropFrames, workers, prefetchBatches, false);
    }

    /** Settings with the spectrogram's own padding. */
    public PipelineSettings(int batchSize, int cropFrames, int workers, int prefetchBatches, boolean standardizeClips) {
        this(batchSize, cropFrames, workers, prefetchBatches, standardizeClips, Float.NaN);
    }

    public boolean padsWithValue() {
        return !Float.isNaN(padValue);
    }

    public PipelineSettings {
        requirePositive(batchSize, "batchSize");
        requirePositive(cropFrames, "cropFrames");
        requirePositive(workers, "workers");
        requirePositive(prefetchBatches, "prefetchBatches");
    }

    /** One worker and two batches ahead: on 2 cores the second core belongs to the model step. */
    public static PipelineSettings of(int batchSize, int cropFrames) {
        return new PipelineSettings(batchSize, cropFrames, 1, 2);
    }

    private static void requirePositive(int value, String name) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, got " + value);
        }
    }
}
