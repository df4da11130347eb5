package org.tagbench.ml.infer;

import ai.djl.Device;
import ai.djl.ndarray.types.DataType;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.reflect.TypeToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.tagbench.ml.train.FoldOutcome;
import org.tagbench.ml.train.TrainingPlan;
import org.tagbench.ml.train.TrainingResult;
import org.tagbench.ml.zoo.NetworkCatalog;
import org.tagbench.ml.zoo.PlanResolver;
import org.tagbench.ml.zoo.Presets;

/**
 * A trained run as one self-contained folder: {@code plan.json} (the preset it was trained with),
 * {@code classes.json} (class names in output order) and {@code fold-K/} (the weights of each
 * fold's best epoch). Copy the folder anywhere; {@link #open} makes a {@link ClipTagger} of it.
 */
public final class ModelBundle {
    static final String PLAN_FILE = "plan.json";
    static final String CLASSES_FILE = "classes.json";
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().create();

    private ModelBundle() {}

    /** What a bundle holds, without loading any weights. */
    public record Contents(TrainingPlan plan, List<String> classes, List<Path> foldFolders) {}

    /** Saves the best epoch of every fold of a finished training. */
    public static void save(Path target, TrainingPlan plan, List<String> classes, TrainingResult result) {
        if (result.cancelled()) {
            throw new IllegalArgumentException("a cancelled training has unfinished folds; resume it before bundling");
        }
        save(target, plan, classes, result.folds().stream().map(FoldOutcome::bestModel).toList());
    }

    /** Copies the given fold model folders (as written by {@code Model.save}) into a new bundle. */
    public static void save(Path target, TrainingPlan plan, List<String> classes, List<Path> foldModels) {
        if (foldModels.isEmpty()) {
            throw new IllegalArgumentException("a bundle needs at least one fold model");
        }
        try {
            Files.createDirectories(target);
            Files.writeString(target.resolve(PLAN_FILE), Presets.toJson(plan));
            Files.writeString(target.resolve(CLASSES_FILE), GSON.toJson(classes));
            for (int fold = 0; fold < foldModels.size(); fold++) {
                copyFolder(foldModels.get(fold), target.resolve("fold-" + fold));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the bundle " + target, e);
        }
    }

    public static Contents read(Path folder) {
        try {
            TrainingPlan plan = Presets.fromJson(Files.readString(folder.resolve(PLAN_FILE)));
            List<String> classes = GSON.fromJson(Files.readString(folder.resolve(CLASSES_FILE)),
                    new TypeToken<List<String>>() {}.getType());
            List<Path> folds = new ArrayList<>();
            for (int fold = 0; Files.isDirectory(folder.resolve("fold-" + fold)); fold++) {
                folds.add(folder.resolve("fold-" + fold));
            }
            if (folds.isEmpty()) {
                throw new IllegalArgumentException(folder + " holds no fold-0 folder: not a model bundle");
            }
            return new Contents(plan, classes, folds);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundle " + folder, e);
        }
    }

    /** A tagger with the bundle's own inference settings and the standard networks. */
    public static ClipTagger open(Path folder, Device device) {
        return open(folder, device, NetworkCatalog.standard(), null);
    }

    /**
     * The fast path for live tag suggestions: the first fold only, whole clip in one pass. On 2
     * busy cores a 10-s clip took 49-199 ms (median 102) with the cpu-default preset, against
     * 350-760 ms (median 530) for all 5 folds; use {@link #open} for the full ensemble. A network that takes only its
     * training length (a flatten before its dense layers) gets non-overlapping tiles of that length instead.
     */
    public static ClipTagger openForSuggestions(Path folder, Device device) {
        Contents contents = read(folder);
        NetworkCatalog networks = NetworkCatalog.standard();
        InferenceSettings plan = InferenceSettings.of(contents.plan());
        InferenceSettings fast = networks.acceptsAnyLength(contents.plan().network())
                ? plan.withMode(InferenceSettings.Mode.FULL, 64, 0)
                : plan.withMode(InferenceSettings.Mode.TILES, contents.plan().inputFrames(), 0);
        return open(folder, device, networks, fast, 1);
    }

    /**
     * One fold's model alone, with the plan's own inference settings: for the clips that fold validated, which it
     * (unlike the other folds' models) never trained on.
     */
    public static ClipTagger openFold(Path folder, Device device, int fold) {
        Contents contents = read(folder);
        if (fold < 0 || fold >= contents.foldFolders().size()) {
            throw new IllegalArgumentException(folder + " has " + contents.foldFolders().size() + " folds, not fold " + fold);
        }
        return open(contents, List.of(contents.foldFolders().get(fold)), device, NetworkCatalog.standard(), null,
                precisionFor(device));
    }

    /** A tagger with other inference settings (null: the plan's) or extra networks. */
    public static ClipTagger open(Path folder, Device device, NetworkCatalog networks, InferenceSettings settings) {
        return open(folder, device, networks, settings, Integer.MAX_VALUE);
    }

    /** As {@link #open(Path, Device, NetworkCatalog, InferenceSettings)}, with at most {@code maxFolds} folds. */
    public static ClipTagger open(Path folder, Device device, NetworkCatalog networks, InferenceSettings settings,
            int maxFolds) {
        return open(folder, device, networks, settings, maxFolds, precisionFor(device));
    }

    /**
     * Mixed precision where DJL allows it: inference in float16 on a GPU (weights cast once, logits back to float32
     * before the sigmoid); float32 on a CPU.
     */
    public static DataType precisionFor(Device device) {
        return device.isGpu() ? DataType.FLOAT16 : DataType.FLOAT32;
    }

    /** As above, in the given precision. */
    public static ClipTagger open(Path folder, Device device, NetworkCatalog networks, InferenceSettings settings,
            int maxFolds, DataType precision) {
        Contents contents = read(folder);
        return open(contents, contents.foldFolders().subList(0, Math.min(maxFolds, contents.foldFolders().size())), device,
                networks, settings, precision);
    }

    private static ClipTagger open(Contents contents, List<Path> foldFolders, Device device, NetworkCatalog networks,
                                   InferenceSettings settings, DataType precision) {
        PlanResolver resolver = new PlanResolver(networks);
        List<FoldModel> folds = new ArrayList<>();
        try {
            for (Path foldFolder : foldFolders) {
                folds.add(new FoldModel(resolver.network(contents.plan(), contents.classes().size()), foldFolder, device,
                        precision));
            }
        } catch (RuntimeException e) {
            folds.forEach(FoldModel::close);
            throw e;
        }
        InferenceSettings chosen = settings != null ? settings : InferenceSettings.of(contents.plan());
        return new ClipTagger(folds, chosen, contents.classes());
    }

    private static void copyFolder(Path source, Path target) throws IOException {
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(source)) {
            for (Path file : files.toList()) {
                Files.copy(file, target.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
