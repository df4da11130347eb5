package org.tagbench.app.training;

import org.tagbench.domain.ClipId;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.reflect.TypeToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tagbench.app.workspace.StateFiles;
import org.tagbench.app.workspace.TrainingLabels;
import org.tagbench.app.workspace.Workspace;
import org.tagbench.domain.LabelSource;
import org.tagbench.ml.train.FoldAssignment;
import org.tagbench.ml.train.MultilabelStratifiedKFold;

/**
 * The workspace's folds (docs/decisions/0013): for each fold count and seed, every labelled clip has one fold, fixed
 * the first time a training needs it and the same for every run, pipeline stage, ensemble member and retrain that
 * uses that count and seed. Fold k of every run validates the same clips, so a run warm-started from another run's
 * fold-k model validates only on clips that model (and the models it came from) never trained on.
 *
 * <p>The first assignment stratifies the curated clips (MultilabelStratifiedKFold) and, separately, the other
 * labelled clips (noisy, pseudo), so the curated figure has every fold balanced. A clip labelled later gets the fold
 * that holds fewest of its labels (then fewest clips) without moving any other clip. Kept in
 * {@code folds/k<K>-seed<S>.json} beside the workspace database.
 */
public final class WorkspaceFolds {
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().create();

    private final Path file;
    private final int folds;
    private final long seed;
    private final Map<ClipId, Integer> foldByFname;

    private WorkspaceFolds(Path file, int folds, long seed, Map<ClipId, Integer> foldByFname) {
        this.file = file;
        this.folds = folds;
        this.seed = seed;
        this.foldByFname = foldByFname;
    }

    /** The folds of this count and seed as stored (none yet when no training used them). */
    public static WorkspaceFolds of(Workspace workspace, int folds, long seed) {
        Path file = workspace.dir().resolve("folds").resolve("k" + folds + "-seed" + seed + ".json");
        Map<ClipId, Integer> stored = new TreeMap<>();
        if (Files.isRegularFile(file)) {
            try {
                Map<String, Integer> read = GSON.fromJson(Files.readString(file),
                        new TypeToken<TreeMap<String, Integer>>() { }.getType());
                if (read != null) {
                    read.forEach((fname, fold) -> stored.put(ClipId.of(fname), fold));
                }
            } catch (IOException | RuntimeException e) {
                throw new IllegalStateException(file + ": the workspace folds cannot be read (" + e.getMessage()
                        + "); restore the file, or delete it to assign new folds (earlier runs then no longer share"
                        + " folds with new ones)", e);
            }
        }
        return new WorkspaceFolds(file, folds, seed, stored);
    }

    int folds() {
        return folds;
    }

    long seed() {
        return seed;
    }

    /** The fold of a clip, or -1 when it has none yet. */
    public int foldOf(ClipId fname) {
        return foldByFname.getOrDefault(fname, -1);
    }

    /**
     * Gives every clip without a fold one (curated ones and the others stratified apart when their group has none yet,
     * one by one otherwise), keeps every fold already given, and stores the result.
     */
    void assign(List<TrainingLabels.LabelledClip> clips, List<String> classes) {
        List<TrainingLabels.LabelledClip> curated = new ArrayList<>();
        List<TrainingLabels.LabelledClip> others = new ArrayList<>();
        for (TrainingLabels.LabelledClip clip : clips) {
            if (!foldByFname.containsKey(clip.clip().fname())) {
                (clip.kind() == LabelSource.CURATED ? curated : others).add(clip);
            }
        }
        if (curated.isEmpty() && others.isEmpty()) {
            return;
        }
        boolean fresh = foldByFname.isEmpty();
        for (List<TrainingLabels.LabelledClip> group : List.of(curated, others)) {
            if (fresh && group.size() >= folds) {
                stratify(group, classes);
            } else {
                group.forEach(clip -> foldByFname.put(clip.clip().fname(), leastLoadedFold(clip, clips, classes)));
            }
        }
        save();
    }

    /** The folds of the given clips, in their order; each must have one ({@link #assign} first). */
    FoldAssignment assignment(List<ClipId> fnames) {
        int[] foldOf = new int[fnames.size()];
        for (int i = 0; i < foldOf.length; i++) {
            foldOf[i] = foldOf(fnames.get(i));
            if (foldOf[i] < 0) {
                throw new IllegalStateException("clip " + fnames.get(i) + " has no workspace fold");
            }
        }
        return new FoldAssignment(folds, seed, foldOf);
    }

    private void stratify(List<TrainingLabels.LabelledClip> group, List<String> classes) {
        boolean[][] truth = new boolean[group.size()][];
        for (int i = 0; i < truth.length; i++) {
            truth[i] = group.get(i).flags(classes);
        }
        int[] foldOf = MultilabelStratifiedKFold.assign(truth, folds, seed).foldOfExample();
        for (int i = 0; i < foldOf.length; i++) {
            foldByFname.put(group.get(i).clip().fname(), foldOf[i]);
        }
    }

    /** The fold holding fewest clips with any of this clip's labels, then fewest clips, then the lowest. */
    private int leastLoadedFold(TrainingLabels.LabelledClip clip, List<TrainingLabels.LabelledClip> labelled,
                                List<String> classes) {
        boolean[] wanted = clip.flags(classes);
        long[] sharing = new long[folds];
        long[] total = new long[folds];
        for (TrainingLabels.LabelledClip other : labelled) {
            int fold = foldOf(other.clip().fname());
            if (fold < 0) {
                continue;
            }
            total[fold]++;
            boolean[] flags = other.flags(classes);
            for (int c = 0; c < flags.length; c++) {
                sharing[fold] += flags[c] && wanted[c] ? 1 : 0;
            }
        }
        int best = 0;
        for (int f = 1; f < folds; f++) {
            if (sharing[f] < sharing[best] || (sharing[f] == sharing[best] && total[f] < total[best])) {
                best = f;
            }
        }
        return best;
    }

    private void save() {
        try {
            Map<String, Integer> byName = new TreeMap<>();
            foldByFname.forEach((clip, fold) -> byName.put(clip.fname(), fold));
            StateFiles.writeAtomically(file, GSON.toJson(byName));
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot store the workspace folds", e);
        }
    }
}
