package org.tagbench.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * The clips to score as one {@code path} column: a folder (its audio files, recursively), or a listing, a CSV (with a
 * header) or Parquet file with a {@code path} column; a relative path in a listing is relative to the listing's folder.
 */
final class Listing {
    static final List<String> AUDIO_SUFFIXES = List.of(".wav", ".flac", ".ogg");

    private Listing() {}

    static Dataset<Row> read(SparkSession spark, String clips) {
        String lower = clips.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".csv") || lower.endsWith(".parquet")) {
            Dataset<Row> table = lower.endsWith(".csv") ? spark.read().option("header", "true").csv(clips)
                    : spark.read().parquet(clips);
            if (!Arrays.asList(table.columns()).contains(OutputSchema.PATH)) {
                throw new IllegalArgumentException(clips + ": a listing needs a '" + OutputSchema.PATH
                        + "' column; its columns are " + Arrays.toString(table.columns()));
            }
            String base = parentOf(clips);
            Dataset<String> paths = table.select(OutputSchema.PATH).na().drop().as(Encoders.STRING())
                    .map((org.apache.spark.api.java.function.MapFunction<String, String>) path -> resolve(base, path.strip()),
                            Encoders.STRING());
            return paths.toDF(OutputSchema.PATH).dropDuplicates(OutputSchema.PATH);
        }
        List<String> files = audioFilesUnder(spark, clips);
        if (files.isEmpty()) {
            throw new IllegalArgumentException(clips + ": no .wav, .flac or .ogg files in it (or no such folder)");
        }
        return spark.createDataset(files, Encoders.STRING()).toDF(OutputSchema.PATH);
    }

    /** Absolute as they are; relative ones under the listing's folder. */
    static String resolve(String base, String path) {
        if (HadoopPaths.schemeOf(path) != null || path.startsWith("/")) {
            return HadoopPaths.isLocal(path) ? HadoopPaths.display(path) : path;
        }
        return HadoopPaths.isLocal(base) ? HadoopPaths.localPath(base).resolve(path).normalize().toString() : base + "/" + path;
    }

    private static String parentOf(String file) {
        if (HadoopPaths.isLocal(file)) {
            return HadoopPaths.localPath(file).toAbsolutePath().getParent().toString();
        }
        return file.substring(0, file.lastIndexOf('/'));
    }

    private static List<String> audioFilesUnder(SparkSession spark, String folder) {
        List<String> files = new ArrayList<>();
        try {
            FileSystem fs = HadoopPaths.fileSystem(folder, spark.sparkContext().hadoopConfiguration());
            org.apache.hadoop.fs.Path root = HadoopPaths.hadoop(folder);
            if (!fs.exists(root)) {
                return files;
            }
            RemoteIterator<LocatedFileStatus> listed = fs.listFiles(root, true);
            while (listed.hasNext()) {
                String name = listed.next().getPath().toString();
                String lower = name.toLowerCase(Locale.ROOT);
                if (AUDIO_SUFFIXES.stream().anyMatch(lower::endsWith)) {
                    files.add(HadoopPaths.display(name));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
        files.sort(null);
        return files;
    }

    /** Unused columns are dropped so only paths travel to the executors. */
    static Dataset<Row> sortedInto(Dataset<Row> listing, int partitions) {
        return listing.repartitionByRange(partitions, functions.col(OutputSchema.PATH)).sortWithinPartitions(OutputSchema.PATH);
    }
}
