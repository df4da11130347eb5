package org.tagbench.ui;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import org.controlsfx.control.StatusBar;
import org.tagbench.ui.jobs.JobRunner;

/** The status bar: what the newest job is doing, its progress, and a button that cancels it. */
final class StatusBarView extends StatusBar {
    StatusBarView(JobRunner jobs) {
        setId("status-bar");
        textProperty().bind(jobs.messageProperty());
        progressProperty().bind(Bindings.when(jobs.runningProperty().greaterThan(0))
                .then(jobs.progressProperty()).otherwise(0.0));
        Button cancel = new Button("Cancel");
        cancel.setId("cancel-job");
        cancel.setOnAction(event -> jobs.cancelNewest());
        cancel.visibleProperty().bind(jobs.runningProperty().greaterThan(0));
        cancel.setFocusTraversable(false);
        getRightItems().add(cancel);
    }
}
