package org.tagbench.spark;

import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.tagbench.app.bundle.Bundle;
import org.tagbench.app.bundle.BundleScorer;
import org.tagbench.app.bundle.PredictionImport;
import org.tagbench.export.Submission;
import org.tagbench.export.SubmissionCsv;
import org.tagbench.export.SubmissionFormat;

/**
 * The batch job: the listing sorted by path into range partitions, each partition scored by {@link ScorePartition},
 * written with overwrite (so a re-run over the same clips writes the same rows in the same files). Parquet is written
 * by the executors; the CSV (one file, the 2019 submission layout) is made from it on the driver, without the error
 * rows, which go to {@value PredictionImport#JOB_FILE} with the bundle id and the counts.
 */
final class TagJob {
    private TagJob() {}

    static JobSummary run(SparkSession spark, TagSpec spec) throws IOException {
        long started = System.nanoTime();
        Bundle bundle = ExecutorBundles.bundle(spec.bundle());
        List<String> classes = bundle.classes();
        Dataset<Row> listing = Listing.read(spark, spec.clips());
        long count = listing.count();
        int partitions = spec.partitions() > 0 ? spec.partitions()
                : (int) Math.max(1, Math.min((count + 31) / 32, 4L * spark.sparkContext().defaultParallelism()));
        Dataset<Row> scored = Listing.sortedInto(listing, partitions).mapPartitions(
                new ScorePartition(spec.bundle(), bundle.id(), classes, spec.device(), spec.batch(), spec.topK()),
                Encoders.row(OutputSchema.of(classes)));
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        FileSystem fs = HadoopPaths.fileSystem(spec.out(), conf);
        fs.setWriteChecksum(false);   // no .crc files beside the CSV and _job.json on a local disk
        org.apache.hadoop.fs.Path out = HadoopPaths.hadoop(spec.out());
        boolean csv = spec.format().equals(TagSpec.CSV);
        String parquet = csv ? out + "/scores.parquet.tmp" : out.toString();
        if (csv && fs.exists(out)) {
            fs.delete(out, true);
        }
        scored.write().mode(SaveMode.Overwrite).parquet(parquet);

        Dataset<Row> written = spark.read().parquet(parquet);
        Map<String, Long> byStatus = new LinkedHashMap<>();
        for (Row row : written.groupBy(OutputSchema.STATUS).count().collectAsList()) {
            byStatus.put(row.getString(0), row.getLong(1));
        }
        List<JobSummary.Failed> errors = new ArrayList<>();
        for (Row row : written.filter(functions.col(OutputSchema.STATUS).equalTo(BundleScorer.ERROR))
                .select(OutputSchema.FNAME, OutputSchema.PATH, OutputSchema.REASON).orderBy(OutputSchema.PATH).collectAsList()) {
            errors.add(new JobSummary.Failed(row.getString(0), row.getString(1), row.getString(2)));
        }
        if (csv) {
            writeCsv(written, classes, fs, new org.apache.hadoop.fs.Path(out, "predictions.csv"));
            fs.delete(new org.apache.hadoop.fs.Path(parquet), true);
        }
        JobSummary summary = new JobSummary(HadoopPaths.display(spec.out()), spec.format(), bundle.id(), count,
                byStatus.getOrDefault(BundleScorer.OK, 0L), byStatus.getOrDefault(BundleScorer.PARTIAL, 0L), errors,
                partitions, (System.nanoTime() - started) / 1e9);
        try (OutputStream stream = fs.create(new org.apache.hadoop.fs.Path(out, PredictionImport.JOB_FILE), true)) {
            stream.write(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create()
                    .toJson(jobRecord(summary, bundle)).getBytes(StandardCharsets.UTF_8));
        }
        return summary;
    }

    /** What the import needs beside the scores (bundle id, error rows), and the counts; no time, so re-runs match. */
    private static Map<String, Object> jobRecord(JobSummary summary, Bundle bundle) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("bundleId", summary.bundleId());
        record.put("run", bundle.manifest().run());
        record.put("format", summary.format());
        record.put("clips", summary.clips());
        record.put("ok", summary.ok());
        record.put("partial", summary.partial());
        record.put("errors", summary.errors());
        return record;
    }

    /** The scored rows, by path, as one 2019-layout file (fname + one column per class), through the app's writer. */
    private static void writeCsv(Dataset<Row> written, List<String> classes, FileSystem fs, org.apache.hadoop.fs.Path target)
            throws IOException {
        List<Row> rows = written.filter(functions.col(OutputSchema.STATUS).notEqual(BundleScorer.ERROR))
                .orderBy(OutputSchema.PATH).collectAsList();
        List<String> fnames = new ArrayList<>();
        double[][] scores = new double[rows.size()][classes.size()];
        for (int i = 0; i < rows.size(); i++) {
            fnames.add(rows.get(i).getString(0));
            for (int c = 0; c < classes.size(); c++) {
                scores[i][c] = rows.get(i).getFloat(OutputSchema.FIRST_CLASS + c);
            }
        }
        Path local = Files.createTempFile("tagbench-predictions", ".csv");
        try {
            SubmissionCsv.write(local, new Submission(classes, fnames, scores), SubmissionFormat.FSD2019);
            fs.copyFromLocalFile(false, true, new org.apache.hadoop.fs.Path(local.toUri()), target);
        } finally {
            Files.deleteIfExists(local);
        }
    }
}
