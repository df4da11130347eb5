package org.tagbench.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.tagbench.app.bundle.BundleScorer;
import org.tagbench.metrics.Ranking;

/**
 * Scores one partition of the listing ({@code path} rows) in batches of {@code batch} clips with this executor
 * thread's scorer, lazily: a batch is decoded, predicted and handed on before the next is read.
 */
final class ScorePartition implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final String bundle;
    private final String bundleId;
    private final List<String> classes;
    private final String device;
    private final int batch;
    private final int topK;

    ScorePartition(String bundle, String bundleId, List<String> classes, String device, int batch, int topK) {
        this.bundle = bundle;
        this.bundleId = bundleId;
        this.classes = List.copyOf(classes);
        this.device = device;
        this.batch = batch;
        this.topK = topK;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> paths) {
        BundleScorer scorer = ExecutorBundles.scorer(bundle, device);
        return new Iterator<>() {
            private Iterator<Row> scored = java.util.Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!scored.hasNext() && paths.hasNext()) {
                    List<String> names = new ArrayList<>();
                    while (names.size() < batch && paths.hasNext()) {
                        names.add(paths.next().getString(0));
                    }
                    scored = scoreBatch(scorer, names).iterator();
                }
                return scored.hasNext();
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return scored.next();
            }
        };
    }

    private List<Row> scoreBatch(BundleScorer scorer, List<String> names) {
        Path remoteCopies = null;
        try {
            List<Path> files = new ArrayList<>();
            for (String name : names) {
                if (HadoopPaths.isLocal(name)) {
                    files.add(HadoopPaths.localPath(name));
                } else {
                    remoteCopies = remoteCopies != null ? remoteCopies : Files.createTempDirectory("tagbench-clips");
                    files.add(fetched(name, remoteCopies));
                }
            }
            List<BundleScorer.Scored> scored = scorer.score(files);
            List<Row> rows = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                rows.add(row(names.get(i), scored.get(i)));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a temporary folder for the clips", e);
        } finally {
            deleteQuietly(remoteCopies);
        }
    }

    /** A remote clip copied here; a copy that fails stays a missing file, which becomes an error row. */
    private static Path fetched(String name, Path folder) {
        Path target = folder.resolve(Integer.toHexString(name.hashCode()) + "-" + name.substring(name.lastIndexOf('/') + 1));
        try {
            org.apache.hadoop.fs.Path source = HadoopPaths.hadoop(name);
            source.getFileSystem(new Configuration()).copyToLocalFile(false, source,
                    new org.apache.hadoop.fs.Path(target.toUri()), true);
        } catch (IOException | RuntimeException e) {
            return folder.resolve("unreadable").resolve(target.getFileName());
        }
        return target;
    }

    private Row row(String name, BundleScorer.Scored scored) {
        Object[] values = new Object[OutputSchema.FIRST_CLASS + classes.size() + 2];
        String display = HadoopPaths.display(name);
        values[0] = display.substring(display.lastIndexOf('/') + 1);
        values[1] = display;
        values[2] = scored.durationSeconds();
        values[3] = scored.status();
        values[4] = scored.reason() == null ? "" : scored.reason().replace(scored.file().toString(), display);
        List<String> top = new ArrayList<>();
        if (scored.scores() != null) {
            double[] asDouble = new double[classes.size()];
            for (int c = 0; c < classes.size(); c++) {
                values[OutputSchema.FIRST_CLASS + c] = scored.scores()[c];
                asDouble[c] = scored.scores()[c];
            }
            for (int c : Ranking.topIndices(asDouble, Math.min(topK, classes.size()))) {
                top.add(classes.get(c));
            }
        }
        values[OutputSchema.FIRST_CLASS + classes.size()] = top.toArray(new String[0]);
        values[OutputSchema.FIRST_CLASS + classes.size() + 1] = bundleId;
        return RowFactory.create(values);
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (var walk = Files.walk(folder)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is cleaned with the executor's
        }
    }
}
