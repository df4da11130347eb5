package org.tagbench.audio;

/**
 * Band-limited sample-rate conversion: TarsosDSP's port of libresample (Kaiser-windowed sinc, 35 zero crossings,
 * cut-off at 0.45 of the lower rate, about 60 dB stop-band attenuation). Not linear interpolation: content above the
 * new Nyquist frequency is filtered out instead of folding back as aliases.
 */
public final class Resampler {

    /** Largest supported ratio between the two rates, either way (the filter's buffers grow with the ratio). */
    public static final int MAX_RATIO = 256;

    private Resampler() {
    }

    /**
     * Converts {@code input} from {@code fromRate} to {@code toRate}. The output has exactly
     * {@code round(input.length * toRate / fromRate)} samples, output sample k sitting at input time
     * {@code k * fromRate / toRate} (no delay). Equal rates return an exact copy.
     *
     * @throws IllegalArgumentException if a rate is not positive or the ratio exceeds {@link #MAX_RATIO}
     */
    public static float[] resample(float[] input, int fromRate, int toRate) {
        requireConvertible(fromRate, toRate);
        if (fromRate == toRate) {
            return input.clone();
        }
        int outputLength = outputLength(input.length, fromRate, toRate);
        float[] output = new float[outputLength];
        if (input.length == 0 || outputLength == 0) {
            return output;
        }
        double factor = (double) toRate / fromRate;
        var filter = new be.tarsos.dsp.resample.Resampler(true, factor, factor);
        int consumed = 0;
        int produced = 0;
        // libresample zero-pads past the last input sample, so the tail comes out once the input is marked as the last batch.
        while (produced < outputLength) {
            var step = filter.process(factor, input, consumed, input.length - consumed, true,
                    output, produced, outputLength - produced);
            consumed += step.inputSamplesConsumed;
            produced += step.outputSamplesGenerated;
            if (step.inputSamplesConsumed == 0 && step.outputSamplesGenerated == 0) {
                break;
            }
        }
        return output;
    }

    /** {@code round(inputLength * toRate / fromRate)}, computed exactly in integers (halves round up). */
    public static int outputLength(int inputLength, int fromRate, int toRate) {
        long scaled = (2L * inputLength * toRate + fromRate) / (2L * fromRate);
        return Math.toIntExact(scaled);
    }

    /** True when {@link #resample} accepts this pair of rates. */
    public static boolean canConvert(int fromRate, int toRate) {
        return fromRate > 0 && toRate > 0
                && (long) fromRate <= (long) toRate * MAX_RATIO
                && (long) toRate <= (long) fromRate * MAX_RATIO;
    }

    private static void requireConvertible(int fromRate, int toRate) {
        if (!canConvert(fromRate, toRate)) {
            throw new IllegalArgumentException("cannot resample " + fromRate + " Hz to " + toRate
                    + " Hz: rates must be positive and within a ratio of " + MAX_RATIO);
        }
    }
}
