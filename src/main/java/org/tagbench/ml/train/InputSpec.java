package org.tagbench.ml.train;

/**
 * What a network reads from a clip. Every kind is a matrix {@code [rows][frames]} that training crops and inference
 * cuts along its columns: the log-mel {@code [mels][frames]}, its MFCCs {@code [coefficients][frames]} or the
 * waveform as one row {@code [1][samples]} (a "frame" is then a sample).
 *
 * @param kind {@code log-mel} (the plan's mel preset), {@code mfcc} (DCT-II of that log-mel, {@code coefficients}
 *             of them) or {@code waveform} (raw samples at {@code sampleRate}, as the 2018 starter kernel's 1-D net)
 * @param coefficients MFCC coefficients kept ({@code mfcc} only)
 * @param globalFeatures the 2nd place's global-feature branch is fed as a second input (its statistics of the
 *                       untrimmed waveform and the clip length)
 * @param sampleRate samples per second of the {@code waveform} kind (left out: 16,000, the kernel's rate)
 */
public record InputSpec(String kind, int coefficients, boolean globalFeatures, int sampleRate) {
    public static final String LOG_MEL_KIND = "log-mel";
    public static final String MFCC_KIND = "mfcc";
    public static final String WAVEFORM_KIND = "waveform";
    public static final int DEFAULT_WAVEFORM_RATE = 16_000;
    public static final InputSpec LOG_MEL = new InputSpec(LOG_MEL_KIND, 0, false);

    public InputSpec(String kind, int coefficients, boolean globalFeatures) {
        this(kind, coefficients, globalFeatures, 0);
    }

    public InputSpec {
        kind = kind == null ? LOG_MEL_KIND : kind;
        if (!LOG_MEL_KIND.equals(kind) && !MFCC_KIND.equals(kind) && !WAVEFORM_KIND.equals(kind)) {
            throw new IllegalArgumentException("input.kind must be log-mel, mfcc or waveform, got '" + kind + "'");
        }
        if (MFCC_KIND.equals(kind) && coefficients < 1) {
            throw new IllegalArgumentException("input.kind mfcc needs coefficients >= 1, got " + coefficients);
        }
        if (WAVEFORM_KIND.equals(kind)) {
            sampleRate = sampleRate == 0 ? DEFAULT_WAVEFORM_RATE : sampleRate;
            if (sampleRate < 1) {
                throw new IllegalArgumentException("input.sampleRate must be positive, got " + sampleRate);
            }
        }
    }

    public boolean isLogMel() {
        return LOG_MEL_KIND.equals(kind);
    }

    public boolean isMfcc() {
        return MFCC_KIND.equals(kind);
    }

    public boolean isWaveform() {
        return WAVEFORM_KIND.equals(kind);
    }

    /** The rows of the matrix the network is fed, given the plan's mel bins. */
    public int rows(int melBins) {
        return isMfcc() ? coefficients : isWaveform() ? 1 : melBins;
    }

    /**
     * What fills a window beyond the clip: NaN for spectrogram kinds (the clip's minimum, or the clip repeated, as
     * the crop code chooses), 0 for the waveform (the kernel's {@code np.pad(..., "constant")} silence).
     */
    public float padValue() {
        return isWaveform() ? 0f : Float.NaN;
    }
}
