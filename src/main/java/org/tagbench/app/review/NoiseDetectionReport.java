package org.tagbench.app.review;

import java.util.List;

/**
 * How well each label score finds the wrong noisy labels, measured against a truth file; and how many of the
 * suggested missing labels the truth confirms, out of the labels the truth has and the noisy labels lack.
 */
public record NoiseDetectionReport(int labels, int errors, List<Row> rows, List<Long> runIds, int suggestions,
                                   int suggestionsInTruth, int missingInTruth) {
    /** One score's results: average precision, precision at the number of errors (AP@T style), at 5 and at 10. */
    public record Row(LabelScore score, double averagePrecision, double precisionAtErrors, double precisionAt5,
                      double precisionAt10) {}

    public Row best() {
        return rows.stream().max(java.util.Comparator.comparingDouble(Row::averagePrecision)).orElseThrow();
    }
}
