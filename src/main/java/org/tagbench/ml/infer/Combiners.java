package org.tagbench.ml.infer;

import java.util.Arrays;
import java.util.List;

/**
 * Ways to merge several predictions of the same clips ({@code [clips][classes]} each): folds of one
 * run, tiles of one clip, or runs of an ensemble.
 */
public final class Combiners {
    /** Keeps the geometric mean finite when a model says exactly 0. */
    static final double PROBABILITY_FLOOR = 1e-7;

    private Combiners() {}

    public static float[][] mean(List<float[][]> predictions) {
        float[][] out = zerosLike(predictions);
        for (float[][] p : predictions) {
            for (int i = 0; i < out.length; i++) {
                for (int c = 0; c < out[i].length; c++) {
                    out[i][c] += p[i][c] / predictions.size();
                }
            }
        }
        return out;
    }

    /** exp(mean(log p)): a model confidently saying "no" pulls the result down harder than in the mean. */
    public static float[][] geometricMean(List<float[][]> predictions) {
        float[][] out = zerosLike(predictions);
        for (int i = 0; i < out.length; i++) {
            for (int c = 0; c < out[i].length; c++) {
                double logSum = 0;
                for (float[][] p : predictions) {
                    logSum += Math.log(Math.max(PROBABILITY_FLOOR, p[i][c]));
                }
                out[i][c] = (float) Math.exp(logSum / predictions.size());
            }
        }
        return out;
    }

    /**
     * Per class, each model's scores are replaced by their rank among the clips (0..1, ties share
     * their mean rank) and the ranks averaged: models with differently calibrated scores weigh the same.
     */
    public static float[][] rankAverage(List<float[][]> predictions) {
        float[][] out = zerosLike(predictions);
        int clips = out.length;
        for (float[][] p : predictions) {
            for (int c = 0; c < out[0].length; c++) {
                double[] ranks = normalisedRanks(column(p, c));
                for (int i = 0; i < clips; i++) {
                    out[i][c] += (float) (ranks[i] / predictions.size());
                }
            }
        }
        return out;
    }

    /** Mean or geometric mean of rows (e.g. the tiles of one clip). */
    public static float[] meanRow(List<float[]> rows, boolean geometric) {
        List<float[][]> each = rows.stream().map(r -> new float[][] {r}).toList();
        return (geometric ? geometricMean(each) : mean(each))[0];
    }

    static double[] normalisedRanks(double[] values) {
        int n = values.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
        double[] ranks = new double[n];
        int start = 0;
        while (start < n) {
            int end = start;
            while (end + 1 < n && values[order[end + 1]] == values[order[start]]) {
                end++;
            }
            double shared = n == 1 ? 0.5 : ((start + end) / 2.0) / (n - 1);
            for (int k = start; k <= end; k++) {
                ranks[order[k]] = shared;
            }
            start = end + 1;
        }
        return ranks;
    }

    private static double[] column(float[][] p, int c) {
        double[] values = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            values[i] = p[i][c];
        }
        return values;
    }

    private static float[][] zerosLike(List<float[][]> predictions) {
        if (predictions.isEmpty()) {
            throw new IllegalArgumentException("nothing to combine");
        }
        float[][] first = predictions.get(0);
        for (float[][] p : predictions) {
            if (p.length != first.length || p[0].length != first[0].length) {
                throw new IllegalArgumentException("predictions differ in shape: " + p.length + "x" + p[0].length
                        + " vs " + first.length + "x" + first[0].length);
            }
        }
        return new float[first.length][first[0].length];
    }
}
