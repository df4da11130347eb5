package org.tagbench.app;

import java.util.Set;

/**
 * One training as the user asks for it. Zero folds or epochs and a null seed mean "as the preset says";
 * {@code sources} picks the kinds of labelled clips (curated, noisy, pseudo); {@code initRun} warm-starts each fold
 * from that run's models.
 */
public record TrainRequest(String preset, int folds, int epochs, Set<String> sources, Long initRun, String device,
                           Long seed, int threads) {
    public TrainRequest {
        sources = Set.copyOf(sources);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("train on at least one source: curated, noisy or pseudo");
        }
        for (String source : sources) {
            if (!Set.of(TrainingLabels.CURATED, TrainingLabels.NOISY, TrainingLabels.PSEUDO).contains(source)) {
                throw new IllegalArgumentException("unknown source '" + source + "': use curated, noisy or pseudo");
            }
        }
    }

    public static TrainRequest defaults(String preset) {
        return new TrainRequest(preset, 0, 0, Set.of(TrainingLabels.CURATED, TrainingLabels.NOISY), null, "auto", null, 0);
    }
}
