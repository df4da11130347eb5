package org.tagbench.ui.runs;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import org.tagbench.app.jobs.Job;
import org.tagbench.app.jobs.JobContext;
import org.tagbench.app.runs.RunsService;
import org.tagbench.app.workspace.Workspace;
import org.tagbench.ui.jobs.JobRunner;

/**
 * The runs whose models make suggestions, shared by the runs view and the retrain pane: changing it is a small job,
 * and {@link #runIdsProperty()} changes on the UI thread once the store has it, for whatever depends on the models
 * (suggestions, review queues) to refresh.
 */
public final class ActiveEnsemble {
    private final JobRunner jobs;
    private final SimpleObjectProperty<List<Long>> runIds = new SimpleObjectProperty<>(List.of());
    private final SimpleStringProperty problem = new SimpleStringProperty("");
    private Workspace workspace;

    public ActiveEnsemble(JobRunner jobs) {
        this.jobs = jobs;
    }

    /** Reads the workspace's active runs (a job). Call on the UI thread. */
    public void load(Workspace opened) {
        workspace = opened;
        submit("Read the active runs", service -> service.activeRuns());
    }

    /** Makes exactly these finished runs the active ensemble. Call on the UI thread. */
    public void activate(List<Long> ids) {
        submit("Make runs " + ids + " active", service -> {
            service.activate(ids);
            return service.activeRuns();
        });
    }

    private void submit(String title, java.util.function.Function<RunsService, List<Long>> work) {
        Workspace target = workspace;
        if (target == null) {
            return;
        }
        jobs.submit(new Job<List<Long>>() {
            @Override
            public String title() {
                return title;
            }

            @Override
            public List<Long> run(JobContext context) {
                return work.apply(new RunsService(target));
            }
        }, ids -> {
            problem.set("");
            runIds.set(List.copyOf(ids));
        }, error -> problem.set(error.getMessage()));
    }

    public ReadOnlyObjectProperty<List<Long>> runIdsProperty() {
        return runIds;
    }

    /** Why the last change failed (a run that has not finished), or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem;
    }
}
