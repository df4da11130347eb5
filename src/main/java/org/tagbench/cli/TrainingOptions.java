package org.tagbench.cli;

import java.util.Map;
import java.util.Set;
import org.tagbench.app.training.PartialPolicy;
import org.tagbench.app.training.TrainRequest;
import picocli.CommandLine.Option;

/**
 * The options every training command shares: preset, folds, epochs, device, seed, threads, augmented copies, and
 * whether partly decodable clips train.
 */
final class TrainingOptions {
    @Option(names = "--preset", paramLabel = "NAME", description = "Model preset from models/ (default: cpu-default; see 'tagbench models').")
    String preset;

    @Option(names = "--folds", paramLabel = "K", description = "Folds (default: the preset's).")
    int folds;

    @Option(names = "--epochs", paramLabel = "N", description = "Epochs per fold (default: the preset's).")
    int epochs;

    @Option(names = "--device", defaultValue = "auto", description = "auto, cpu or gpu (default: ${DEFAULT-VALUE}).")
    String device;

    @Option(names = "--seed", paramLabel = "S", description = "Seed (default: the preset's).")
    Long seed;

    @Option(names = "--threads", paramLabel = "N", description = "PyTorch threads (default: all cores).")
    int threads;

    @Option(names = "--augmented-copies", paramLabel = "N",
            description = "Offline waveform-augmented copies of each curated clip, trained with its fold (default: the preset's, "
                    + "usually 0; the 7th place used 7). Made once, then read from the feature cache.")
    Integer augmentedCopies;

    @Option(names = "--partial", paramLabel = "include|skip", defaultValue = "include",
            description = "Whether clips only part of whose audio decodes (truncated, damaged, NaN samples zeroed) train "
                    + "(default: ${DEFAULT-VALUE}); either way the end of the run lists them.")
    String partial;

    TrainRequest request(Set<String> sources, Long initRun) {
        return new TrainRequest(preset, folds, epochs, sources, initRun, device, seed, threads, Map.of(), augmentedCopies,
                PartialPolicy.parse(partial));
    }
}
