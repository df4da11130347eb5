package org.tagbench.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * Runs the DSP kernel benchmarks (all of them, or those JMH's command line selects) and then prints each kernel's
 * time as a ratio to its reference, measured in the same run, as rows for docs/benchmarks.md. Ratios are of the
 * iteration medians, which a busy shared machine disturbs less than the means JMH prints.
 */
public final class JmhReport {
    /** A kernel and the reference it is compared with; both are benchmark method names as Class.method. */
    record Comparison(String what, String kernel, String reference) {}

    /** The iteration scores of one benchmark, in its unit. */
    record Scores(List<Double> values, String unit) {
        double median() {
            List<Double> sorted = values.stream().sorted().toList();
            int middle = sorted.size() / 2;
            return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
        }

        double min() {
            return values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
        }

        double max() {
            return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
        }
    }

    static final List<Comparison> COMPARISONS = List.of(
            new Comparison("FFT power spectrum of one 2560-point frame: radix-5 split vs one JTransforms FFT",
                    "SpectrumBenchmark.radixFive", "SpectrumBenchmark.jTransforms"),
            new Comparison("same, vs a naive DFT", "SpectrumBenchmark.radixFive", "SpectrumBenchmark.naiveDft"),
            new Comparison("mel filterbank (128 x 1281) on one spectrum: sparse bands vs dense matrix product",
                    "MelKernelsBenchmark.filterbankSparse", "MelKernelsBenchmark.filterbankDense"),
            new Comparison("log-mel of 5 s, daisukelab, vs the bare FFTs of its 636 frames",
                    "MelKernelsBenchmark.logMel5s", "MelKernelsBenchmark.fft5s"),
            new Comparison("resample 5 s 48 kHz -> 44.1 kHz: band-limited vs linear interpolation",
                    "ResamplerBenchmark.bandLimited", "ResamplerBenchmark.linearInterpolation"),
            new Comparison("same, vs the log-mel of 5 s", "ResamplerBenchmark.bandLimited", "MelKernelsBenchmark.logMel5s"),
            new Comparison("waveform min/max pyramid of 5 s vs one min/max pass over the samples",
                    "WaveformSummaryBenchmark.build", "WaveformSummaryBenchmark.minMaxPass"),
            new Comparison("1600 waveform columns read from the pyramid vs one min/max pass",
                    "WaveformSummaryBenchmark.columns1600", "WaveformSummaryBenchmark.minMaxPass"));

    private JmhReport() {}

    public static void main(String[] args) throws Exception {
        Map<String, Scores> scores = byShortName(new Runner(new CommandLineOptions(args)).run());
        System.out.println();
        System.out.println("| kernel vs reference | kernel, median (range) | reference, median (range) | ratio of medians |");
        System.out.println("|---|---|---|---|");
        for (Comparison comparison : COMPARISONS) {
            Scores kernel = scores.get(comparison.kernel());
            Scores reference = scores.get(comparison.reference());
            if (kernel != null && reference != null) {
                System.out.printf(Locale.ROOT, "| %s | %s | %s | **%.3f** |%n", comparison.what(), describe(kernel),
                        describe(reference), kernel.median() / reference.median());
            }
        }
    }

    /** Iteration scores of every fork, keyed by Class.method. */
    private static Map<String, Scores> byShortName(Collection<RunResult> results) {
        Map<String, Scores> byName = new HashMap<>();
        for (RunResult run : results) {
            List<Double> values = new ArrayList<>();
            for (BenchmarkResult fork : run.getBenchmarkResults()) {
                for (IterationResult iteration : fork.getIterationResults()) {
                    values.add(iteration.getPrimaryResult().getScore());
                }
            }
            String benchmark = run.getParams().getBenchmark();
            String shortName = benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1);
            byName.put(shortName, new Scores(values, run.getPrimaryResult().getScoreUnit()));
        }
        return byName;
    }

    private static String describe(Scores scores) {
        return String.format(Locale.ROOT, "%s %s (%s-%s)", significant(scores.median()), scores.unit(),
                significant(scores.min()), significant(scores.max()));
    }

    private static String significant(double value) {
        return String.format(Locale.ROOT, value >= 100 ? "%.0f" : value >= 10 ? "%.1f" : "%.2f", value);
    }
}
