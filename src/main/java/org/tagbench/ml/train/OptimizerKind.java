package org.tagbench.ml.train;

import java.util.Locale;

/** The optimizers the recipes used: Adam (1st, 3rd, 7th place) and SGD with momentum. */
public enum OptimizerKind {
    ADAM,
    SGD;

    public static OptimizerKind parse(String text) {
        String normalized = text == null ? "adam" : text.strip().toLowerCase(Locale.ROOT);
        return switch (normalized) {
            case "adam" -> ADAM;
            case "sgd" -> SGD;
            default -> throw new IllegalArgumentException("Unknown optimizer '" + text + "': expected adam or sgd");
        };
    }
}
