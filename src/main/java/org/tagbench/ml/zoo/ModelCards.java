package org.tagbench.ml.zoo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;
import org.tagbench.ml.models.ParameterCount;
import org.tagbench.ml.train.TrainingPlan;

/**
 * The model card beside each preset ({@code models/<preset>.md}): what the network is, where it
 * comes from and its size. Measured results (lwlrap, time per epoch) are added by whoever measures
 * them; this class never writes numbers it did not compute.
 */
public final class ModelCards {
    /** FAT2019 has 80 classes; cards count parameters for that head. */
    public static final int FAT2019_CLASSES = 80;
    static final String PARAMETER_LINE = "- Trainable parameters (80 classes): ";

    private ModelCards() {}

    public static long trainableParameters(TrainingPlan plan, PlanResolver resolver) {
        return ParameterCount.trainableAfterInitialising(resolver.network(plan, FAT2019_CLASSES),
                resolver.inputShapes(plan, FAT2019_CLASSES, 2));
    }

    /**
     * The parameter count a card states, if it has the line (PresetsTest keeps every card's count equal to
     * {@link #trainableParameters}, which builds the network and so loads the engine: seconds per preset).
     */
    public static java.util.OptionalLong statedParameters(String card) {
        for (String line : card.split("\n")) {
            if (line.startsWith(PARAMETER_LINE)) {
                try {
                    return java.util.OptionalLong.of(Long.parseLong(line.substring(PARAMETER_LINE.length()).replace(",", "").trim()));
                } catch (NumberFormatException e) {
                    return java.util.OptionalLong.empty();
                }
            }
        }
        return java.util.OptionalLong.empty();
    }

    public static String render(TrainingPlan plan, long parameters) {
        String augmentations = plan.augmentations().isEmpty() ? "none" : plan.augmentations().stream()
                .map(a -> a.type() + " (p " + a.effectiveProbability() + ")").collect(Collectors.joining(", "));
        return "# " + plan.name() + "\n\n"
                + plan.description() + "\n\n"
                + "## Architecture\n\n"
                + "- Source: " + plan.source() + "\n"
                + "- Network: `" + plan.network() + "` at width " + plan.width() + "\n"
                + "- Input: 1 x " + plan.melBins() + " mels x " + plan.inputFrames() + " frames (log-mel preset `"
                + plan.melPreset() + "`)\n"
                + PARAMETER_LINE + String.format(Locale.ROOT, "%,d", parameters) + "\n\n"
                + "## Training recipe\n\n"
                + "- " + plan.folds() + " folds (multilabel-stratified), seed " + plan.seed() + "\n"
                + "- " + plan.epochs() + " epochs, batch " + plan.batchSize() + ", " + plan.optimizer() + " at "
                + plan.learningRate() + ", schedule `" + plan.schedule().normalizedType() + "`"
                + (plan.earlyStoppingPatience() > 0 ? ", early stop after " + plan.earlyStoppingPatience() + " epochs" : "")
                + "\n"
                + "- Loss: `" + plan.loss().type() + "`\n"
                + "- Augmentations: " + augmentations + "\n"
                + offlineCopies(plan.augmentedCopies())
                + "- Training crops: " + plan.trainingCrop() + "\n"
                + "- Inference: " + plan.inference().mode() + " (step " + plan.inference().step() + ", crops "
                + plan.inference().crops() + "), folds averaged by " + plan.inference().foldAverage() + "\n\n"
                + "## Measured results\n\n"
                + "Not measured yet: fill in lwlrap (out-of-fold and test), seconds per epoch and inference speed"
                + " with the machine they were measured on.\n";
    }

    private static String offlineCopies(TrainingPlan.AugmentedCopiesSpec copies) {
        return copies.enabled() ? "- Offline augmented copies: " + copies.count() + " per curated clip (`" + copies.style()
                + "`, seed " + copies.seed() + ")\n" : "";
    }

    /** Writes the card of every preset that has none yet. */
    public static void writeMissing(Path modelsFolder, PlanResolver resolver) {
        for (TrainingPlan plan : Presets.readAll(modelsFolder)) {
            Path card = modelsFolder.resolve(plan.name() + ".md");
            if (!Files.exists(card)) {
                try {
                    Files.writeString(card, render(plan, trainableParameters(plan, resolver)));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot write " + card, e);
                }
            }
        }
    }
}
