package org.tagbench.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tagbench.app.BenchResult;
import org.tagbench.app.ImportBenchmark;
import org.tagbench.app.LongClipDataset;
import org.tagbench.app.MelBenchmark;
import org.tagbench.app.platform.DemoWorkspace;
import org.tagbench.dsp.MelConfig;
import org.tagbench.ui.ClipSwitchBenchmark;
import org.tagbench.ui.UiBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", description = "Benchmarks (throughput reported per thread count).",
        subcommands = {BenchCommand.Mel.class, BenchCommand.Import.class, BenchCommand.Suggest.class,
                BenchCommand.Ui.class, BenchCommand.Switch.class, BenchCommand.Review.class})
final class BenchCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    @FunctionalInterface
    interface ScratchWork {
        int run(Path scratch) throws Exception;
    }

    /** Runs a benchmark in a fresh temporary folder that is deleted afterwards, whatever happens. */
    static int inScratchFolder(String prefix, ScratchWork work) throws Exception {
        Path scratch = java.nio.file.Files.createTempDirectory(prefix);
        try {
            return work.run(scratch);
        } finally {
            try (var walk = java.nio.file.Files.walk(scratch)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    @Command(name = "import", description = "Import speed of a generated FSD2019-shaped dataset of short clips, against bare header reads of the same files.")
    static final class Import implements Callable<Integer> {
        @Option(names = "--clips", defaultValue = "30000", paramLabel = "N", description = "Clips to generate (default: ${DEFAULT-VALUE}).")
        int clips;

        @Override
        public Integer call() throws Exception {
            return inScratchFolder("tagbench-bench-import", scratch -> {
                ImportBenchmark.Result result = CliProgress.run("import bench", context -> ImportBenchmark.run(clips, scratch, context));
                System.out.printf(Locale.ROOT, "clips=%d import_s=%.2f clips_per_s=%.0f header_reads_s=%.2f ratio_to_header_reads=%.2f target_20s_ratio=%.2f%n",
                        result.clips(), result.importSeconds(), result.clipsPerSecond(), result.headerReadSeconds(),
                        result.ratioToHeaderReads(), result.importSeconds() / 20.0);
                return ExitCodes.OK;
            });
        }
    }

    @Command(name = "suggest", description = "Latency of one clip's tag suggestion (log-mel + one-fold tagger of the run the window suggests with) against the full fold ensemble of the run or of its member runs.")
    static final class Suggest implements Callable<Integer> {
        @picocli.CommandLine.Mixin
        WorkspaceOption workspace;

        @picocli.CommandLine.Mixin
        RunsOption runs;

        @Option(names = "--seconds", defaultValue = "10", description = "Clip length (default: ${DEFAULT-VALUE}).")
        double seconds;

        @Option(names = "--device", defaultValue = "auto")
        String device;

        @Override
        public Integer call() throws Exception {
            try (var opened = workspace.open()) {
                java.util.List<Long> ids = runs.resolve(opened);
                long run = ids.isEmpty() ? opened.store().runs().stream()
                        .filter(r -> r.modelDir() != null && "finished".equals(r.status())).mapToLong(r -> r.id()).max()
                        .orElseThrow(() -> new IllegalStateException("no finished run with models: train one first")) : ids.get(0);
                var result = org.tagbench.app.SuggestionBenchmark.run(opened, run, seconds, device);
                System.out.printf(Locale.ROOT, "run=%d suggest_run=%d clip_s=%.1f logmel_ms=%.1f suggest_fast_median_ms=%.1f "
                                + "suggest_fast_max_ms=%.1f ensemble_%druns_%dfolds_median_ms=%.1f ratio_fast_to_ensemble=%.2f "
                                + "load_avg_1m=%.2f cores=%d%n", run, result.liveRunId(), result.clipSeconds(),
                        result.featureMillis(), result.fastMedianMillis(), result.fastMaxMillis(), result.modelRuns(),
                        result.folds(), result.ensembleMedianMillis(),
                        result.fastMedianMillis() / result.ensembleMedianMillis(),
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                        Runtime.getRuntime().availableProcessors());
                return ExitCodes.OK;
            }
        }
    }

    @Command(name = "ui", description = "Longest JavaFX-thread stall while browsing a generated workspace in the real window (needs a display: xvfb-run).")
    static final class Ui implements Callable<Integer> {
        @Option(names = "--clips", defaultValue = "30000", paramLabel = "N", description = "Clips to generate (default: ${DEFAULT-VALUE}).")
        int clips;

        @Override
        public Integer call() throws Exception {
            return inScratchFolder("tagbench-bench-ui", scratch -> {
                CliProgress.run("generate and import", context -> ImportBenchmark.run(clips, scratch, context));
                UiBenchmark.Result result = UiBenchmark.run(scratch.resolve("workspace"));
                System.out.printf(Locale.ROOT, "clips=%d idle_p99_frame_gap_ms=%.1f idle_median_frame_gap_ms=%.1f%n",
                        result.clips(), result.idleP99FrameGapMs(), result.idleMedianFrameGapMs());
                System.out.printf(Locale.ROOT, "heap_before_window_mib=%.1f heap_loaded_mib=%.1f%n",
                        result.heap().beforeWindowMib(), result.heap().loadedMib());
                printPass("first", result.firstPass());
                printPass("second", result.secondPass());
                return ExitCodes.OK;
            });
        }
    }

    @Command(name = "switch", description = "Clip switch in the real window: selecting a long clip to its waveform and complete "
            + "spectrogram painted, first visits and again (cached), then frame gaps while the playback cursor runs; "
            + "the clips are the demo's recordings joined end to end (needs a display: xvfb-run).")
    static final class Switch implements Callable<Integer> {
        @Option(names = "--seconds", defaultValue = "30", paramLabel = "S", description = "Length of each clip (default: ${DEFAULT-VALUE}).")
        double seconds;

        @Option(names = "--clips", defaultValue = "8", paramLabel = "N", description = "Clips to switch between (default: ${DEFAULT-VALUE}).")
        int clips;

        @Override
        public Integer call() throws Exception {
            return inScratchFolder("tagbench-bench-switch", scratch -> {
                Path recordings = DemoWorkspace.dataset().resolve("train_curated");
                Path workspace = CliProgress.run("write and import " + clips + " clips",
                        context -> LongClipDataset.build(recordings, clips, seconds, scratch, context));
                ClipSwitchBenchmark.Result result = ClipSwitchBenchmark.run(workspace);
                System.out.printf(Locale.ROOT, "clip_seconds=%.0f switches=%d uncached_median_ms=%.1f uncached_max_ms=%.1f "
                                + "cached_median_ms=%.1f cached_max_ms=%.1f%n", seconds, result.switches(),
                        result.uncachedMedianMs(), result.uncachedMaxMs(), result.cachedMedianMs(), result.cachedMaxMs());
                System.out.printf(Locale.ROOT, "playback_cursor p99_frame_gap_ms=%.1f longest_frame_gap_ms=%.1f longest_fx_cpu_ms=%.1f%n",
                        result.playbackP99FrameGapMs(), result.playbackLongestFrameGapMs(), result.playbackLongestFxCpuMs());
                return ExitCodes.OK;
            });
        }
    }

    private static void printPass(String name, UiBenchmark.Pass pass) {
        for (UiBenchmark.Phase phase : pass.phases()) {
            System.out.printf(Locale.ROOT, "pass=%s phase=%s longest_frame_gap_ms=%.1f p99_frame_gap_ms=%.1f longest_fx_cpu_ms=%.1f p99_fx_cpu_ms=%.1f%n",
                    name, phase.name(), phase.longestFrameGapMs(), phase.p99FrameGapMs(), phase.longestFxCpuMs(), phase.p99FxCpuMs());
        }
        System.out.printf(Locale.ROOT, "pass=%s longest_stall_ms=%.1f longest_frame_gap_ms=%.1f p99_frame_gap_ms=%.1f longest_fx_cpu_ms=%.1f p99_fx_cpu_ms=%.1f%n",
                name, pass.longestStallMs(), pass.longestFrameGapMs(), pass.p99FrameGapMs(), pass.longestFxCpuMs(), pass.p99FxCpuMs());
    }

    @Command(name = "review", description = "Decision latency and the review loop's next-item time (painted with suggestions) "
            + "in the real window, on a scratch copy of a workspace with a trained run (needs a display: xvfb-run).")
    static final class Review implements Callable<Integer> {
        @picocli.CommandLine.Mixin
        WorkspaceOption workspace;

        @Option(names = "--decisions", defaultValue = "200", paramLabel = "N", description = "Decisions to time, each undone (default: ${DEFAULT-VALUE}).")
        int decisions;

        @Option(names = "--items", defaultValue = "25", paramLabel = "N", description = "Queue items to step through (default: ${DEFAULT-VALUE}).")
        int items;

        @Option(names = "--during-retrain", description = "Also time decisions while a small real retrain runs in the same "
                + "workspace, against the same without training, in this run.")
        boolean duringRetrain;

        @Option(names = "--retrain-preset", defaultValue = "cpu-default", paramLabel = "NAME", description = "Preset of that retrain (default: ${DEFAULT-VALUE}).")
        String retrainPreset;

        @Option(names = "--retrain-folds", defaultValue = "2", paramLabel = "K", description = "Folds of that retrain (default: ${DEFAULT-VALUE}).")
        int retrainFolds;

        @Option(names = "--retrain-epochs", defaultValue = "1", paramLabel = "N", description = "Epochs of that retrain (default: ${DEFAULT-VALUE}).")
        int retrainEpochs;

        @Option(names = "--no-window", description = "Skip the review loop in the real window (needs no display and no trained run).")
        boolean noWindow;

        @Override
        public Integer call() throws Exception {
            java.nio.file.Path source = workspace.resolve();
            return inScratchFolder("tagbench-bench-review", scratch -> {
                var stored = org.tagbench.app.DecisionBenchmark.run(source, scratch, decisions);
                System.out.printf(Locale.ROOT, "decisions=%d decision_median_ms=%.2f decision_p95_ms=%.2f decision_max_ms=%.2f "
                                + "read_labels_median_ms=%.2f ratio_decision_to_read=%.1f%n", stored.decisions(), stored.medianMs(),
                        stored.p95Ms(), stored.maxMs(), stored.readMedianMs(), stored.medianMs() / stored.readMedianMs());
                if (duringRetrain) {
                    printDuringRetrain(org.tagbench.app.DecisionBenchmark.runDuringRetrain(source, scratch, decisions,
                            org.tagbench.app.DecisionBenchmark.smallRetrain(retrainPreset, retrainFolds, retrainEpochs)));
                }
                if (noWindow) {
                    return ExitCodes.OK;
                }
                var loop = org.tagbench.ui.ReviewBenchmark.run(scratch.resolve("workspace"), items);
                System.out.printf(Locale.ROOT, "steps=%d next_item_first_median_ms=%.1f next_item_first_max_ms=%.1f "
                                + "next_item_again_median_ms=%.1f next_item_again_max_ms=%.1f%n", loop.steps(),
                        loop.firstMedianMs(), loop.firstMaxMs(), loop.againMedianMs(), loop.againMaxMs());
                return ExitCodes.OK;
            });
        }

        private static void printDuringRetrain(org.tagbench.app.DecisionBenchmark.RetrainResult result) {
            var idle = result.idle();
            var during = result.duringRetrain();
            System.out.printf(Locale.ROOT, "retrain preset=%s folds=%d epochs=%d train_s=%.1f decisions_idle=%d idle_p50_ms=%.2f "
                            + "idle_p99_ms=%.2f decisions_during=%d during_p50_ms=%.2f during_p99_ms=%.2f during_max_ms=%.2f "
                            + "ratio_p99_during_to_idle=%.1f target_50ms_ratio=%.2f%n", result.training().preset(),
                    result.training().folds(), result.training().epochs(), result.trainSeconds(), idle.decisions(),
                    idle.p50Ms(), idle.p99Ms(), during.decisions(), during.p50Ms(), during.p99Ms(), during.maxMs(),
                    during.p99Ms() / idle.p99Ms(), during.p99Ms() / 50.0);
        }
    }

    @Command(name = "mel", description = "Decode + log-mel speed over the audio files of a folder: warm-up, then best of 5 passes.")
    static final class Mel implements Callable<Integer> {
        @Option(names = "--preset", paramLabel = "NAME", defaultValue = "daisukelab", description = "MelConfig preset (default: ${DEFAULT-VALUE}).")
        String preset;

        @Option(names = "--dir", paramLabel = "DIR", description = "Folder of audio files (default: the demo dataset).")
        Path dir;

        @Option(names = "--threads", paramLabel = "N", description = "Measure 1..N threads (default: all cores).")
        int threads = Runtime.getRuntime().availableProcessors();

        @Override
        public Integer call() throws Exception {
            Path folder = dir != null ? dir : DemoWorkspace.dataset();
            MelBenchmark benchmark = new MelBenchmark(MelConfig.preset(preset), folder);
            System.out.println("preset=" + preset + " clips=" + benchmark.clipCount() + " dir=" + folder);
            for (int n = 1; n <= threads; n++) {
                int threadCount = n;
                BenchResult result = CliProgress.run("threads=" + n, context -> benchmark.run(threadCount, context));
                System.out.printf(Locale.ROOT, "threads=%d clips_per_s=%.1f realtime=%.0fx cpu_ms_per_5s_audio=%.2f%n",
                        result.threads(), result.clipsPerSecond(), result.realtimeFactor(), result.cpuMillisPer5sAudio());
            }
            return ExitCodes.OK;
        }
    }
}
