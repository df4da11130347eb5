package org.tagbench.app.pipeline;

import java.util.List;
import org.tagbench.app.training.ClipIssues;

/** A finished pipeline: its own run id (naming the final ensemble), the ensemble's OOF lwlrap and every stage. */
public record PipelineOutcome(long runId, double oofLwlrap, List<Long> members, List<Stage> stages) {
    /** One training stage of a pipeline, with the clips it trained on in part or skipped. */
    public record Stage(String name, long runId, double oofLwlrap, int trainingClips, double seconds,
                        ClipIssues clipIssues) {
        public Stage {
            // a pipeline saved before stages kept their issues resumes with none
            clipIssues = clipIssues == null ? ClipIssues.NONE : clipIssues;
        }
    }
}
