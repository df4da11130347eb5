package org.tagbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
}
