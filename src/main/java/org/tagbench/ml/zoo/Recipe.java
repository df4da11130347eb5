package org.tagbench.ml.zoo;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.tagbench.ml.train.TrainingPlan;
import org.tagbench.ml.train.TrainingPlan.InferenceSpec;

/**
 * An ensemble preset: named member presets (plans in the same {@code models/} folder), each trained on its own and
 * optionally through a noisy-label pipeline, their predictions combined into one ensemble run. {@link Presets} reads
 * it from a JSON file that has {@code members}.
 *
 * @param combine how the members' predictions become one: {@code mean}, {@code geomean}, {@code rank} or
 *                {@code stack} (the 2nd place's per-class weights fitted on out-of-fold predictions)
 */
public record Recipe(String name, String description, String source, String combine, List<Member> members) {
    public static final List<String> COMBINES = List.of("mean", "geomean", "rank", "stack");
    public static final List<String> PIPELINES = List.of("pretrain", "warmup", "pseudo");

    public Recipe {
        Objects.requireNonNull(name, "name");
        combine = combine == null ? "mean" : combine;
        if (!COMBINES.contains(combine)) {
            throw new IllegalArgumentException("combine: '" + combine + "' is unknown; use one of " + COMBINES);
        }
        if (members == null || members.isEmpty()) {
            throw new IllegalArgumentException("members: a recipe needs at least one member");
        }
        members = List.copyOf(members);
        Set<String> names = new HashSet<>();
        for (int i = 0; i < members.size(); i++) {
            Member member = members.get(i);
            if (member.preset() == null) {
                throw new IllegalArgumentException("members[" + i + "].preset is missing");
            }
            if (member.pipeline() != null && !PIPELINES.contains(member.pipeline())) {
                throw new IllegalArgumentException("members[" + i + "].pipeline: '" + member.pipeline()
                        + "' is unknown; use one of " + PIPELINES + " or leave it out");
            }
            if (member.trainingCrop() != null && !TrainingPlan.RANDOM_CROP.equals(member.trainingCrop())
                    && !TrainingPlan.STRENGTH_ADAPTIVE_CROP.equals(member.trainingCrop())) {
                throw new IllegalArgumentException("members[" + i + "].trainingCrop: '" + member.trainingCrop()
                        + "' is unknown; use " + TrainingPlan.RANDOM_CROP + " or " + TrainingPlan.STRENGTH_ADAPTIVE_CROP);
            }
            if (member.augmentedCopies() != null && member.augmentedCopies() < 0) {
                throw new IllegalArgumentException("members[" + i + "].augmentedCopies must be >= 0");
            }
            if (!names.add(member.label())) {
                throw new IllegalArgumentException("members[" + i + "]: a second member named '" + member.label()
                        + "'; give it a distinct name");
            }
        }
    }

    /**
     * One member: a preset, the pipeline it goes through (null: plain training on curated and noisy labels), and
     * optional overrides (null each: the preset's or the pipeline's default) of the preset's inference (TTA), training
     * crop, offline augmented copies, and of the pipeline's settings.
     *
     * @param name a label for the member (null: its preset's name)
     */
    public record Member(String name, String preset, String pipeline, InferenceSpec inference, String trainingCrop,
                         Integer augmentedCopies, List<Double> pseudoFractions, Double relabelTarget,
                         Integer perLabelCap) {
        public Member(String preset, String pipeline) {
            this(null, preset, pipeline, null, null, null, null, null, null);
        }

        public String label() {
            return name == null ? preset : name;
        }

        /** "fsd8th-vgg16-bn (warmup)": the preset and its pipeline, as the models list shows it. */
        public String describe() {
            String label = name == null ? preset : name + "=" + preset;
            return label + (pipeline == null ? "" : " (" + pipeline + ")") + (inference == null ? ""
                    : " [tta " + inference.mode() + (inference.crops() > 0 ? " x" + inference.crops() : "") + "]");
        }
    }
}
