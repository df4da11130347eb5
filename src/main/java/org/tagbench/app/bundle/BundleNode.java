package org.tagbench.app.bundle;

import java.util.List;
import org.tagbench.ml.infer.InferenceSettings;

/**
 * One run of a bundle: a trained run holds its models ({@code models}, a folder of the bundle written by
 * {@link org.tagbench.ml.infer.ModelBundle}) and the inference settings they predict with; an ensemble run (a recipe's
 * or a pipeline's) holds its member runs and how their scores combine ({@code mean} or {@code geomean}, per clip).
 */
public record BundleNode(long run, String kind, String preset, String models, InferenceSettings inference,
                         String combine, List<BundleNode> members) {
    public BundleNode {
        members = members == null ? List.of() : List.copyOf(members);
    }

    public boolean isEnsemble() {
        return !members.isEmpty();
    }

    /** The trained runs under this node, depth first: the models the bundle holds. */
    public List<BundleNode> leaves() {
        if (!isEnsemble()) {
            return List.of(this);
        }
        return members.stream().flatMap(member -> member.leaves().stream()).toList();
    }
}
