package org.tagbench.ml.data;

import org.tagbench.dsp.ClipWindows;
import org.tagbench.dsp.CropSampler;

/**
 * How the batch pipeline works: batch size, the fixed crop length in frames, how many worker
 * threads prepare batches and how many finished batches may wait ahead of the trainer, whether each
 * clip is standardised ({@link ClipStandardizer}) before it is cropped, how training crops are drawn
 * ({@code trainingCrop}) and how a validation clip is scored ({@code validation}: the plan's own
 * inference windows, so out-of-fold predictions judge the whole clip as inference does). {@code padValue} fills a
 * window beyond a short clip: NaN (spectrograms) keeps the crop sampler's own filling (the clip's minimum, or the
 * clip repeated), a number (0 for the waveform) pads with it at a random offset in training, as the 2018 kernel did.
 */
public record PipelineSettings(int batchSize, int cropFrames, int workers, int prefetchBatches, boolean standardizeClips,
        CropSampler trainingCrop, WindowScoring validation, float padValue) {

    /** Settings that feed the features as they are: uniform crops, validation on tiles of one crop length. */
    public PipelineSettings(int batchSize, int cropFrames, int workers, int prefetchBatches) {
        this(batchSize, cropFrames, workers, prefetchBatches, false);
    }

    /** Uniform training crops; validation on tiles of one crop length, a step of at most 64 frames. */
    public PipelineSettings(int batchSize, int cropFrames, int workers, int prefetchBatches, boolean standardizeClips) {
        this(batchSize, cropFrames, workers, prefetchBatches, standardizeClips, Float.NaN);
    }

    /** The same with a pad value ({@code padValue}: NaN for a spectrogram's own padding, 0 for a waveform). */
    public PipelineSettings(int batchSize, int cropFrames, int workers, int prefetchBatches, boolean standardizeClips,
            float padValue) {
        this(batchSize, cropFrames, workers, prefetchBatches, standardizeClips, CropSampler.UNIFORM,
                new WindowScoring(ClipWindows.tiles(Math.max(1, cropFrames), Math.max(1, Math.min(64, cropFrames))),
                        standardizeClips, Math.max(WindowScoring.DEFAULT_MAX_BATCH_FRAMES, cropFrames), padValue),
                padValue);
    }

    /** A window beyond a short clip is filled with {@link #padValue} (a waveform's zeros), not by the crop sampler. */
    public boolean padsWithValue() {
        return !Float.isNaN(padValue);
    }

    public PipelineSettings {
        requirePositive(batchSize, "batchSize");
        requirePositive(cropFrames, "cropFrames");
        requirePositive(workers, "workers");
        requirePositive(prefetchBatches, "prefetchBatches");
        java.util.Objects.requireNonNull(trainingCrop, "trainingCrop");
        java.util.Objects.requireNonNull(validation, "validation");
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
