package org.tagbench.audio;

import java.util.List;
import java.util.Objects;

/**
 * A decoded clip: mono samples, nominally in [-1, 1].
 *
 * @param samples    mono PCM at {@code sampleRate}; not copied, so callers that keep it must not modify it
 * @param source     the file's own format (native rate and channels) with {@code frames} = frames actually decoded
 * @param truncated  the file held less audio than its header promised, or decoding stopped at damaged data
 * @param warnings   everything odd that was tolerated, in words; empty for a clean file
 * @param zeroedSamples NaN or infinite samples of a float file, replaced by 0
 */
public record DecodedAudio(float[] samples, int sampleRate, AudioInfo source, boolean truncated, List<String> warnings,
                           int zeroedSamples) {

    public DecodedAudio {
        Objects.requireNonNull(samples, "samples");
        Objects.requireNonNull(source, "source");
        warnings = List.copyOf(warnings);
    }

    public DecodedAudio(float[] samples, int sampleRate, AudioInfo source, boolean truncated, List<String> warnings) {
        this(samples, sampleRate, source, truncated, warnings, 0);
    }

    /** Some of the audio is not what the file meant: it ends early, stops at damaged data, or had samples zeroed. */
    public boolean partial() {
        return truncated || zeroedSamples > 0;
    }

    public int frameCount() {
        return samples.length;
    }

    public double durationSeconds() {
        return (double) samples.length / sampleRate;
    }
}
