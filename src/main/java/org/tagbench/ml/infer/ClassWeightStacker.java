package org.tagbench.ml.infer;

import java.util.List;

/**
 * The 2nd place's stacker (TECHNIQUES 4.2), fitted on out-of-fold predictions: per class, a weight
 * for each model and for the models' mean (unit L2 norm per class, starting on the mean), then a
 * dense class-by-class layer starting at the identity, which learns label correlations.
 *
 * <p>Unlike the original it works on logits and ends in a sigmoid with a learned bias instead of
 * {@code (tanh(x - 1.6) + 1) / 2}: that way the untrained stacker is exactly the mean ensemble,
 * and training can only move away from it where the out-of-fold data say so. Plain Java, full-batch
 * Adam; the pull of the correlation layer back to the identity limits overfitting on small sets.
 */
public final class ClassWeightStacker implements EnsembleCombiner {
    static final double CLAMP = 1e-6;

    private final int models;
    private final int classes;
    /** weights[c][m], m = models is the mean input. */
    private final double[][] weights;
    private final double[][] correlation;
    private final double[] bias;

    private ClassWeightStacker(int models, int classes) {
        this.models = models;
        this.classes = classes;
        weights = new double[classes][models + 1];
        correlation = new double[classes][classes];
        bias = new double[classes];
        for (int c = 0; c < classes; c++) {
            weights[c][models] = 1;
            correlation[c][c] = 1;
        }
    }

    /** Training settings: full-batch Adam steps, step size, and the pull of the correlation layer to the identity. */
    public record Settings(int steps, double learningRate, double identityPull) {
        public static final Settings DEFAULT = new Settings(300, 0.01, 1e-3);
    }

    public static ClassWeightStacker fit(List<float[][]> outOfFold, boolean[][] truth, Settings settings) {
        ClassWeightStacker stacker = new ClassWeightStacker(outOfFold.size(), truth[0].length);
        stacker.train(inputs(outOfFold, stacker.models), truth, settings);
        return stacker;
    }

    @Override
    public float[][] combine(List<float[][]> memberPredictions) {
        if (memberPredictions.size() != models) {
            throw new IllegalArgumentException("fitted on " + models + " models, given " + memberPredictions.size());
        }
        double[][][] x = inputs(memberPredictions, models);
        double[][] u = forward(x, new double[x.length][classes]);
        float[][] out = new float[x.length][classes];
        for (int n = 0; n < x.length; n++) {
            for (int k = 0; k < classes; k++) {
                out[n][k] = (float) sigmoid(u[n][k]);
            }
        }
        return out;
    }

    /** x[n][c][m]: logit of model m (m = models: of the mean) for clip n, class c. */
    static double[][][] inputs(List<float[][]> predictions, int models) {
        int clips = predictions.get(0).length;
        int classes = predictions.get(0)[0].length;
        double[][][] x = new double[clips][classes][models + 1];
        for (int n = 0; n < clips; n++) {
            for (int c = 0; c < classes; c++) {
                double mean = 0;
                for (int m = 0; m < models; m++) {
                    double p = predictions.get(m)[n][c];
                    x[n][c][m] = logit(p);
                    mean += p / models;
                }
                x[n][c][models] = logit(mean);
            }
        }
        return x;
    }

    /** Returns u (pre-sigmoid) and fills z, the per-class weighted inputs. */
    private double[][] forward(double[][][] x, double[][] z) {
        int clips = x.length;
        double[][] u = new double[clips][classes];
        for (int n = 0; n < clips; n++) {
            for (int c = 0; c < classes; c++) {
                double sum = 0;
                for (int m = 0; m <= models; m++) {
                    sum += weights[c][m] * x[n][c][m];
                }
                z[n][c] = sum;
            }
            for (int k = 0; k < classes; k++) {
                double sum = bias[k];
                for (int c = 0; c < classes; c++) {
                    sum += z[n][c] * correlation[c][k];
                }
                u[n][k] = sum;
            }
        }
        return u;
    }

