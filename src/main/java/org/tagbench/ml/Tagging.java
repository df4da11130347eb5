package org.tagbench.ml;

import ai.djl.Device;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.tagbench.ml.data.TrainingExample;
import org.tagbench.ml.engine.DeviceChoice;
import org.tagbench.ml.engine.TorchRuntime;
import org.tagbench.dsp.MelConfig;
import org.tagbench.ml.infer.ClipTagger;
import org.tagbench.ml.infer.DeviceMelFrontEnd;
import org.tagbench.ml.infer.ModelBundle;
import org.tagbench.ml.train.CrossValidationTrainer;
import org.tagbench.ml.train.FoldAssignment;
import org.tagbench.ml.train.TrainingCopies;
import org.tagbench.ml.train.TrainingListener;
import org.tagbench.ml.train.TrainingPlan;
import org.tagbench.ml.train.TrainingResult;
import org.tagbench.ml.train.TrainingSetup;
import org.tagbench.ml.zoo.PlanResolver;

/**
 * The doorway to the model engine for the layers above: everything in plain Java types, so that only {@code ml}
 * ever names a DJL class. Devices are given as {@code auto|cpu|gpu}.
 */
public final class Tagging {
    private Tagging() {}

    /**
     * What a cross-validated training needs; {@code warmStartFolds} (may be empty) seeds fold f with model f mod n;
     * {@code copies} (may be {@link TrainingCopies#NONE}) train with their original's fold and are never validated.
     */
    public record TrainingJob(TrainingPlan plan, List<String> classes, String device, int threads,
                              List<TrainingExample> examples, TrainingCopies copies, FoldAssignment folds,
                              Path runFolder, List<Path> warmStartFolds) {
        public TrainingJob {
            classes = List.copyOf(classes);
            examples = List.copyOf(examples);
            warmStartFolds = List.copyOf(warmStartFolds);
        }
    }

    /** The device a choice resolves to on this machine, e.g. {@code cpu()} or {@code gpu(0)}. */
    public static String resolveDevice(String choice, int threads) {
        configureThreads(threads);
        return DeviceChoice.parse(choice).resolve().toString();
    }

    public static TrainingResult train(TrainingJob job, TrainingListener listener, BooleanSupplier cancelled) {
        configureThreads(job.threads());
        Device device = DeviceChoice.parse(job.device()).resolve();
        TrainingSetup setup = PlanResolver.standard().setup(job.plan(), job.classes().size(), device);
        if (!job.warmStartFolds().isEmpty()) {
            List<Path> models = job.warmStartFolds();
            setup = setup.withWarmStart(fold -> models.get(fold % models.size()));
        }
        return new CrossValidationTrainer(setup).run(job.examples(), job.copies(), job.folds(), job.runFolder(), listener,
                cancelled);
    }

    /** All folds of a saved run with the plan's own inference settings (tiles, crops or full length). */
    public static ClipTagger open(Path bundle, String device, int threads) {
        configureThreads(threads);
        return ModelBundle.open(bundle, DeviceChoice.parse(device).resolve());
    }

    /** One fold of a saved run, for the clips that fold validated (see {@link ModelBundle#openFold}). */
    public static ClipTagger openFold(Path bundle, int fold, String device, int threads) {
        configureThreads(threads);
        return ModelBundle.openFold(bundle, DeviceChoice.parse(device).resolve(), fold);
    }

    /** The fast path for live suggestions: one fold, whole clip in one pass. */
    public static ClipTagger openForSuggestions(Path bundle, String device, int threads) {
        configureThreads(threads);
        return ModelBundle.openForSuggestions(bundle, DeviceChoice.parse(device).resolve());
    }

    /** The log-mel front end on a device (DJL's STFT), for full-length inference on a GPU. */
    public static DeviceMelFrontEnd openMelFrontEnd(MelConfig mel, String device) {
        configureThreads(0);
        return new DeviceMelFrontEnd(mel, DeviceChoice.parse(device).resolve());
    }

    /** Whether a device choice resolves to a GPU on this machine. */
    public static boolean isGpu(String device) {
        configureThreads(0);
        return DeviceChoice.parse(device).resolve().isGpu();
    }

    /** The best model folder of each fold of a saved run, for warm starts. */
    public static List<Path> foldModels(Path bundle) {
        return ModelBundle.read(bundle).foldFolders();
    }

    private static void configureThreads(int threads) {
        if (threads > 0) {
            TorchRuntime.setThreads(threads);
        }
        TorchRuntime.engine();
    }
}
