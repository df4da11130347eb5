package org.tagbench.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.conditions.ArchConditions;
import com.tngtech.archunit.library.dependencies.SliceRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Keeps the arrows of docs/ARCHITECTURE.md pointing down: ui/cli -> app -> ml, dsp, dataset, store, metrics, export, csv -> audio -> domain. */
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
                        "org.tagbench.store..", "org.tagbench.metrics..", "org.tagbench.export..", "org.tagbench.csv..")
                .layer("Audio").definedBy("org.tagbench.audio..")
                .layer("Domain").definedBy("org.tagbench.domain..")
                .whereLayer("Presentation").mayNotBeAccessedByAnyLayer()
                .whereLayer("App").mayOnlyBeAccessedByLayers("Presentation")
                .whereLayer("Engines").mayOnlyBeAccessedByLayers("Presentation", "App", "Engines")
                .whereLayer("Audio").mayOnlyBeAccessedByLayers("Presentation", "App", "Engines")
                .whereLayer("Domain").mayOnlyBeAccessedByLayers("Presentation", "App", "Engines", "Audio")
                .check(classes);
    }

    @Test
    void theWindowDoesNotDependOnTheCommandLine() {
        // The CLI is the program's entry point and may open the window (gui, snapshot); never the reverse.
        noClasses().that().resideInAPackage("org.tagbench.ui..").should().dependOnClassesThat()
                .resideInAPackage("org.tagbench.cli..").allowEmptyShould(true).check(classes);
    }

    /**
     * No package cycles at any depth: between top-level packages ({@code ui} against {@code app}), between the
     * subtrees one level down ({@code ml.augment} with {@code ml.augment.wave} against {@code ml.data}), and between
     * single packages ({@code ui.timeline} against {@code ui.playback}, {@code ui} against {@code ui.browser}).
     */
    @ParameterizedTest(name = "slices org.tagbench.{0}")
    @ValueSource(strings = {"(*)..", "(*).(*)..", "(**)"})
    void noPackageCycles(String slicing) {
        SliceRule rule = slices().matching("org.tagbench." + slicing).should().beFreeOfCycles();
        for (OpenCycle cycle : OpenCycle.values()) {
            rule = rule.ignoreDependency(classOrItsNested(cycle.origin), classOrItsNested(cycle.target));
        }
        rule.check(classes);
    }

    /** Cycles still open, each by the one dependency to remove, with why it is still there. Close, then delete. */
    private enum OpenCycle {
        ; // none open: BatchPipeline's crop moved to dsp.CropSampler, closing ml.data <-> ml.augment

        final String origin;
        final String target;
        final String reason;

        OpenCycle(String origin, String target, String reason) {
            this.origin = origin;
            this.target = target;
            this.reason = reason;
        }

        @Override
        public String toString() {
            return reason;
        }
    }

    /**
     * The app layer reaches ml through one front: the subpackages that train ({@code app.training}, {@code app.pipeline})
     * and that ask trained models ({@code app.inference}, and {@code app.bundle}, which asks a run exported as a
     * bundle outside the workspace: batch scoring for the Spark job, ADR 0022). Import, review, export, runs, workspace and jobs work on
     * stored labels and scores only; each other use of ml is a named exception below.
     */
    private static final String[] APP_ML_FRONT = {"org.tagbench.app.training..", "org.tagbench.app.pipeline..", "org.tagbench.app.inference..",
            "org.tagbench.app.bundle.."};

    @Test
    void appReachesMlThroughTrainingAndInferenceOnly() {
        classes().that().resideInAPackage("org.tagbench.app..").and().resideOutsideOfPackages(APP_ML_FRONT)
                .should(ArchConditions.onlyHaveDependenciesWhere(DescribedPredicate.<Dependency>describe(
                        "the target is outside org.tagbench.ml or the dependency is an MlOutsideTheFront",
                        dependency -> !inAny(dependency, "org.tagbench.ml") || Arrays.stream(MlOutsideTheFront.values()).anyMatch(e -> e.excuses(dependency)))))
                .check(classes);
    }

    @Test
    void everyMlExceptionIsStillUsed() {
        for (MlOutsideTheFront exception : MlOutsideTheFront.values()) {
            assertTrue(classes.stream().flatMap(javaClass -> javaClass.getDirectDependenciesFromSelf().stream()).anyMatch(exception::excuses),
                    exception.name() + " (" + exception.reason + ") no longer needs its exception: delete it");
        }
    }

    /** app subpackages outside the front that may use one ml package, each with why. */
    private enum MlOutsideTheFront {
        FEATURES("org.tagbench.app.features", "org.tagbench.ml.train",
                "a feature recipe is what a network's plan reads: its input kind (InputSpec: log-mel, MFCC, waveform) and mel preset"),
        DOCTOR("org.tagbench.app.platform", "org.tagbench.ml.engine",
                "DoctorService checks that the PyTorch engine loads, as it checks SQLite, JavaFX and the decoders");

        final String appPackage;
        final String mlPackage;
        final String reason;

        MlOutsideTheFront(String appPackage, String mlPackage, String reason) {
            this.appPackage = appPackage;
            this.mlPackage = mlPackage;
            this.reason = reason;
        }

        boolean excuses(Dependency dependency) {
            return dependency.getOriginClass().getPackageName().equals(appPackage)
                    && dependency.getTargetClass().getBaseComponentType().getPackageName().equals(mlPackage);
        }
    }

    /**
     * The window reaches the database, the decoders and the DSP through app (for example {@code ClipCatalog},
     * {@code ClipAudio}, {@code Workspace.labelsOf}); each remaining use is a named exception below.
     */
    @Test
    void uiReachesStoreAudioAndDspThroughApp() {
        classes().that().resideInAPackage("org.tagbench.ui..")
                .should(ArchConditions.onlyHaveDependenciesWhere(DescribedPredicate.<Dependency>describe(
                        "the target is outside store, audio and dsp or the dependency is a UiBesideTheApp",
                        dependency -> !inAny(dependency, "org.tagbench.store", "org.tagbench.audio", "org.tagbench.dsp")
                                || Arrays.stream(UiBesideTheApp.values()).anyMatch(e -> e.excuses(dependency)))))
                .check(classes);
    }

    @Test
    void everyUiExceptionIsStillUsed() {
        for (UiBesideTheApp exception : UiBesideTheApp.values()) {
            assertTrue(classes.stream().flatMap(javaClass -> javaClass.getDirectDependenciesFromSelf().stream()).anyMatch(exception::excuses),
                    exception.name() + " (" + exception.reason + ") no longer needs its exception: delete it");
        }
    }

    /** What the ui may use of store, audio and dsp without going through app, each with why. */
    private enum UiBesideTheApp {
        STORE_VALUES("the records app's services return (a clip, a label, a decision, a run, its epochs, a decode status): "
                + "shown, never used to reach the database", "org.tagbench.store.ClipRecord", "org.tagbench.store.LabelRecord",
                "org.tagbench.store.Decision", "org.tagbench.store.RunRecord", "org.tagbench.store.EpochRecord",
                "org.tagbench.store.DecodeStatus"),
        PLAYBACK("the transport plays the decoded clip on the sound card: sound out is the view's own output, not a use case",
                "org.tagbench.audio.playback"),
        SPECTROGRAM("the timeline draws the spectrogram of samples it already holds, chunk by chunk in a job, no I/O: "
                + "MelConfig names the preset, MelChunker computes the chunk", "org.tagbench.dsp.MelConfig",
                "org.tagbench.dsp.MelChunker"),
        CROP_SAMPLER("RunWindows (app.inference) names its training sampler, which picks the overlay drawn",
                "org.tagbench.dsp.CropSampler");

        final String reason;
        final List<String> targets;

        UiBesideTheApp(String reason, String... targets) {
            this.reason = reason;
            this.targets = List.of(targets);
        }

        boolean excuses(Dependency dependency) {
            JavaClass target = dependency.getTargetClass().getBaseComponentType();
            return dependency.getOriginClass().getPackageName().startsWith("org.tagbench.ui")
                    && (targets.contains(topLevel(target.getName())) || targets.contains(target.getPackageName()));
        }
    }

    private static boolean inAny(Dependency dependency, String... packages) {
        String target = dependency.getTargetClass().getBaseComponentType().getPackageName();
        return Arrays.stream(packages).anyMatch(root -> target.equals(root) || target.startsWith(root + "."));
    }

    @Test
    void viewModelsHoldNoSceneGraph() {
        // A view model is state and commands for a view, testable without a window: properties and collections
        // (javafx.beans, javafx.collections) yes, nodes, controls and paint (javafx.scene) no.
        noClasses().that().haveSimpleNameEndingWith("ViewModel").should().dependOnClassesThat()
                .resideInAPackage("javafx.scene..").check(classes);
    }

    /** Benchmarks and probes live in src/bench/java, compiled with the tests: product code never reaches them. */
    @Test
    void productCodeDoesNotDependOnTheBenchmarks() throws IOException {
        Set<String> benchmarks = benchmarkClassNames();
        noClasses().should().dependOnClassesThat(nameIn(benchmarks)).check(classes);
        List<String> shipped = classes.stream().map(JavaClass::getName).filter(name -> benchmarks.contains(topLevel(name))).toList();
        assertEquals(List.of(), shipped, "benchmark classes in target/classes (they would ship in the jar)");
    }

    private static Set<String> benchmarkClassNames() throws IOException {
        Path root = Path.of("src/bench/java");
        try (Stream<Path> files = Files.walk(root)) {
            Set<String> names = files.filter(file -> file.toString().endsWith(".java"))
                    .map(file -> root.relativize(file).toString().replace(java.io.File.separatorChar, '.').replaceAll("\\.java$", ""))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertTrue(names.contains("org.tagbench.cli.BenchCommand"), "the benchmark source set was not found: " + names);
            return names;
        }
    }

    private static String topLevel(String className) {
        int nested = className.indexOf('$');
        return nested < 0 ? className : className.substring(0, nested);
    }

    private static DescribedPredicate<JavaClass> classOrItsNested(String topLevelName) {
        return DescribedPredicate.describe(topLevelName, javaClass -> topLevel(javaClass.getName()).equals(topLevelName));
    }

    private static DescribedPredicate<JavaClass> nameIn(Set<String> topLevelNames) {
        return DescribedPredicate.describe("are benchmarks (src/bench/java)", javaClass -> topLevelNames.contains(topLevel(javaClass.getName())));
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

    /** The shared words (label sources and states) sit below everything: they use nothing of Tagbench. */
    @Test
    void domainDependsOnNoOtherTagbenchPackage() {
        noClasses().that().resideInAPackage("org.tagbench.domain..").should().dependOnClassesThat()
                .resideOutsideOfPackages("org.tagbench.domain..", "java..").check(classes);
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
