package org.tagbench.app.bundle;

/**
 * One row of the batch job's output as the import reads it: where it came from ({@code source}, {@code row}: a file
 * and line or row number, for messages), the clip's name, the job's decode status and reason, the bundle id, and the
 * scores in the order of the file's classes (null on an error row).
 */
public record ScoreRow(String source, long row, String fname, String status, String reason, String bundleId,
                       float[] scores) {
    String where() {
        return source + ":" + row;
    }
}
