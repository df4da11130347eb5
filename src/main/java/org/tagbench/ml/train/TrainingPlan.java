package org.tagbench.ml.train;

import java.util.List;
import java.util.Objects;
import org.tagbench.dsp.ClipWindows;
import org.tagbench.dsp.CropSampler;
import org.tagbench.ml.augment.wave.CopyStyle;

/**
 * A model preset as stored in the repository's {@code models/} folder: which network at which
 * width, what input, and how to train and predict. {@code org.tagbench.ml.zoo.Presets} reads and
 * writes it as JSON and resolves it into a {@link TrainingSetup}.
 *
 * @param source where the architecture and recipe come from (solution, repository, TECHNIQUES section)
 * @param network a name known to {@code org.tagbench.ml.zoo.NetworkCatalog}, e.g. {@code cnn-model-1}
 * @param width channel multiplier: 1.0 is the published network
 * @param inputFrames fixed crop length of a training sample
 * @param melPreset name of the {@code dsp} log-mel preset whose features the plan expects
 * @param melBins mel bins of that preset (the network's input height)
 * @param earlyStoppingPatience epochs without a better validation lwlrap before a fold stops (0: never)
 * @param workers background threads preparing batches
 * @param standardizeClips each clip's log-mel standardised to zero mean and unit variance before cropping, in
 *                         training and inference (the 7th and 8th places' per-clip normalisation)
 * @param augmentedCopies offline waveform-augmented copies of the curated clips, trained on with their original's
 *                        fold (left out of a preset: none)
 * @param trainingCrop how a training sample's window is chosen from its clip: {@code random} (uniform start, the
 *                     default) or {@code strength-adaptive} (the 7th place's sampler, TECHNIQUES 4.5)
 * @param input what the network reads (left out of a preset: the log-mel of {@code melPreset}); see {@link InputSpec}
 */
