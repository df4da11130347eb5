package org.tagbench.ui.overview;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.tagbench.app.jobs.Job;
import org.tagbench.app.jobs.JobContext;
import org.tagbench.ui.browser.ClipRow;
import org.tagbench.ui.jobs.JobRunner;

/** Summarises the workspace's rows for the overview charts in a job whenever the rows change. */
public final class OverviewViewModel {
    private final JobRunner jobs;
    private final SimpleObjectProperty<OverviewData> data = new SimpleObjectProperty<>();

    public OverviewViewModel(JobRunner jobs) {
        this.jobs = jobs;
    }

    public void summarise(List<ClipRow> rows) {
        jobs.submit(new Job<OverviewData>() {
            @Override
            public String title() {
                return "Dataset overview";
            }

            @Override
            public OverviewData run(JobContext context) {
                context.step(0, "counting " + rows.size() + " clips");
                return OverviewData.of(rows);
            }
        }, data::set, error -> { });
    }

    public ReadOnlyObjectProperty<OverviewData> dataProperty() {
        return data;
    }
}
