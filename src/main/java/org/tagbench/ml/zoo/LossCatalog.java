package org.tagbench.ml.zoo;

import ai.djl.training.loss.Loss;
import java.util.Locale;
import org.tagbench.ml.train.TaggingLoss;
import org.tagbench.ml.train.TrainingPlan.LossSpec;

/** Loss names as preset files spell them, mapped to the losses of {@code org.tagbench.ml.train}. */
public final class LossCatalog {
    static final float FIRST_PLACE_LSOFT_BETA = 0.7f;

    private LossCatalog() {}

    public static Loss build(LossSpec spec) {
        String type = spec.type() == null ? "bce" : spec.type().strip().toLowerCase(Locale.ROOT);
        return switch (type) {
            case "bce" -> TaggingLoss.bce();
            case "bce-smoothed" -> TaggingLoss.smoothedBce(spec.smoothing());
            case "lsep" -> TaggingLoss.lsep();
            case "bce+lsoft" -> TaggingLoss.bceWithLSoftOnNoisy(spec.beta() > 0 ? spec.beta() : FIRST_PLACE_LSOFT_BETA);
            default -> throw new IllegalArgumentException(
                    "Unknown loss '" + spec.type() + "': expected bce, bce-smoothed, lsep or bce+lsoft");
        };
    }
}
