package org.tagbench.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.tagbench.app.runs.Combine;
import org.tagbench.app.imports.ImportService;
import org.tagbench.app.jobs.JobContext;
import org.tagbench.app.inference.Prediction;
import org.tagbench.app.inference.PredictionService;
import org.tagbench.app.training.TrainRequest;
import org.tagbench.app.training.TrainingService;
import org.tagbench.app.workspace.Workspace;
import org.tagbench.app.bundle.BundleExporter;
import org.tagbench.audio.WavWriter;

/**
 * {@code ./tagbench spark bench [--clips N] [--dir DIR]}: throughput of the Spark job against the plain path on the
 * same clips. A dataset of the dev corpus plus N synthetic clips (2-5 s of tones and noise, 44.1 kHz, seeded) in its
 * test split; a tiny run (cpu-default, 2 folds x 1 epoch) trained on the curated clips before the synthetic ones are
 * added, so nothing of them is cached or stored; then the test split scored by {@code tagbench predict}'s service
 * (fresh feature cache), by the job in local[1] and in local[2], and the ratios. Not a test: the machine's load is
 * printed beside the numbers.
 */
public final class SparkTagBench {
    private SparkTagBench() {}

    public static void main(String[] args) throws Exception {
        int clips = 5000;
        Path dir = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--clips" -> clips = Integer.parseInt(args[i + 1]);
                case "--dir" -> dir = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("usage: bench [--clips N] [--dir DIR]");
            }
        }
        dir = dir != null ? dir : Files.createTempDirectory("tagbench-spark-bench");
        Path dataset = DevCorpus.sample(dir.resolve("dataset"), 1);
        say("load before: " + load());
        try (Workspace workspace = Workspace.create(dir.resolve("ws"))) {
            ImportService.importDataset(dataset, workspace, JobContext.unattended());
            TrainRequest tiny = new TrainRequest("cpu-default", 2, 1, Set.of("curated"), null, "cpu", 3L, 2, Map.of());
            long run = new TrainingService(workspace).train(tiny, JobContext.unattended(), report -> { }).runId();
            double poolSeconds = addSyntheticClips(dataset, clips);
            ImportService.importDataset(dataset, workspace, JobContext.unattended());
            Path bundle = dir.resolve("bundle");
            BundleExporter.export(workspace, run, bundle);
            int total = workspace.store().clips("test").size();
            say(String.format(Locale.ROOT, "clips=%d (%d synthetic, %.0f s of audio, + the dev corpus's test clips)",
                    total, clips, poolSeconds));

            long started = System.nanoTime();
            Prediction plain = new PredictionService(workspace).predictSplit(List.of(run), Combine.MEAN, "test", false,
                    "cpu", JobContext.unattended());
            double plainSeconds = seconds(started);
            say(rate("tagbench predict (PredictionService, PyTorch's default threads)", total, plainSeconds)
                    + " skipped=" + plain.clipIssues().skipped().size() + " load=" + load());

            double one = spark("local[1]", bundle, dataset, dir, total);
            double two = spark("local[2]", bundle, dataset, dir, total);
            say(String.format(Locale.ROOT, "scaling local[1] -> local[2]: %.2fx", one / two));
            say(String.format(Locale.ROOT, "plain / Spark time: local[1] %.2f, local[2] %.2f (above 1: Spark faster)",
                    plainSeconds / one, plainSeconds / two));
            say("load after: " + load());
        }
    }

    private static double spark(String master, Path bundle, Path dataset, Path dir, int total) throws Exception {
        SparkSession spark = SparkCli.session(master, "bench " + master);
        try {
            long started = System.nanoTime();
            JobSummary summary = TagJob.run(spark, new TagSpec(bundle.toString(), dataset.resolve("test").toString(),
                    dir.resolve("out-" + master.replaceAll("\\W", "")).toString(), TagSpec.PARQUET, 3, 0, 32, "cpu"));
            double seconds = seconds(started);
            say(rate("spark " + master, total, seconds) + " partitions=" + summary.partitions() + " errors="
                    + summary.errors().size() + " load=" + load());
            return seconds;
        } finally {
            spark.stop();
        }
    }

    /** N clips of 2-5 s: a few decaying tones over noise, seeded, 16-bit 44.1 kHz; listed in sample_submission.csv. */
    static double addSyntheticClips(Path dataset, int count) throws Exception {
        Random random = new Random(17);
        int rate = 44100;
        double total = 0;
        List<String> rows = new ArrayList<>(Files.readAllLines(dataset.resolve("sample_submission.csv")));
        int classes = rows.get(0).split(",").length - 1;
        String zeros = ",0".repeat(classes);
        for (int i = 0; i < count; i++) {
            double seconds = 2 + 3 * random.nextDouble();
            float[] samples = new float[(int) (seconds * rate)];
            double[] tones = {100 + 3000 * random.nextDouble(), 100 + 3000 * random.nextDouble()};
            double noise = 0.02 + 0.1 * random.nextDouble();
            for (int t = 0; t < samples.length; t++) {
                double time = (double) t / rate;
                double value = noise * random.nextGaussian();
                for (double tone : tones) {
                    value += 0.3 * Math.exp(-2 * (time % 1.0)) * Math.sin(2 * Math.PI * tone * time);
                }
                samples[t] = (float) Math.max(-1, Math.min(1, value));
            }
            String name = String.format(Locale.ROOT, "synth%05d.wav", i);
            WavWriter.writePcm16(dataset.resolve("test").resolve(name), samples, rate);
            rows.add(name + zeros);
            total += seconds;
        }
        Files.write(dataset.resolve("sample_submission.csv"), rows);
        return total;
    }

    private static String rate(String what, int clips, double seconds) {
        return String.format(Locale.ROOT, "%-70s %7.1f s  %6.1f clips/s", what, seconds, clips / seconds);
    }

    private static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }

    private static String load() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/loadavg"))) {
            return lines.findFirst().map(line -> String.join(" ", List.of(line.split(" ")).subList(0, 3))).orElse("?");
        } catch (Exception e) {
            return "unknown";
        }
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
