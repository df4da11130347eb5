package org.tagbench.app.pipeline;

import java.util.List;

/** A trained recipe: its ensemble run (naming its members), the ensemble's OOF lwlrap and each member's run. */
public record RecipeOutcome(long runId, double oofLwlrap, List<Member> members, double seconds) {
    /** One member: its label in the recipe, its run (a training or a pipeline run) and that run's figure. */
    public record Member(String name, long runId, double oofLwlrap) {}

    public List<Long> memberRuns() {
        return members.stream().map(Member::runId).toList();
    }
}
