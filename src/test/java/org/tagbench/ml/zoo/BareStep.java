package org.tagbench.ml.zoo;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import org.tagbench.ml.data.Batch;

/** The model step alone, as the trainer does it, for comparing with the full loop. */
final class BareStep {
    private BareStep() {}

    static void run(Trainer trainer, Batch batch) {
        try (NDManager step = trainer.getManager().newSubManager()) {
            NDList inputs = new NDList(step.create(batch.features(), new Shape(batch.size(), 1, batch.mels(), batch.frames())));
            NDList labels = new NDList(step.create(batch.targets(), new Shape(batch.size(), batch.classes())),
                    step.create(batch.weights()), step.create(batch.noisy()));
            try (GradientCollector collector = trainer.newGradientCollector()) {
                collector.backward(trainer.getLoss().evaluate(labels, trainer.forward(inputs, labels)));
            }
            trainer.step();
        }
    }
}
