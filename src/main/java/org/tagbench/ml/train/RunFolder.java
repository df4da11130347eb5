package org.tagbench.ml.train;

import ai.djl.Model;
import ai.djl.MalformedModelException;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The folder of one training run: per fold the best epoch's weights ({@code fold-K/best}), the last
 * epoch's weights ({@code fold-K/last}), the fold state and the best epoch's out-of-fold predictions.
 * Every write goes to a temporary sibling first and is moved into place, so an interruption leaves
 * the previous checkpoint whole.
 */
public final class RunFolder {
    public static final String MODEL_NAME = "model";
    static final Gson GSON = new GsonBuilder().serializeSpecialFloatingPointValues().create();

    private final Path root;

    public RunFolder(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    public Path foldFolder(int fold) {
        return root.resolve("fold-" + fold);
    }

    public Path bestModel(int fold) {
        return foldFolder(fold).resolve("best");
    }

    Path lastModel(int fold) {
        return foldFolder(fold).resolve("last");
    }

    void saveBest(int fold, Model model) {
        saveModel(model, bestModel(fold));
    }

    void saveLast(int fold, Model model) {
        saveModel(model, lastModel(fold));
    }

    boolean hasLast(int fold) {
        return Files.isDirectory(lastModel(fold));
    }

    void loadLast(int fold, Model model) {
        loadModel(model, lastModel(fold));
    }

    /** Loads weights saved by {@link Model#save} into a model whose block is already set. */
    public static void loadModel(Model model, Path folder) {
        try {
            model.load(folder, MODEL_NAME);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the model in " + folder, e);
        } catch (MalformedModelException e) {
            throw new IllegalStateException("the model in " + folder + " does not fit this network: " + e.getMessage(), e);
        }
    }

    FoldState readState(int fold, int examples) {
        Path file = foldFolder(fold).resolve("state.json");
        if (!Files.exists(file)) {
            return FoldState.fresh(fold, examples);
        }
        FoldState state = readJson(file, FoldState.class);
        if (state.examples() != examples) {
            throw new IllegalStateException(file + " was saved for " + state.examples() + " validation examples, but this fold has "
                    + examples + ": resume needs the same examples and folds");
        }
        return state;
    }

    void writeState(FoldState state) {
        writeJson(foldFolder(state.fold()).resolve("state.json"), state);
    }

    FoldPredictions readPredictions(int fold) {
        return readJson(foldFolder(fold).resolve("oof.json"), FoldPredictions.class);
    }

    void writePredictions(int fold, FoldPredictions predictions) {
        writeJson(foldFolder(fold).resolve("oof.json"), predictions);
    }

    /** Validation examples (indices into the run's example list) and their probabilities at the best epoch. */
    record FoldPredictions(int[] indices, float[][] probabilities) {}

    private static void saveModel(Model model, Path target) {
        Path staging = target.resolveSibling(target.getFileName() + ".tmp");
        try {
            deleteRecursively(staging);
            Files.createDirectories(staging);
            model.save(staging, MODEL_NAME);
            deleteRecursively(target);
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the model to " + target, e);
        }
    }

    static <T> T readJson(Path file, Class<T> type) {
        try (Reader reader = Files.newBufferedReader(file)) {
            return GSON.fromJson(reader, type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    static void writeJson(Path file, Object value) {
        Path staging = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.createDirectories(file.getParent());
            try (Writer writer = Files.newBufferedWriter(staging)) {
                GSON.toJson(value, writer);
            }
            Files.move(staging, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