public record TrainingPlan(String name, String description, String source, String network, double width,
        int inputFrames, String melPreset, int melBins, int batchSize, int epochs, String optimizer,
        float learningRate, float weightDecay, ScheduleSpec schedule, LossSpec loss,
        List<AugmentationSpec> augmentations, int folds, long seed, int earlyStoppingPatience, int workers,
        InferenceSpec inference, boolean standardizeClips, AugmentedCopiesSpec augmentedCopies, String trainingCrop,
        InputSpec input) {

    /** A plan that feeds the features as they are. */
    public TrainingPlan(String name, String description, String source, String network, double width,
            int inputFrames, String melPreset, int melBins, int batchSize, int epochs, String optimizer,
            float learningRate, float weightDecay, ScheduleSpec schedule, LossSpec loss,
            List<AugmentationSpec> augmentations, int folds, long seed, int earlyStoppingPatience, int workers,
            InferenceSpec inference) {
        this(name, description, source, network, width, inputFrames, melPreset, melBins, batchSize, epochs, optimizer,
                learningRate, weightDecay, schedule, loss, augmentations, folds, seed, earlyStoppingPatience, workers,
                inference, false, AugmentedCopiesSpec.NONE, null, null);
    }

    public static final String RANDOM_CROP = "random";
    public static final String STRENGTH_ADAPTIVE_CROP = "strength-adaptive";

    public TrainingPlan {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(network, name + ": network");
        augmentations = augmentations == null ? List.of() : List.copyOf(augmentations);
        schedule = schedule == null ? ScheduleSpec.constant() : schedule;
        loss = loss == null ? new LossSpec("bce", 0, 0) : loss;
        inference = inference == null ? InferenceSpec.DEFAULT : inference;
        augmentedCopies = augmentedCopies == null ? AugmentedCopiesSpec.NONE : augmentedCopies;
        trainingCrop = trainingCrop == null ? RANDOM_CROP : trainingCrop;
        input = input == null ? InputSpec.LOG_MEL : input;
        if (!RANDOM_CROP.equals(trainingCrop) && !STRENGTH_ADAPTIVE_CROP.equals(trainingCrop)) {
            throw new IllegalArgumentException(name + ": trainingCrop must be " + RANDOM_CROP + " or "
                    + STRENGTH_ADAPTIVE_CROP + ", got '" + trainingCrop + "'");
        }
        requirePositive(name, "width", width);
        requirePositive(name, "inputFrames", inputFrames);
        requirePositive(name, "melBins", melBins);
        requirePositive(name, "batchSize", batchSize);
        requirePositive(name, "epochs", epochs);
        requirePositive(name, "learningRate", learningRate);
        if (folds < 2) {
            throw new IllegalArgumentException(name + ": folds must be at least 2, got " + folds);
        }
    }

    public TrainingPlan withEpochs(int newEpochs) {
        return new TrainingPlan(name, description, source, network, width, inputFrames, melPreset, melBins, batchSize,
                newEpochs, optimizer, learningRate, weightDecay, schedule, loss, augmentations, folds, seed,
                earlyStoppingPatience, workers, inference, standardizeClips, augmentedCopies, trainingCrop, input);
    }

    public TrainingPlan withFolds(int newFolds) {
        return new TrainingPlan(name, description, source, network, width, inputFrames, melPreset, melBins, batchSize,
                epochs, optimizer, learningRate, weightDecay, schedule, loss, augmentations, newFolds, seed,
                earlyStoppingPatience, workers, inference, standardizeClips, augmentedCopies, trainingCrop, input);
    }

    public TrainingPlan withSeed(long newSeed) {
        return new TrainingPlan(name, description, source, network, width, inputFrames, melPreset, melBins, batchSize,
                epochs, optimizer, learningRate, weightDecay, schedule, loss, augmentations, folds, newSeed,
                earlyStoppingPatience, workers, inference, standardizeClips, augmentedCopies, trainingCrop, input);
    }

    public TrainingPlan withAugmentedCopies(AugmentedCopiesSpec copies) {
        return new TrainingPlan(name, description, source, network, width, inputFrames, melPreset, melBins, batchSize,
                epochs, optimizer, learningRate, weightDecay, schedule, loss, augmentations, folds, seed,
                earlyStoppingPatience, workers, inference, standardizeClips, copies, trainingCrop, input);
    }

    /** The same plan choosing its training windows another way ({@link #RANDOM_CROP} or {@link #STRENGTH_ADAPTIVE_CROP}). */
    public TrainingPlan withTrainingCrop(String newTrainingCrop) {
        return new TrainingPlan(name, description, source, network, width, inputFrames, melPreset, melBins, batchSize,
                epochs, optimizer, learningRate, weightDecay, schedule, loss, augmentations, folds, seed,
                earlyStoppingPatience, workers, inference, standardizeClips, augmentedCopies, newTrainingCrop, input);
    }

    /** The same plan predicting another way (a recipe member's TTA). */
    public TrainingPlan withInference(InferenceSpec newInference) {
        return new TrainingPlan(name, description, source, network, width, inputFrames, melPreset, melBins, batchSize,
                epochs, optimizer, learningRate, weightDecay, schedule, loss, augmentations, folds, seed,
                earlyStoppingPatience, workers, newInference, standardizeClips, augmentedCopies, trainingCrop, input);
    }

    private static void requirePositive(String plan, String field, double value) {
        if (!(value > 0)) {
            throw new IllegalArgumentException(plan + ": " + field + " must be positive, got " + value);
        }
    }

    /**
     * The loss by name: {@code bce}, {@code bce-smoothed} (with {@code smoothing}), {@code lsep},
     * {@code bce+lsoft} (L_soft with {@code beta} on noisy clips).
     */
    public record LossSpec(String type, float smoothing, float beta) {}

    /**
     * One augmentation step by name, applied with {@code probability} (left out: always), with
     * optional named parameters (e.g. {@code alpha} of mixup).
     */
    public record AugmentationSpec(String type, Double probability, java.util.Map<String, Double> parameters) {
        public double effectiveProbability() {
            return probability == null ? 1.0 : probability;
        }

        public double parameter(String key, double fallback) {
            return parameters == null ? fallback : parameters.getOrDefault(key, fallback);
        }
    }

    /**
     * How the trained models predict a clip: {@code tiles} (windows every {@code step} frames),
     * {@code crops} / {@code adaptive-crops} ({@code crops} random or strength-adaptive windows), {@code even-crops}
     * ({@code crops} windows evenly spaced from the start to the end of the clip) or {@code full} (whole clip);
     * folds combined by {@code mean} or {@code geometric}.
     */
    public record InferenceSpec(String mode, int step, int crops, String foldAverage) {
        public static final InferenceSpec DEFAULT = new InferenceSpec("tiles", 64, 0, "mean");
        static final int DEFAULT_TILE_STEP = 64;

        /** The tile step for windows of {@code frames}: the preset's (64 when left out), at most one window. */
        public int tileStep(int frames) {
            return Math.min(frames, step > 0 ? step : DEFAULT_TILE_STEP);
        }

        /**
         * The windows this mode scores for windows of {@code frames} drawn from {@code seed}: {@code tiles}, {@code crops}
         * (uniform, as training's random crops), {@code adaptive-crops} (strength-adaptive), {@code even-crops} (start
         * to end) or {@code full}.
         */
        public ClipWindows windows(int frames, long seed) {
            return new ClipWindows(ClipWindows.Kind.parse(mode), frames, tileStep(frames), crops, seed);
        }
    }

    /** The sampler of this plan's training crops ({@link #trainingCrop}). */
    public CropSampler trainingCropSampler() {
        return CropSampler.byPresetName(trainingCrop);
    }

    /** The windows a clip is scored on at test time and in the out-of-fold predictions. */
    public ClipWindows testWindows() {
        return inference.windows(inputFrames, seed);
    }

    /**
     * Offline augmented copies of every curated clip (TECHNIQUES 4.5: the 7th place trained on curated plus 7 copies,
     * the set 8x). {@code count} copies per clip made by {@code style} ({@code seventh-place} or {@code third-place},
     * see {@link CopyStyle}) from {@code seed}; the copies' features are cached, so only the first training makes them.
     */
    public record AugmentedCopiesSpec(int count, String style, long seed) {
        public static final AugmentedCopiesSpec NONE = new AugmentedCopiesSpec(0, null, 0);

        public AugmentedCopiesSpec {
            style = style == null ? CopyStyle.SEVENTH_PLACE.styleName() : style;
            if (count < 0) {
                throw new IllegalArgumentException("augmentedCopies.count must be >= 0, got " + count);
            }
            styleNamed(style);
        }

        public AugmentedCopiesSpec withCount(int newCount) {
            return new AugmentedCopiesSpec(newCount, style, seed);
        }

        public boolean enabled() {
            return count > 0;
        }

        public CopyStyle copyStyle() {
            return styleNamed(style);
        }

        private static CopyStyle styleNamed(String name) {
            return CopyStyle.byName(name).orElseThrow(() -> new IllegalArgumentException(
                    "augmentedCopies.style '" + name + "' is unknown: use seventh-place or third-place"));
        }
    }
}
