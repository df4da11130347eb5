package org.tagbench.dsp;

/**
 * MFCCs as {@code librosa.feature.mfcc} computes them from a dB log-mel: a DCT-II with orthonormal scaling
 * ({@code scipy.fftpack.dct(S, type=2, norm='ortho', axis=-2)}) along the mel axis of every frame, the first
 * {@code coefficients} kept, no liftering. Fed with a {@link LogScale#powerToDb()} log-mel this is exactly librosa's
 * default {@code mfcc(y, sr, n_mfcc, ...)}; with another log step it is the DCT of that log-mel.
 */
public final class Mfcc {
    private Mfcc() {}

    /** {@code [coefficients][frames]} of a {@code [mels][frames]} log-mel; needs 1 <= coefficients <= mels. */
    public static float[][] fromLogMel(float[][] logMel, int coefficients) {
        int mels = logMel.length;
        if (coefficients < 1 || coefficients > mels) {
            throw new IllegalArgumentException("MFCC coefficients must be in 1.." + mels + ", got " + coefficients);
        }
        int frames = logMel[0].length;
        double[][] basis = dctBasis(coefficients, mels);
        float[][] out = new float[coefficients][frames];
        double[] column = new double[mels];
        for (int t = 0; t < frames; t++) {
            for (int m = 0; m < mels; m++) {
                column[m] = logMel[m][t];
            }
            for (int k = 0; k < coefficients; k++) {
                double sum = 0;
                for (int m = 0; m < mels; m++) {
                    sum += basis[k][m] * column[m];
                }
                out[k][t] = (float) sum;
            }
        }
        return out;
    }

    /** Orthonormal DCT-II rows: sqrt(1/N) for k = 0, sqrt(2/N) otherwise, times cos(pi k (2n + 1) / 2N). */
    static double[][] dctBasis(int coefficients, int size) {
        double[][] basis = new double[coefficients][size];
        for (int k = 0; k < coefficients; k++) {
            double scale = Math.sqrt((k == 0 ? 1.0 : 2.0) / size);
            for (int n = 0; n < size; n++) {
                basis[k][n] = scale * Math.cos(Math.PI * k * (2 * n + 1) / (2.0 * size));
            }
        }
        return basis;
    }
}
