package org.tagbench.dsp;

import java.util.Arrays;

/**
 * Leading and trailing silence removal equivalent to {@code librosa.effects.trim(y, top_db, frame_length, hop_length)}
 * (librosa 0.10.1): frame RMS with centred zero padding, dB relative to the loudest frame (amplitude floor 1e-5),
 * frames louder than −topDb kept, the first and last kept frame converted to samples, the end clipped to the length.
 *
 * <p>A signal with no sound at all (every frame at the floor) is returned whole, as librosa does: each frame is then
 * 0 dB below an equally silent maximum. An empty signal gives [0, 0).
 */
public final class SilenceTrim {

    public static final double DEFAULT_TOP_DB = 60.0;
    public static final int DEFAULT_FRAME_LENGTH = 2048;
    public static final int DEFAULT_HOP_LENGTH = 512;

    /** librosa's amplitude_to_db amin (1e-5), squared because RMS is compared as power. */
    private static final double POWER_FLOOR = 1e-10;

    private SilenceTrim() {}

    /** [start, end) sample indices of the non-silent part. */
    public static int[] bounds(float[] samples, double topDb, int frameLength, int hopLength) {
        if (frameLength <= 0 || hopLength <= 0) {
            throw new IllegalArgumentException("frameLength and hopLength must be positive");
        }
        double[] meanSquares = frameMeanSquares(samples, frameLength, hopLength);
        double loudest = 0;
        for (double meanSquare : meanSquares) {
            loudest = Math.max(loudest, meanSquare);
        }
        double threshold = Math.max(POWER_FLOOR, loudest) * Math.pow(10.0, -topDb / 10.0);
        int first = -1;
        int last = -1;
        for (int frame = 0; frame < meanSquares.length; frame++) {
            if (Math.max(POWER_FLOOR, meanSquares[frame]) > threshold) {
                first = first < 0 ? frame : first;
                last = frame;
            }
        }
        if (first < 0) {
            return new int[] {0, 0};
        }
        long end = (long) (last + 1) * hopLength;
        return new int[] {first * hopLength, (int) Math.min(samples.length, end)};
    }

    /** The non-silent part at librosa's defaults: 60 dB, frames of 2048, hop 512. */
    public static float[] trim(float[] samples) {
        int[] bounds = bounds(samples, DEFAULT_TOP_DB, DEFAULT_FRAME_LENGTH, DEFAULT_HOP_LENGTH);
        return Arrays.copyOfRange(samples, bounds[0], bounds[1]);
    }

    /** Mean of x² over each centred frame, the zero padding included in the mean as librosa's rms does. */
    private static double[] frameMeanSquares(float[] samples, int frameLength, int hopLength) {
        int halfFrame = frameLength / 2;
        int padded = samples.length + 2 * halfFrame;
        int frames = padded < frameLength ? 0 : 1 + (padded - frameLength) / hopLength;
        double[] meanSquares = new double[frames];
        for (int frame = 0; frame < frames; frame++) {
            int start = frame * hopLength - halfFrame;
            int from = Math.max(0, start);
            int to = Math.min(samples.length, start + frameLength);
            double sum = 0;
            for (int i = from; i < to; i++) {
                sum += (double) samples[i] * samples[i];
            }
            meanSquares[frame] = sum / frameLength;
        }
        return meanSquares;
    }
}
