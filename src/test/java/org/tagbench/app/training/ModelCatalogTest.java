package org.tagbench.app.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.app.platform.TagbenchHome;

/**
 * The catalog takes parameter counts from the model cards (PresetsTest keeps them true) instead of building every
 * network, which loaded the engine and made {@code tagbench models} take 30-50 s on a busy 2-core machine.
 */
class ModelCatalogTest {
    @TempDir
    Path models;

    @Test
    void parameterCountsComeFromTheCards() throws Exception {
        Files.copy(TagbenchHome.models().resolve("cpu-default.json"), models.resolve("cpu-default.json"));
        String card = Files.readString(TagbenchHome.models().resolve("cpu-default.md"));
        Files.writeString(models.resolve("cpu-default.md"), card.replace("(80 classes): 323,488", "(80 classes): 1,234"));

        List<ModelCatalog.Entry> entries = ModelCatalog.entries(models);
        assertEquals(1, entries.size());
        assertEquals(1_234, entries.get(0).parameters(), "the card's count, not one built now");
        assertEquals("avemax-cnn9", entries.get(0).network());
    }

    @Test
    void aPresetWithoutACardIsCountedByBuildingItsNetwork() throws Exception {
        Files.copy(TagbenchHome.models().resolve("cpu-default.json"), models.resolve("cpu-default.json"));
        ModelCatalog.Entry entry = ModelCatalog.entries(models).get(0);
        assertEquals(323_488, entry.parameters());
        assertEquals("no model card", entry.measured());
    }

    @Test
    void recipesAreListedWithTheirMembersFromTheFilesAlone() throws Exception {
        Files.copy(TagbenchHome.models().resolve("cpu-default.json"), models.resolve("cpu-default.json"));
        Files.writeString(models.resolve("pair.json"), "{\"name\": \"pair\", \"combine\": \"geomean\", \"members\": ["
                + "{\"preset\": \"cpu-default\", \"pipeline\": \"pretrain\"}, {\"name\": \"again\", \"preset\": \"cpu-default\"}]}");
        Files.writeString(models.resolve("pair.md"), "# pair\n\n## Measured results\n\n- 0.5 in 3 min\n");

        assertEquals(List.of("cpu-default"), ModelCatalog.entries(models).stream().map(ModelCatalog.Entry::name).toList());
        List<ModelCatalog.RecipeEntry> recipes = ModelCatalog.recipes(models);
        assertEquals(1, recipes.size());
        assertEquals("geomean", recipes.get(0).combine());
        assertEquals(List.of("cpu-default (pretrain)", "again=cpu-default"), recipes.get(0).members());
        assertEquals("0.5 in 3 min", recipes.get(0).measured());
    }
}
