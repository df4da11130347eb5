package org.tagbench.spark;

/**
 * One run of the job: the bundle and the clips (local paths or Hadoop URIs), the output folder, {@code parquet} or
 * {@code csv}, how many top labels each row names, partitions (0: one per 32 clips, at most 4 per core), clips per
 * batch and the device the models run on.
 */
record TagSpec(String bundle, String clips, String out, String format, int topK, int partitions, int batch, String device) {
    static final String PARQUET = "parquet";
    static final String CSV = "csv";

    TagSpec {
        if (!format.equals(PARQUET) && !format.equals(CSV)) {
            throw new IllegalArgumentException("--format takes parquet or csv, not '" + format + "'");
        }
        if (topK < 1 || batch < 1 || partitions < 0) {
            throw new IllegalArgumentException("--top-k and --batch must be at least 1, --partitions at least 0");
        }
    }
}
