package org.tagbench.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.tagbench.app.workspace.Workspace;
import org.tagbench.app.bundle.ImportOutcome;
import org.tagbench.app.bundle.PredictionImport;
import org.tagbench.app.bundle.ScoreRow;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tagbench spark ...}: the job's command line, in-process ({@code --master local[N]}) or under spark-submit. */
@Command(name = "tagbench spark", mixinStandardHelpOptions = true,
        description = "Batch tagging with an exported bundle on Apache Spark.",
        subcommands = {SparkCli.Tag.class, SparkCli.ImportPredictions.class})
public final class SparkCli {
    static final int OK = 0;
    static final int PARTIAL = 1;
    static final int ERROR = 2;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    static int execute(String... args) {
        CommandLine line = new CommandLine(new SparkCli());
        line.setExecutionExceptionHandler((error, cmd, parsed) -> {
            cmd.getErr().println("tagbench spark " + cmd.getCommandName() + ": " + (error.getMessage() == null
                    ? error.toString() : error.getMessage()));
            if (System.getenv("TAGBENCH_TRACE") != null) {
                error.printStackTrace(cmd.getErr());
            }
            return ERROR;
        });
        return line.execute(args);
    }

    /** The session of spark-submit (which sets the master), or a local one. */
    static SparkSession session(String master, String appName) {
        SparkConf conf = new SparkConf().setAppName(appName);
        if (master != null) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        boolean local = conf.get("spark.master").startsWith("local");
        if (local) {
            conf.setIfMissing("spark.ui.showConsoleProgress", "false");
            conf.setIfMissing("spark.ui.enabled", "false");
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
        }
        SparkSession session = SparkSession.builder().config(conf).getOrCreate();
        if (local) {
            session.sparkContext().setLogLevel("WARN");
        }
        return session;
    }

    @Command(name = "tag", description = "Score a folder of clips or a listing (CSV/Parquet with a 'path' column) with "
            + "a bundle; write Parquet (one row per clip, errors included) or one CSV in the 2019 submission layout.")
    static final class Tag implements Callable<Integer> {
        @Option(names = "--bundle", required = true, description = "The bundle folder (local path or Hadoop URI).")
        String bundle;
        @Option(names = "--clips", required = true, paramLabel = "DIR|LISTING", description = "A folder, or a .csv/.parquet listing.")
        String clips;
        @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (overwritten).")
        String out;
        @Option(names = "--master", description = "Spark master, e.g. local[2] (default: spark-submit's, else local[*]).")
        String master;
        @Option(names = "--format", defaultValue = "parquet", description = "parquet or csv (default: ${DEFAULT-VALUE}).")
        String format;
        @Option(names = "--top-k", defaultValue = "3", description = "Labels in top_labels (default: ${DEFAULT-VALUE}).")
        int topK;
        @Option(names = "--partitions", defaultValue = "0", description = "0: one per 32 clips, at most 4 per core.")
        int partitions;
        @Option(names = "--batch", defaultValue = "32", description = "Clips decoded and predicted together (default: ${DEFAULT-VALUE}).")
        int batch;
        @Option(names = "--device", defaultValue = "cpu", description = "cpu, gpu or auto (default: ${DEFAULT-VALUE}).")
        String device;

        @Override
        public Integer call() throws Exception {
            TagSpec spec = new TagSpec(bundle, clips, out, format, topK, partitions, batch, device);
            SparkSession spark = session(master, "tagbench tag");
            try {
                JobSummary summary = TagJob.run(spark, spec);
                summary.errors().stream().limit(5).forEach(failed ->
                        System.out.println("error: " + failed.path() + ": " + failed.reason()));
                if (summary.errors().size() > 5) {
                    System.out.println("... and " + (summary.errors().size() - 5) + " more (all in "
                            + PredictionImport.JOB_FILE + ")");
                }
                System.out.println(summary.line());
                return summary.errors().isEmpty() ? OK : PARTIAL;
            } finally {
                spark.stop();
            }
        }
    }

    @Command(name = "import-predictions", description = "Store the scores of the job's Parquet output as the "
            + "predictions of the run they were computed with (as 'tagbench import-predictions' does for its CSV).")
    static final class ImportPredictions implements Callable<Integer> {
        @Parameters(paramLabel = "PARQUET", description = "The job's output folder (or one Parquet file of it).")
        String parquet;
        @Option(names = {"-w", "--workspace"}, required = true, paramLabel = "DIR")
        Path workspace;

        @Override
        public Integer call() throws Exception {
            SparkSession spark = session("local[1]", "tagbench import-predictions");
            try (Workspace opened = Workspace.open(workspace)) {
                ImportOutcome outcome = importParquet(spark, opened, parquet);
                outcome.report(5).forEach(System.out::println);
                return outcome.problems().isEmpty() ? OK : PARTIAL;
            } finally {
                spark.stop();
            }
        }
    }

    /** Reads the job's rows (row numbers in path order) and hands them to the app's import. */
    static ImportOutcome importParquet(SparkSession spark, Workspace workspace, String parquet) {
        var table = spark.read().parquet(parquet);
        List<String> columns = Arrays.asList(table.columns());
        int top = columns.indexOf(OutputSchema.TOP_LABELS);
        if (!columns.subList(0, Math.min(OutputSchema.FIRST_CLASS, columns.size())).equals(List.of(OutputSchema.FNAME,
                OutputSchema.PATH, OutputSchema.DURATION, OutputSchema.STATUS, OutputSchema.REASON)) || top < 0
                || !columns.contains(OutputSchema.BUNDLE_ID)) {
            throw new IllegalArgumentException(parquet + ": not the output of 'tagbench spark tag' (columns " + columns + ")");
        }
        List<String> classes = columns.subList(OutputSchema.FIRST_CLASS, top);
        List<ScoreRow> rows = new ArrayList<>();
        String bundleId = null;
        long number = 0;
        for (Row row : table.orderBy(OutputSchema.PATH).collectAsList()) {
            number++;
            String rowBundle = row.getAs(OutputSchema.BUNDLE_ID);
            bundleId = bundleId == null ? rowBundle : bundleId;
            float[] scores = null;
            if (!row.isNullAt(OutputSchema.FIRST_CLASS)) {
                scores = new float[classes.size()];
                for (int c = 0; c < scores.length; c++) {
                    scores[c] = row.isNullAt(OutputSchema.FIRST_CLASS + c) ? Float.NaN : row.getFloat(OutputSchema.FIRST_CLASS + c);
                }
            }
            rows.add(new ScoreRow(HadoopPaths.display(parquet) + " row", number, row.getString(0), row.getString(3),
                    row.getString(4), rowBundle, scores));
        }
        if (bundleId == null) {
            throw new IllegalArgumentException(parquet + ": no rows");
        }
        return PredictionImport.importRows(workspace, classes, rows, bundleId, HadoopPaths.display(parquet));
    }
}
