package org.tagbench.ml.zoo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.ml.train.TrainingPlan;

/**
 * Recipes (ensemble presets) beside single-model presets, and the strict reading of both: a misspelt key used to be
 * ignored silently (the preset trained with the default), now the file and the key are named.
 */
class RecipesTest {
    private static final Path MODELS = Path.of("models");

    @TempDir
    Path folder;

    @Test
    void everyRecipeInModelsNamesExistingPlansAndIsLeftOutOfThePlans() {
        List<Recipe> recipes = Presets.recipes(MODELS);
        assertFalse(recipes.isEmpty());
        List<String> plans = Presets.readAll(MODELS).stream().map(TrainingPlan::name).toList();
        for (Recipe recipe : recipes) {
            assertFalse(plans.contains(recipe.name()), recipe.name() + " is not a plan");
            recipe.members().forEach(member -> assertTrue(plans.contains(member.preset()), member.preset()));
            assertTrue(Files.isRegularFile(MODELS.resolve(recipe.name() + ".md")), recipe.name() + " has a model card");
            assertTrue(Presets.isRecipe(MODELS, recipe.name()));
        }
        assertTrue(Presets.names(MODELS).containsAll(plans));
        assertTrue(Presets.names(MODELS).contains(Presets.GPU_DEFAULT));
    }

    @Test
    void aMisspeltPlanKeyIsRejectedNamingTheFileAndTheKey() throws IOException {
        Path file = copyOfCpuDefault(json -> json.replace("\"earlyStoppingPatience\"", "\"earlyStopingPatience\""));
        String message = assertThrows(IllegalArgumentException.class, () -> Presets.read(file)).getMessage();
        assertTrue(message.contains(file.toString()) && message.contains("'earlyStopingPatience'"), message);
    }

    @Test
    void aMisspeltNestedKeyIsNamedByItsPath() throws IOException {
        Path file = copyOfCpuDefault(json -> json.replace("\"milestones\"", "\"milestone\""));
        String message = assertThrows(IllegalArgumentException.class, () -> Presets.read(file)).getMessage();
        assertTrue(message.contains("'schedule.milestone'"), message);
        Path augmentation = copyOfCpuDefault(json -> json.replace("\"firstShare\"", "\"firstShare\"")
                .replace("\"probability\"", "\"probabilty\""));
        String second = assertThrows(IllegalArgumentException.class, () -> Presets.read(augmentation)).getMessage();
        assertTrue(second.contains("'augmentations[0].probabilty'"), second);
    }

    @Test
    void melBinsThatContradictTheMelPresetAreRejected() throws IOException {
        Path file = copyOfCpuDefault(json -> json.replace("\"melBins\": 64", "\"melBins\": 128"));
        String message = assertThrows(IllegalArgumentException.class, () -> Presets.read(file)).getMessage();
        assertTrue(message.contains(file.toString()) && message.contains("melBins is 128")
                && message.contains("qrfaction64 has 64"), message);
    }

    @Test
    void aRecipeWithAMissingMemberOrAnUnknownKeyIsRejectedNamingTheFileAndTheKey() throws IOException {
        copyOfCpuDefault(json -> json);
        Path missing = recipe("{\"name\": \"r\", \"members\": [{\"preset\": \"cpu-default\"}, {\"preset\": \"cpu-nope\"}]}");
        String message = assertThrows(IllegalArgumentException.class, () -> Presets.readRecipe(missing)).getMessage();
        assertTrue(message.contains(missing.toString()) && message.contains("members[1].preset 'cpu-nope'"), message);

        Path misspelt = recipe("{\"name\": \"r\", \"members\": [{\"preset\": \"cpu-default\", \"pipline\": \"warmup\"}]}");
        message = assertThrows(IllegalArgumentException.class, () -> Presets.readRecipe(misspelt)).getMessage();
        assertTrue(message.contains(misspelt.toString()) && message.contains("'members[0].pipline'"), message);

        Path combine = recipe("{\"name\": \"r\", \"combine\": \"median\", \"members\": [{\"preset\": \"cpu-default\"}]}");
        message = assertThrows(IllegalArgumentException.class, () -> Presets.readRecipe(combine)).getMessage();
        assertTrue(message.contains("combine: 'median'"), message);

        Path pipeline = recipe("{\"name\": \"r\", \"members\": [{\"preset\": \"cpu-default\", \"pipeline\": \"boil\"}]}");
        message = assertThrows(IllegalArgumentException.class, () -> Presets.readRecipe(pipeline)).getMessage();
        assertTrue(message.contains("members[0].pipeline: 'boil'"), message);
    }

    @Test
    void aRecipeIsNotASinglePlan() throws IOException {
        copyOfCpuDefault(json -> json);
        recipe("{\"name\": \"r\", \"combine\": \"rank\", \"members\": [{\"preset\": \"cpu-default\", \"pipeline\": \"pretrain\","
                + " \"inference\": {\"mode\": \"crops\", \"step\": 64, \"crops\": 20, \"foldAverage\": \"mean\"}}]}");
        Recipe read = Presets.findRecipe(folder, "r");
        assertEquals("rank", read.combine());
        assertEquals(20, read.members().get(0).inference().crops());
        assertEquals("cpu-default (pretrain) [tta crops x20]", read.members().get(0).describe());
        assertEquals(List.of("cpu-default"), Presets.readAll(folder).stream().map(TrainingPlan::name).toList());
        assertEquals(List.of("cpu-default", "r"), Presets.names(folder));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Presets.find(folder, "r")).getMessage()
                .contains("is a recipe"));
    }

    private Path copyOfCpuDefault(java.util.function.UnaryOperator<String> edit) throws IOException {
        Path file = folder.resolve("cpu-default.json");
        Files.writeString(file, edit.apply(Files.readString(MODELS.resolve("cpu-default.json"))));
        return file;
    }

    private Path recipe(String json) throws IOException {
        Path file = folder.resolve("r.json");
        Files.writeString(file, json);
        return file;
    }
}