    private void train(double[][][] x, boolean[][] truth, Settings settings) {
        int clips = x.length;
        Adam adamWeights = new Adam(classes * (models + 1), settings.learningRate());
        Adam adamCorrelation = new Adam(classes * classes, settings.learningRate());
        Adam adamBias = new Adam(classes, settings.learningRate());
        double[][] z = new double[clips][classes];
        for (int step = 0; step < settings.steps(); step++) {
            double[][] u = forward(x, z);
            double[][] du = new double[clips][classes];
            for (int n = 0; n < clips; n++) {
                for (int k = 0; k < classes; k++) {
                    du[n][k] = (sigmoid(u[n][k]) - (truth[n][k] ? 1 : 0)) / (clips * (double) classes);
                }
            }
            double[] gradWeights = new double[classes * (models + 1)];
            double[] gradCorrelation = new double[classes * classes];
            double[] gradBias = new double[classes];
            for (int n = 0; n < clips; n++) {
                for (int c = 0; c < classes; c++) {
                    double dz = 0;
                    for (int k = 0; k < classes; k++) {
                        gradCorrelation[c * classes + k] += z[n][c] * du[n][k];
                        dz += correlation[c][k] * du[n][k];
                    }
                    for (int m = 0; m <= models; m++) {
                        gradWeights[c * (models + 1) + m] += dz * x[n][c][m];
                    }
                }
                for (int k = 0; k < classes; k++) {
                    gradBias[k] += du[n][k];
                }
            }
            for (int c = 0; c < classes; c++) {
                for (int k = 0; k < classes; k++) {
                    gradCorrelation[c * classes + k] += settings.identityPull() * (correlation[c][k] - (c == k ? 1 : 0));
                }
            }
            adamWeights.step(weights, gradWeights);
            adamCorrelation.step(correlation, gradCorrelation);
            adamBias.step(new double[][] {bias}, gradBias);
            normaliseWeights();
        }
    }

    /** The 2nd place's unit-norm constraint on each class's model weights. */
    private void normaliseWeights() {
        for (double[] row : weights) {
            double norm = 0;
            for (double w : row) {
                norm += w * w;
            }
            norm = Math.sqrt(norm);
            if (norm > 0) {
                for (int m = 0; m < row.length; m++) {
                    row[m] /= norm;
                }
            }
        }
    }

    /** Per class, how much each model (last: the mean) counts. */
    public double[][] modelWeights() {
        double[][] copy = new double[classes][];
        for (int c = 0; c < classes; c++) {
            copy[c] = weights[c].clone();
        }
        return copy;
    }

    static double logit(double p) {
        double clamped = Math.min(1 - CLAMP, Math.max(CLAMP, p));
        return Math.log(clamped / (1 - clamped));
    }

    static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    /** Adam over a matrix flattened row by row. */
    private static final class Adam {
        private static final double BETA1 = 0.9;
        private static final double BETA2 = 0.999;
        private static final double EPSILON = 1e-8;
        private final double[] first;
        private final double[] second;
        private final double rate;
        private int t;

        Adam(int size, double rate) {
            first = new double[size];
            second = new double[size];
            this.rate = rate;
        }

        void step(double[][] parameters, double[] gradient) {
            t++;
            double correction1 = 1 - Math.pow(BETA1, t);
            double correction2 = 1 - Math.pow(BETA2, t);
            int i = 0;
            for (double[] row : parameters) {
                for (int j = 0; j < row.length; j++, i++) {
                    first[i] = BETA1 * first[i] + (1 - BETA1) * gradient[i];
                    second[i] = BETA2 * second[i] + (1 - BETA2) * gradient[i] * gradient[i];
                    row[j] -= rate * (first[i] / correction1) / (Math.sqrt(second[i] / correction2) + EPSILON);
                }
            }
        }
    }
}
