package org.tagbench.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the arrows of docs/ARCHITECTURE pointing down: ui/cli -> app -> ml, dsp, dataset, store, metrics, export -> audio. */
class LayerArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.tagbench");
    }

    @Test
    void layersOnlyDependDownwards() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Presentation").definedBy("org.tagbench.ui..", "org.tagbench.cli..")
                .layer("App").definedBy("org.tagbench.app..")
                .layer("Engines").definedBy("org.tagbench.ml..", "org.tagbench.dsp..", "org.tagbench.dataset..",
                        "org.tagbench.store..", "org.tagbench.metrics..", "org.tagbench.export..")
                .layer("Audio").definedBy("org.tagbench.audio..")
                .whereLayer("Presentation").mayNotBeAccessedByAnyLayer()
                .whereLayer("App").mayOnlyBeAccessedByLayers("Presentation")
                .whereLayer("Engines").mayOnlyBeAccessedByLayers("Presentation", "App", "Engines")
                .whereLayer("Audio").mayOnlyBeAccessedByLayers("Presentation", "App", "Engines")
                .check(classes);
    }

    @Test
    void theWindowDoesNotDependOnTheCommandLine() {
        // The CLI is the program's entry point and may open the window (gui, snapshot); never the reverse.
        noClasses().that().resideInAPackage("org.tagbench.ui..").should().dependOnClassesThat()
                .resideInAPackage("org.tagbench.cli..").allowEmptyShould(true).check(classes);
    }

    @Test
    void noPackageCycles() {
        slices().matching("org.tagbench.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void onlyMlImportsDjl() {
        noClasses().that().resideOutsideOfPackage("org.tagbench.ml..").should().dependOnClassesThat()
                .resideInAPackage("ai.djl..").check(classes);
    }

    @Test
    void onlyStoreSpeaksSql() {
        noClasses().that().resideOutsideOfPackage("org.tagbench.store..").should().dependOnClassesThat()
                .resideInAnyPackage("java.sql..", "org.sqlite..").check(classes);
    }

    @Test
    void onlyUiImportsJavaFx() {
        noClasses().that().resideOutsideOfPackage("org.tagbench.ui..").should().dependOnClassesThat()
                .resideInAnyPackage("javafx..", "org.controlsfx..", "org.jfree..").check(classes);
    }

    @Test
    void audioDependsOnNoOtherTagbenchPackage() {
        noClasses().that().resideInAPackage("org.tagbench.audio..").should().dependOnClassesThat()
                .resideInAnyPackage("org.tagbench.app..", "org.tagbench.ml..", "org.tagbench.dsp..", "org.tagbench.dataset..",
                        "org.tagbench.store..", "org.tagbench.metrics..", "org.tagbench.export..", "org.tagbench.ui..",
                        "org.tagbench.cli..")
                .check(classes);
    }
}
