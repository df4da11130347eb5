package org.tagbench.ml.zoo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.ml.data.AugmentationContext;
import org.tagbench.ml.data.LabeledSample;
import org.tagbench.ml.data.SampleTransform;
import org.tagbench.ml.train.TrainingPlan;
import org.tagbench.ml.train.TrainingSetup;

class PresetsTest {
    private static final Path MODELS = Path.of("models");

    @Test
    void everyPresetResolvesAndItsCardStatesTheComputedParameterCount() throws IOException {
        List<TrainingPlan> plans = Presets.readAll(MODELS);
        assertTrue(plans.stream().anyMatch(p -> p.name().equals(Presets.CPU_DEFAULT)));
        // gpu-default may be a plan or a recipe (the 7th place's ensemble); RecipesTest checks recipes
        assertTrue(Presets.names(MODELS).contains(Presets.GPU_DEFAULT));
        PlanResolver resolver = PlanResolver.standard();
        for (TrainingPlan plan : plans) {
            TrainingSetup setup = resolver.setup(plan, ModelCards.FAT2019_CLASSES, Device.cpu());
            assertEquals(plan.inputFrames(), setup.pipeline().cropFrames());
            String card = Files.readString(MODELS.resolve(plan.name() + ".md"));
            long parameters = ModelCards.trainableParameters(plan, resolver);
            assertTrue(card.contains(ModelCards.PARAMETER_LINE + String.format(Locale.ROOT, "%,d", parameters)),
                    plan.name() + ".md should state " + parameters + " parameters");
            assertTrue(card.contains(plan.source()), plan.name() + ".md names its source");
        }
    }

    @Test
    void augmentationChainsOfThePresetsKeepShapesAndTargetsInRange() {
        for (TrainingPlan plan : Presets.readAll(MODELS)) {
            SampleTransform chain = AugmentationCatalog.chain(plan.augmentations());
            Random random = new Random(4);
            LabeledSample sample = sample(plan.melBins(), plan.inputFrames(), 0, random);
            AugmentationContext context = new AugmentationContext() {
                @Override
                public Random random() {
                    return random;
                }

                @Override
                public LabeledSample partner() {
                    return sample(plan.melBins(), plan.inputFrames(), 1, random);
                }
            };
            for (int i = 0; i < 20; i++) {
                LabeledSample out = chain.apply(sample, context);
                assertEquals(plan.melBins(), out.mels(), plan.name());
                assertEquals(plan.inputFrames(), out.frames(), plan.name());
                for (float t : out.target()) {
                    assertTrue(t >= 0 && t <= 1, plan.name() + " target " + t);
                }
            }
        }
    }

    @Test
    void aPlanSurvivesAJsonRoundTrip(@TempDir Path folder) {
        TrainingPlan plan = Presets.find(MODELS, Presets.CPU_DEFAULT).withEpochs(3);
        Path file = folder.resolve(plan.name() + ".json");
        Presets.write(plan, file);
        TrainingPlan read = Presets.read(file);
        assertEquals(Presets.toJson(plan), Presets.toJson(read));
        assertEquals(3, read.epochs());
    }

    @Test
    void unknownNamesAndMisnamedFilesAreReportedClearly(@TempDir Path folder) throws IOException {
        TrainingPlan plan = Presets.find(MODELS, Presets.CPU_DEFAULT);
        Path misnamed = folder.resolve("other.json");
        Files.writeString(misnamed, Presets.toJson(plan));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Presets.read(misnamed)).getMessage()
                .contains("cpu-default.json"));
        String unknownNetwork = Presets.toJson(plan).replace("\"" + plan.network() + "\"", "\"resnet-9000\"");
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> PlanResolver.standard().setup(Presets.fromJson(unknownNetwork), 80, Device.cpu()));
        assertTrue(error.getMessage().contains("resnet-9000") && error.getMessage().contains(plan.network()));
        assertThrows(IllegalArgumentException.class, () -> AugmentationCatalog.chain(
                List.of(new TrainingPlan.AugmentationSpec("wobble", null, null))));
        assertThrows(IllegalArgumentException.class, () -> LossCatalog.build(new TrainingPlan.LossSpec("hinge", 0, 0)));
    }

    private static LabeledSample sample(int mels, int frames, int tagged, Random random) {
        float[][] features = new float[mels][frames];
        for (float[] row : features) {
            for (int t = 0; t < frames; t++) {
                row[t] = (float) random.nextGaussian();
            }
        }
        float[] target = new float[ModelCards.FAT2019_CLASSES];
        target[tagged] = 1f;
        return new LabeledSample(features, target);
    }
}
