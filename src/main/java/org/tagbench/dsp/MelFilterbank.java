package org.tagbench.dsp;

import java.util.Arrays;

/**
 * Triangular mel filters on the Slaney mel scale (linear below 1 kHz, logarithmic above) with Slaney area
 * normalisation, as {@code librosa.filters.mel(htk=False, norm='slaney')} builds them.
 * Stored sparsely: each band keeps only its run of non-zero bins, so projecting a spectrum costs about two
 * multiply-adds per FFT bin instead of one per (band, bin).
 */
public final class MelFilterbank {

    private static final double LINEAR_HZ_PER_MEL = 200.0 / 3.0;
    private static final double LOG_REGION_START_HZ = 1000.0;
    private static final double LOG_REGION_START_MEL = LOG_REGION_START_HZ / LINEAR_HZ_PER_MEL;
    private static final double LOG_STEP = Math.log(6.4) / 27.0;

    private final int binCount;
    private final int[] firstBin;
    private final int[] weightOffset;
    private final double[] weights;

    private MelFilterbank(double[][] dense) {
        this.binCount = dense[0].length;
        this.firstBin = new int[dense.length];
        this.weightOffset = new int[dense.length + 1];
        double[] packed = new double[dense.length * binCount];
        int used = 0;
        for (int band = 0; band < dense.length; band++) {
            int first = firstNonZero(dense[band]);
            int end = lastNonZero(dense[band]) + 1;
            firstBin[band] = first;
            weightOffset[band] = used;
            for (int bin = first; bin < end; bin++) {
                packed[used++] = dense[band][bin];
            }
        }
        weightOffset[dense.length] = used;
        this.weights = Arrays.copyOf(packed, used);
    }

    public static MelFilterbank slaney(int sampleRate, int nFft, int nMels, double fMin, double fMax) {
        if (sampleRate <= 0 || nFft <= 0 || nMels <= 0 || !(fMin >= 0 && fMin < fMax)) {
            throw new IllegalArgumentException("invalid filterbank: sr=" + sampleRate + " nFft=" + nFft
                    + " nMels=" + nMels + " f=" + fMin + ".." + fMax);
        }
        return new MelFilterbank(denseSlaney(sampleRate, nFft, nMels, fMin, fMax));
    }

    public static MelFilterbank of(MelConfig config) {
        return slaney(config.sampleRate(), config.nFft(), config.nMels(), config.fMin(), config.fMax());
    }

    public int melCount() {
        return firstBin.length;
    }

    public int binCount() {
        return binCount;
    }

    /** The full matrix [nMels][nFft/2+1], rows low to high. */
    public double[][] dense() {
        double[][] dense = new double[melCount()][binCount];
        for (int band = 0; band < melCount(); band++) {
            int width = weightOffset[band + 1] - weightOffset[band];
            System.arraycopy(weights, weightOffset[band], dense[band], firstBin[band], width);
        }
        return dense;
    }

    /** melOut[band] = Σ weight(band, bin) · spectrum[bin], accumulated in double. */
    public void project(double[] spectrum, double[] melOut) {
        for (int band = 0; band < firstBin.length; band++) {
            int bin = firstBin[band];
            double sum = 0;
            for (int w = weightOffset[band], end = weightOffset[band + 1]; w < end; w++, bin++) {
                sum += weights[w] * spectrum[bin];
            }
            melOut[band] = sum;
        }
    }

    public static double hzToMel(double hz) {
        if (hz >= LOG_REGION_START_HZ) {
            return LOG_REGION_START_MEL + Math.log(hz / LOG_REGION_START_HZ) / LOG_STEP;
        }
        return hz / LINEAR_HZ_PER_MEL;
    }

    public static double melToHz(double mel) {
        if (mel >= LOG_REGION_START_MEL) {
            return LOG_REGION_START_HZ * Math.exp(LOG_STEP * (mel - LOG_REGION_START_MEL));
        }
        return mel * LINEAR_HZ_PER_MEL;
    }

    private static double[][] denseSlaney(int sampleRate, int nFft, int nMels, double fMin, double fMax) {
        double[] edgesHz = melBandEdges(nMels, fMin, fMax);
        int bins = nFft / 2 + 1;
        double[][] dense = new double[nMels][bins];
        for (int band = 0; band < nMels; band++) {
            double lowHz = edgesHz[band];
            double centreHz = edgesHz[band + 1];
            double highHz = edgesHz[band + 2];
            double areaNorm = 2.0 / (highHz - lowHz);
            for (int bin = 0; bin < bins; bin++) {
                double hz = (double) bin * sampleRate / nFft;
                double rising = (hz - lowHz) / (centreHz - lowHz);
                double falling = (highHz - hz) / (highHz - centreHz);
                dense[band][bin] = Math.max(0.0, Math.min(rising, falling)) * areaNorm;
            }
        }
        return dense;
    }

    /** nMels + 2 frequencies evenly spaced on the mel scale from fMin to fMax (numpy.linspace semantics). */
    private static double[] melBandEdges(int nMels, double fMin, double fMax) {
        int count = nMels + 2;
        double melLow = hzToMel(fMin);
        double melHigh = hzToMel(fMax);
        double step = (melHigh - melLow) / (count - 1);
        double[] edges = new double[count];
        for (int i = 0; i < count; i++) {
            edges[i] = melToHz(i == count - 1 ? melHigh : melLow + i * step);
        }
        return edges;
    }

    private static int firstNonZero(double[] row) {
        for (int i = 0; i < row.length; i++) {
            if (row[i] != 0) {
                return i;
            }
        }
        return 0;
    }

    private static int lastNonZero(double[] row) {
        for (int i = row.length - 1; i >= 0; i--) {
            if (row[i] != 0) {
                return i;
            }
        }
        return -1;
    }
}
