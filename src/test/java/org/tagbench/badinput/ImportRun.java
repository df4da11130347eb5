package org.tagbench.badinput;

import org.tagbench.domain.ClipId;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.tagbench.app.features.FeatureRecipe;
import org.tagbench.app.features.FeatureReport;
import org.tagbench.app.features.FeatureService;
import org.tagbench.app.imports.ImportReport;
import org.tagbench.app.imports.ImportService;
import org.tagbench.app.jobs.JobContext;
import org.tagbench.app.workspace.Workspace;
import org.tagbench.dataset.ImportProblem;
import org.tagbench.dsp.MelConfig;
import org.tagbench.dsp.MelSpectrogram;
import org.tagbench.store.ClipRecord;

/**
 * Imports a dataset folder into a fresh workspace and extracts features, through the app layer as the window and the
 * CLI do, and answers what became of each clip.
 */
final class ImportRun {
    /** The cheapest FAT preset (1024-point FFT, hop 512): the suite tests robustness, not mel values. */
    static final FeatureRecipe RECIPE = FeatureRecipe.trimmed(MelConfig.preset("qrfaction64"));

    final ImportReport imported;
    final FeatureReport features;
    private final Workspace workspace;

    private ImportRun(Workspace workspace, ImportReport imported, FeatureReport features) {
        this.workspace = workspace;
        this.imported = imported;
        this.features = features;
    }

    static ImportRun of(Path dataset, Path workspaceDir, int threads) throws IOException, InterruptedException {
        Workspace workspace = Workspace.create(workspaceDir);
        ImportReport report = ImportService.importDataset(dataset, workspace, JobContext.unattended());
        FeatureReport features = new FeatureService(workspace).computeAll(RECIPE, threads, JobContext.unattended());
        return new ImportRun(workspace, report, features);
    }

    /** What became of one clip: stored with finite features, or reported (at import or at feature extraction). */
    enum Fate { STORED_WITH_FEATURES, REPORTED, LOST }

    Fate fateOf(String fname) throws IOException {
        boolean reported = !problemsAbout(fname).isEmpty() || !featureFailuresAbout(fname).isEmpty();
        Optional<ClipRecord> clip = workspace.store().clip(ClipId.of(fname));
        if (clip.isPresent() && featureFailuresAbout(fname).isEmpty()) {
            float[][] matrix = new FeatureService(workspace).load(clip.get(), RECIPE, new MelSpectrogram(RECIPE.mel()));
            if (hasFiniteValues(matrix)) {
                return Fate.STORED_WITH_FEATURES;
            }
        }
        // A later duplicate row is reported under the fname of a clip that was stored: that clip still counts.
        return reported ? Fate.REPORTED : Fate.LOST;
    }

    List<ImportProblem> problemsAbout(String fname) {
        return imported.problems().stream().filter(problem -> fname.equals(problem.fname())).toList();
    }

    List<String> featureFailuresAbout(String fname) {
        return features.failures().stream().filter(failure -> failure.contains("/" + fname + ":")).toList();
    }

    int storedClips() {
        return workspace.store().clips(null).size();
    }

    Optional<ClipRecord> clip(String fname) {
        return workspace.store().clip(ClipId.of(fname));
    }

    Workspace workspace() {
        return workspace;
    }

    void close() {
        workspace.close();
    }

    private static boolean hasFiniteValues(float[][] matrix) {
        if (matrix.length == 0 || matrix[0].length == 0) {
            return false;
        }
        for (float[] row : matrix) {
            for (float value : row) {
                if (!Float.isFinite(value)) {
                    return false;
                }
            }
        }
        return true;
    }
}
