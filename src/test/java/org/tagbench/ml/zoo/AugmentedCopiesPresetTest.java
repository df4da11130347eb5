package org.tagbench.ml.zoo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.ml.augment.wave.CopyStyle;
import org.tagbench.ml.train.TrainingPlan;
import org.tagbench.ml.train.TrainingPlan.AugmentedCopiesSpec;

/** The plan option for offline augmented copies: off unless a preset asks, and kept through JSON. */
class AugmentedCopiesPresetTest {
    private static final Path MODELS = Path.of("models");

    @Test
    void noPresetMakesCopiesUnlessItSaysSo() {
        for (TrainingPlan plan : Presets.readAll(MODELS)) {
            assertFalse(plan.augmentedCopies().enabled(), plan.name());
        }
    }

    @Test
    void augmentedCopiesSurviveAJsonRoundTrip(@TempDir Path folder) {
        TrainingPlan plan = Presets.find(MODELS, Presets.CPU_DEFAULT)
                .withAugmentedCopies(new AugmentedCopiesSpec(4, "third-place", 17));
        Path file = folder.resolve(plan.name() + ".json");
        Presets.write(plan, file);
        TrainingPlan read = Presets.read(file);
        assertEquals(Presets.toJson(plan), Presets.toJson(read));
        assertEquals(new AugmentedCopiesSpec(4, "third-place", 17), read.augmentedCopies());
        assertEquals(CopyStyle.THIRD_PLACE, read.augmentedCopies().copyStyle());
    }

    @Test
    void aPresetNamingOnlyTheCountGetsTheSeventhPlacesCopies() {
        String json = Presets.toJson(Presets.find(MODELS, Presets.CPU_DEFAULT))
                .replaceFirst("\"augmentedCopies\": \\{[^}]*}", "\"augmentedCopies\": {\"count\": 7}");
        AugmentedCopiesSpec copies = Presets.fromJson(json).augmentedCopies();
        assertEquals(7, copies.count());
        assertEquals(CopyStyle.SEVENTH_PLACE, copies.copyStyle());
        assertTrue(copies.enabled());
    }

    @Test
    void aModelCardNamesTheCopiesOnlyWhenThePlanMakesThem() {
        TrainingPlan plan = Presets.find(MODELS, Presets.CPU_DEFAULT);
        assertFalse(ModelCards.render(plan, 1).contains("augmented copies"));
        String card = ModelCards.render(plan.withAugmentedCopies(new AugmentedCopiesSpec(4, "third-place", 17)), 1);
        assertTrue(card.contains("- Offline augmented copies: 4 per curated clip (`third-place`, seed 17)"), card);
    }

    @Test
    void anUnknownStyleOrANegativeCountIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new AugmentedCopiesSpec(2, "sox", 0));
        assertThrows(IllegalArgumentException.class, () -> new AugmentedCopiesSpec(-1, null, 0));
    }

    @Test
    void overridingTheCountKeepsStyleAndSeed() {
        AugmentedCopiesSpec spec = new AugmentedCopiesSpec(0, "third-place", 3).withCount(8);
        assertEquals(new AugmentedCopiesSpec(8, "third-place", 3), spec);
    }
}
