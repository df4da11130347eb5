package org.tagbench.ui.runs;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tagbench.app.jobs.Job;
import org.tagbench.app.jobs.JobContext;
import org.tagbench.app.runs.RunsService;
import org.tagbench.app.workspace.Workspace;
import org.tagbench.store.Decision;
import org.tagbench.ui.jobs.JobRunner;

/**
 * The runs view's state: every run with its metrics and the decisions it saw, the selected run's lwlrap per class and
 * decisions, and the active ensemble with its lwlrap. Reading runs and scoring them are jobs; the list reloads when
 * the active ensemble changes or a retrain finishes.
 */
public final class RunsViewModel {
    private final JobRunner jobs;
    private final ActiveEnsemble active;
    private final ObservableList<RunsService.RunSummary> runs = FXCollections.observableArrayList();
    private final ObjectProperty<RunsService.RunSummary> selected = new SimpleObjectProperty<>();
    private final SimpleObjectProperty<RunsService.Scores> selectedScores = new SimpleObjectProperty<>();
    private final ObservableList<Decision> selectedDecisions = FXCollections.observableArrayList();
    private final SimpleStringProperty activeSummary = new SimpleStringProperty("no active ensemble");
    private final SimpleStringProperty problem = new SimpleStringProperty("");
    private Workspace workspace;

    public RunsViewModel(JobRunner jobs, ActiveEnsemble active) {
        this.jobs = jobs;
        this.active = active;
        selected.addListener((observable, before, after) -> detail(after));
        active.runIdsProperty().addListener((observable, before, after) -> refresh());
    }

    public void load(Workspace opened) {
        workspace = opened;
        refresh();
    }

    /** Reads the runs again, keeping the selected run selected. */
    public void refresh() {
        Workspace target = workspace;
        if (target == null) {
            return;
        }
        jobs.submit(new Job<Listing>() {
            @Override
            public String title() {
                return "Runs";
            }

            @Override
            public Listing run(JobContext context) {
                context.step(0, "reading runs");
                RunsService service = new RunsService(target);
                List<Long> activeIds = service.activeRuns();
                return new Listing(service.runs(), activeIds, activeIds.isEmpty() ? null : describeActive(service, activeIds));
            }
        }, this::show, error -> problem.set(error.getMessage()));
    }

    /** The runs and the active ensemble as one job read them. */
    private record Listing(List<RunsService.RunSummary> runs, List<Long> activeIds, String activeSummary) {}

    /**
     * A run's device as a person reads it: "CPU", "GPU 0". Runs store the engine's own name ({@code cpu()},
     * {@code gpu(0)}); anything else is shown as stored.
     */
    public static String deviceLabel(String stored) {
        if (stored == null || stored.isBlank()) {
            return "-";
        }
        var matcher = java.util.regex.Pattern.compile("(?i)\\s*(cpu|gpu)\\s*(?:\\(\\s*(\\d*)\\s*\\)|[:\\s]?(\\d*))\\s*")
                .matcher(stored);
        if (!matcher.matches()) {
            return stored;
        }
        String kind = matcher.group(1).toUpperCase(java.util.Locale.ROOT);
        String index = matcher.group(2) != null ? matcher.group(2) : matcher.group(3);
        if (kind.equals("CPU")) {
            return "CPU";
        }
        return index == null || index.isEmpty() ? "GPU 0" : "GPU " + Integer.parseInt(index);
    }

    private static String describeActive(RunsService service, List<Long> ids) {
        return "Active ensemble: runs " + ids + ", " + service.ensembleScores(ids).describe();
    }

    /** The run's lwlrap with what it is computed on, as the table's figure, the chart and the retrain pane show it. */
    public static String figure(RunsService.RunSummary summary) {
        return summary.scores().describe();
    }

    private void show(Listing listing) {
        Long keep = selected.get() == null ? null : selected.get().run().id();
        runs.setAll(listing.runs());
        activeSummary.set(listing.activeSummary() == null ? "no active ensemble: select runs and make them active"
                : listing.activeSummary());
        problem.set("");
        selected.set(listing.runs().stream().filter(summary -> keep != null && summary.run().id() == keep).findFirst()
                .orElse(listing.runs().isEmpty() ? null : listing.runs().get(listing.runs().size() - 1)));
    }

    private void detail(RunsService.RunSummary summary) {
        selectedScores.set(null);
        selectedDecisions.clear();
        Workspace target = workspace;
        if (summary == null || target == null) {
            return;
        }
        long runId = summary.run().id();
        jobs.submit(new Job<Detail>() {
            @Override
            public String title() {
                return "Score run " + runId;
            }

            @Override
            public Detail run(JobContext context) {
                context.step(0, "lwlrap per class of run " + runId);
                RunsService service = new RunsService(target);
                return new Detail(runId, service.scores(runId), service.decisionsSeen(runId));
            }
        }, detail -> {
            if (selected.get() != null && selected.get().run().id() == detail.runId()) {
                selectedScores.set(detail.scores());
                selectedDecisions.setAll(detail.decisions());
            }
        }, error -> problem.set(error.getMessage()));
    }

    /** The selected run's scores and the decisions it saw. */
    private record Detail(long runId, RunsService.Scores scores, List<Decision> decisions) {}

    /** Makes these runs the active ensemble; the list reloads once the store has it. */
    public void makeActive(List<Long> runIds) {
        if (!runIds.isEmpty()) {
            active.activate(runIds);
        }
    }

    public ObservableList<RunsService.RunSummary> runs() {
        return runs;
    }

    public ObjectProperty<RunsService.RunSummary> selectedProperty() {
        return selected;
    }

    /** The selected run's lwlrap per class; null while it is computed or when nothing is selected. */
    public ReadOnlyObjectProperty<RunsService.Scores> selectedScoresProperty() {
        return selectedScores;
    }

    /** The reviewer decisions the selected run's labels included, oldest first. */
    public ObservableList<Decision> selectedDecisions() {
        return selectedDecisions;
    }

    public ReadOnlyStringProperty activeSummaryProperty() {
        return activeSummary;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem;
    }

    public ActiveEnsemble activeEnsemble() {
        return active;
    }
}
