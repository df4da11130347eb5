package org.tagbench.app.training;

import org.tagbench.domain.ClipId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.tagbench.domain.LabelSource;
import org.tagbench.ml.train.TrainingPlan.InferenceSpec;

/**
 * One training as the user asks for it. Zero folds or epochs and a null seed mean "as the preset says";
 * {@code sources} picks the kinds of labelled clips by {@link LabelSource} name (curated, noisy, pseudo: the words the
 * command line takes and the stored request keeps); {@code initRun} warm-starts each fold
 * from that run's models; {@code extraClips} adds clips with the labels given here (noisy clips a pipeline selected
 * or relabelled), trained on as pseudo-labelled; {@code augmentedCopies} (null: as the preset says) sets how many
 * offline augmented copies of each curated clip train with it; {@code partial} (null: {@link PartialPolicy#INCLUDE})
 * whether clips only part of whose audio decodes train; {@code inference} (null: as the preset says) how its models
 * predict (a recipe member's TTA) and {@code trainingCrop} (null: as the preset says) how its training windows are chosen.
 */
public record TrainRequest(String preset, int folds, int epochs, Set<String> sources, Long initRun, String device,
                           Long seed, int threads, Map<String, List<String>> extraClips, Integer augmentedCopies,
                           PartialPolicy partial, InferenceSpec inference, String trainingCrop) {
    public TrainRequest {
        partial = partial == null ? PartialPolicy.INCLUDE : partial;
        sources = Set.copyOf(sources);
        extraClips = extraClips == null ? Map.of() : Map.copyOf(extraClips);
        if (augmentedCopies != null && augmentedCopies < 0) {
            throw new IllegalArgumentException("augmented copies must be >= 0, got " + augmentedCopies);
        }
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("train on at least one source: curated, noisy or pseudo");
        }
        for (String source : sources) {
            if (!TRAINABLE.contains(source)) {
                throw new IllegalArgumentException("unknown source '" + source + "': use curated, noisy or pseudo");
            }
        }
    }

    private static final Set<String> TRAINABLE = names(LabelSource.CURATED, LabelSource.NOISY, LabelSource.PSEUDO);

    /** The names a request keeps for these sources. */
    public static Set<String> names(LabelSource... sources) {
        return Arrays.stream(sources).map(LabelSource::dbName).collect(Collectors.toUnmodifiableSet());
    }

    /** The text a request keeps for extra clips (requests are stored as JSON: run folders, pipeline state files). */
    public static Map<String, List<String>> extraClipsOf(Map<ClipId, List<String>> labelsByClip) {
        Map<String, List<String>> byName = new LinkedHashMap<>();
        labelsByClip.forEach((clip, labels) -> byName.put(clip.fname(), labels));
        return byName;
    }

    /** The extra clips by clip id. */
    public Map<ClipId, List<String>> extraClipIds() {
        Map<ClipId, List<String>> byClip = new LinkedHashMap<>();
        extraClips.forEach((fname, labels) -> byClip.put(ClipId.of(fname), labels));
        return byClip;
    }

    /** The kinds of labelled clips this request trains on. */
    public Set<LabelSource> labelSources() {
        return sources.stream().map(LabelSource::fromDbName).collect(Collectors.toUnmodifiableSet());
    }

    public TrainRequest(String preset, int folds, int epochs, Set<String> sources, Long initRun, String device,
                        Long seed, int threads, Map<String, List<String>> extraClips, Integer augmentedCopies,
                        PartialPolicy partial) {
        this(preset, folds, epochs, sources, initRun, device, seed, threads, extraClips, augmentedCopies, partial, null,
                null);
    }

    public TrainRequest(String preset, int folds, int epochs, Set<String> sources, Long initRun, String device,
                        Long seed, int threads, Map<String, List<String>> extraClips, Integer augmentedCopies) {
        this(preset, folds, epochs, sources, initRun, device, seed, threads, extraClips, augmentedCopies, null);
    }

    /** A request that keeps the preset's augmented copies. */
    public TrainRequest(String preset, int folds, int epochs, Set<String> sources, Long initRun, String device,
                        Long seed, int threads, Map<String, List<String>> extraClips) {
        this(preset, folds, epochs, sources, initRun, device, seed, threads, extraClips, null);
    }

    public static TrainRequest defaults(String preset) {
        return new TrainRequest(preset, 0, 0, names(LabelSource.CURATED, LabelSource.NOISY), null, "auto", null, 0,
                Map.of());
    }

    public TrainRequest withStage(Set<String> newSources, Long newInitRun, Map<String, List<String>> newExtraClips) {
        return new TrainRequest(preset, folds, epochs, newSources, newInitRun, device, seed, threads, newExtraClips,
                augmentedCopies, partial, inference, trainingCrop);
    }

    /**
     * The same request for a recipe's member: its preset, predicting as {@code newInference} says, with
     * {@code newTrainingCrop} and {@code newAugmentedCopies} (null each: as that preset, or this request, says).
     */
    public TrainRequest forMember(String memberPreset, InferenceSpec newInference, String newTrainingCrop,
                                  Integer newAugmentedCopies) {
        return new TrainRequest(memberPreset, folds, epochs, sources, initRun, device, seed, threads, extraClips,
                newAugmentedCopies == null ? augmentedCopies : newAugmentedCopies, partial, newInference, newTrainingCrop);
    }
}
