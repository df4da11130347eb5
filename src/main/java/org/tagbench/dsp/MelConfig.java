package org.tagbench.dsp;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One log-mel front end: STFT with a periodic Hann window of {@code winLength} centred in {@code nFft},
 * {@code |STFT|^power}, Slaney mel filterbank, then {@link LogScale}. With {@code center} the signal is
 * zero-padded by {@code nFft/2} on both sides, as librosa 0.10.1 does by default.
 */
public record MelConfig(String name, int sampleRate, int nFft, int hopLength, int winLength, int nMels,
                        double fMin, double fMax, double power, boolean center, LogScale logScale) {

    /** Bumped whenever a change to this package changes feature values, so caches keyed by {@link #cacheKey()} go stale. */
    private static final String ALGORITHM_VERSION = "mel-v1";

    private static final int FAT_RATE = 44_100;

    private static final List<MelConfig> PRESETS = List.of(
            librosaStyle("fsd7th8th", 2560, 694, 128, 20, 22_050, 2.0, LogScale.powerToDb()),
            librosaStyle("daisukelab", 2560, 347, 128, 20, 22_050, 2.0, LogScale.powerToDb()),
            librosaStyle("argus1st", 2560, 690, 128, 20, 22_050, 2.0, LogScale.powerToDb()),
            librosaStyle("qrfaction64", 1024, 512, 64, 0, 22_050, 2.0, LogScale.powerToDb()),
            librosaStyle("ex4sperans", 2048, 1024, 128, 5, 22_050, 1.0, LogScale.lnOffset(1e-4)),
            // 25 ms window (1102 samples) zero-padded to the next power of two, 10 ms hop, magnitude mel.
            new MelConfig("dcase2019baseline", FAT_RATE, 2048, 441, 1102, 96, 20, 20_000, 1.0, true,
                    LogScale.lnOffset(0.001)),
            new MelConfig("dcase2018baseline", FAT_RATE, 2048, 441, 1102, 64, 125, 7_500, 1.0, true,
                    LogScale.lnOffset(0.001)));

    public MelConfig {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name is required");
        }
        requirePositive("sampleRate", sampleRate);
        requirePositive("nFft", nFft);
        requirePositive("hopLength", hopLength);
        requirePositive("nMels", nMels);
        if (winLength <= 0 || winLength > nFft) {
            throw new IllegalArgumentException("winLength must be in 1.." + nFft + ", got " + winLength);
        }
        if (!(fMin >= 0 && fMin < fMax && fMax <= sampleRate / 2.0)) {
            throw new IllegalArgumentException("need 0 <= fMin < fMax <= sampleRate/2, got " + fMin + ".." + fMax);
        }
        if (!(power > 0)) {
            throw new IllegalArgumentException("power must be positive, got " + power);
        }
        if (logScale == null) {
            throw new IllegalArgumentException("logScale is required");
        }
    }

    public static MelConfig preset(String name) {
        return PRESETS.stream()
                .filter(preset -> preset.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown mel preset '" + name + "'; known: "
                        + PRESETS.stream().map(MelConfig::name).collect(Collectors.joining(", "))));
    }

    public static List<MelConfig> presets() {
        return PRESETS;
    }

    /** Frames librosa produces for a signal of that length (0 when an uncentred frame does not fit). */
    public int frameCount(int sampleCount) {
        int paddedLength = center ? sampleCount + 2 * (nFft / 2) : sampleCount;
        if (paddedLength < nFft) {
            return 0;
        }
        return 1 + (paddedLength - nFft) / hopLength;
    }

    public double secondsPerFrame() {
        return (double) hopLength / sampleRate;
    }

    /** The sample index of the first sample of a frame (negative while the frame reaches into the centre padding). */
    public int frameStart(int frame) {
        return frame * hopLength - (center ? nFft / 2 : 0);
    }

    /** Every field that changes the output, but not the display name: equal front ends share cached features. */
    public String cacheKey() {
        return ALGORITHM_VERSION + ";sr=" + sampleRate + ";nfft=" + nFft + ";hop=" + hopLength + ";win=hann" + winLength
                + ";mels=slaney" + nMels + ";fmin=" + fMin + ";fmax=" + fMax + ";power=" + power + ";center=" + center
                + ";log=" + logScale.describe();
    }

    private static MelConfig librosaStyle(String name, int nFft, int hop, int nMels, double fMin, double fMax,
                                          double power, LogScale logScale) {
        return new MelConfig(name, FAT_RATE, nFft, hop, nFft, nMels, fMin, fMax, power, true, logScale);
    }

    private static void requirePositive(String field, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(field + " must be positive, got " + value);
        }
    }
}
