package org.tagbench.ui.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tagbench.app.export.ExportOutcome;
import org.tagbench.app.export.ExportService;
import org.tagbench.app.export.SubmissionRequest;
import org.tagbench.app.jobs.Job;
import org.tagbench.app.jobs.JobContext;
import org.tagbench.app.workspace.Workspace;
import org.tagbench.export.Evaluation;
import org.tagbench.ui.jobs.JobRunner;

/**
 * The export dialog's state: what to write (a submission of a split, or the reviewed labels), where, and the truth file
 * to score a submission against. Exporting runs as a job; its outcome (rows written, lwlrap and MAP@3) or its problem
 * comes back into properties.
 */
public final class ExportViewModel {
    private static final String DEFAULT_SPLIT = "test";

    private final JobRunner jobs;
    private final ReadOnlyObjectProperty<Workspace> workspace;
    private final ObjectProperty<ExportTarget> target = new SimpleObjectProperty<>(ExportTarget.SUBMISSION_2019);
    private final StringProperty split = new SimpleStringProperty(DEFAULT_SPLIT);
    private final ObservableList<String> splits = FXCollections.observableArrayList();
    private final BooleanProperty includePending = new SimpleBooleanProperty();
    private final ObjectProperty<Path> outFile = new SimpleObjectProperty<>();
    private final ObjectProperty<Path> truthFile = new SimpleObjectProperty<>();
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty scores = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");
    private final DoubleProperty lwlrap = new SimpleDoubleProperty(Double.NaN);
    private final DoubleProperty map3 = new SimpleDoubleProperty(Double.NaN);
    private final BooleanBinding canExport;

    public ExportViewModel(JobRunner jobs, ReadOnlyObjectProperty<Workspace> workspace) {
        this.jobs = jobs;
        this.workspace = workspace;
        canExport = Bindings.createBooleanBinding(() -> workspace.get() != null && outFile.get() != null
                && !running.get(), workspace, outFile, running);
        workspace.addListener((observable, before, after) -> listSplits(after));
        listSplits(workspace.get());
    }

    /** The splits of a newly opened workspace, read off the UI thread (a database query). */
    private void listSplits(Workspace opened) {
        if (opened == null) {
            splits.clear();
            return;
        }
        jobs.submit(new Job<List<String>>() {
            @Override
            public String title() {
                return "Read splits";
            }

            @Override
            public List<String> run(JobContext context) {
                return opened.splits();
            }
        }, names -> {
            if (workspace.get() == opened) {
                showSplits(names);
            }
        }, error -> problem.set("cannot read the splits: " + error.getMessage()));
    }

    private void showSplits(List<String> names) {
        splits.setAll(names);
        if (!names.isEmpty() && !names.contains(split.get())) {
            split.set(names.contains(DEFAULT_SPLIT) ? DEFAULT_SPLIT : names.get(0));
        }
    }

    /** Writes the chosen export in the background; does nothing while one runs or nothing is chosen. */
    public void export() {
        if (!canExport.get()) {
            return;
        }
        running.set(true);
        status.set("");
        problem.set("");
        showScores(null);
        jobs.submit(job(workspace.get(), target.get(), outFile.get()), this::show, this::fail);
    }

    private Job<ExportOutcome> job(Workspace opened, ExportTarget what, Path out) {
        SubmissionRequest request = what.isSubmission()
                ? new SubmissionRequest(List.of(), split.get(), false, what.format(), out, truthFile.get()) : null;
        boolean pending = includePending.get();
        return new Job<>() {
            @Override
            public String title() {
                return "Export " + out.getFileName();
            }

            @Override
            public ExportOutcome run(JobContext context) throws Exception {
                ExportService service = new ExportService(opened);
                return request != null ? service.exportSubmission(request, context) : service.exportLabels(out, pending);
            }
        };
    }

    private void show(ExportOutcome outcome) {
        running.set(false);
        status.set("Wrote " + outcome.rows() + " clips to " + outcome.file());
        showScores(outcome.evaluation().orElse(null));
    }

    private void fail(Throwable error) {
        running.set(false);
        problem.set(String.valueOf(error.getMessage()));
    }

    private void showScores(Evaluation evaluation) {
        lwlrap.set(evaluation == null ? Double.NaN : evaluation.lwlrap());
        map3.set(evaluation == null ? Double.NaN : evaluation.map3());
        scores.set(evaluation == null ? "" : describe(evaluation));
    }

    /** How the dialog shows a score: as {@code tagbench eval} prints it, six decimals. */
    public static String describe(Evaluation evaluation) {
        return String.format(Locale.ROOT, "lwlrap %.6f   MAP@3 %.6f   (%d clips)", evaluation.lwlrap(),
                evaluation.map3(), evaluation.clips());
    }

    public ObjectProperty<ExportTarget> targetProperty() {
        return target;
    }

    public StringProperty splitProperty() {
        return split;
    }

    /** The workspace's splits, to choose the one a submission predicts. */
    public ObservableList<String> splits() {
        return splits;
    }

    /** For the reviewed labels: also the noisy labels nobody accepted or rejected yet. */
    public BooleanProperty includePendingProperty() {
        return includePending;
    }

    public ObjectProperty<Path> outFileProperty() {
        return outFile;
    }

    /** Ground truth to score a submission against; null for none. */
    public ObjectProperty<Path> truthFileProperty() {
        return truthFile;
    }

    public BooleanBinding canExportProperty() {
        return canExport;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    /** What the last export wrote, or empty. */
    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    /** The last submission's scores against the truth file, or empty. */
    public ReadOnlyStringProperty scoresProperty() {
        return scores;
    }

    /** Why the last export failed (a message naming file and line where there is one), or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem;
    }

    /** The last submission's lwlrap against the truth file; NaN without one. */
    public ReadOnlyDoubleProperty lwlrapProperty() {
        return lwlrap;
    }

    public ReadOnlyDoubleProperty map3Property() {
        return map3;
    }
}
