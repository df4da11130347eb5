package org.tagbench.ml.train;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import org.tagbench.ml.data.TrainingExample;

/**
 * K-fold training of one setup: each fold trains on the other folds' examples, keeps the epoch with
 * the best validation lwlrap, and predicts its held-out examples with that epoch's weights, giving
 * out-of-fold predictions for every example.
 *
 * <p><b>Resume.</b> Running again on the same run folder, examples and fold assignment continues
 * where an earlier run stopped: finished folds are read back (outcome, out-of-fold predictions,
 * epoch reports); an unfinished fold reloads the weights of its last finished epoch and restores
 * the epoch counter, best score and epoch, early-stopping counter and schedule state (e.g.
 * reduce-on-plateau's current rate). The optimizer's moments (Adam's running averages and update
 * count) are not saved by DJL's {@code Model.save}, so they start again from zero.
 *
 * <p><b>Cancel.</b> The flag is checked before every batch; a cancelled run returns what finished
 * and keeps the last epoch checkpoint of the fold it was in, ready to resume.
 */
public final class CrossValidationTrainer {
    private final TrainingSetup setup;

    public CrossValidationTrainer(TrainingSetup setup) {
        this.setup = Objects.requireNonNull(setup, "setup");
    }

    public TrainingResult run(List<TrainingExample> examples, FoldAssignment assignment, Path runFolder,
            TrainingListener listener, BooleanSupplier cancelled) {
        return run(examples, TrainingCopies.NONE, assignment, runFolder, listener, cancelled);
    }

    /**
     * As {@link #run(List, FoldAssignment, Path, TrainingListener, BooleanSupplier)}, with augmented copies added to
     * the training side of every fold their original trains in; out-of-fold predictions are the originals' only.
     */
    public TrainingResult run(List<TrainingExample> examples, TrainingCopies copies, FoldAssignment assignment,
            Path runFolder, TrainingListener listener, BooleanSupplier cancelled) {
        if (assignment.examples() != examples.size()) {
            throw new IllegalArgumentException("the fold assignment covers " + assignment.examples()
                    + " examples, but " + examples.size() + " were given");
        }
        RunFolder folder = new RunFolder(runFolder);
        ProgressCounter progress = new ProgressCounter(assignment.folds(), setup.epochs());
        FoldTrainer foldTrainer = new FoldTrainer(setup, folder, listener, cancelled, progress);
        float[][] outOfFold = emptyPredictions(examples);
        List<TrainingExample> withCopies = copies.after(examples);
        List<FoldOutcome> outcomes = new ArrayList<>();
        List<EpochReport> history = new ArrayList<>();
        for (FoldSplit split : assignment.splits(copies.originalOf())) {
            FoldTrainer.FoldRun run = cancelled.getAsBoolean() ? null : foldTrainer.train(withCopies, split);
            if (run == null) {
                return new TrainingResult(outOfFold, assignment, outcomes, history, true);
            }
            RunFolder.FoldPredictions predictions = run.predictions();
            for (int i = 0; i < predictions.indices().length; i++) {
                outOfFold[predictions.indices()[i]] = predictions.probabilities()[i];
            }
            outcomes.add(run.outcome());
            history.addAll(run.history());
            progress.finishFold();
            listener.onFoldFinished(run.outcome());
        }
        listener.onProgress(1.0, "training finished");
        return new TrainingResult(outOfFold, assignment, outcomes, history, false);
    }

    private static float[][] emptyPredictions(List<TrainingExample> examples) {
        float[][] predictions = new float[examples.size()][examples.get(0).classes()];
        for (float[] row : predictions) {
            Arrays.fill(row, Float.NaN);
        }
        return predictions;
    }
}
