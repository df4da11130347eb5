package org.tagbench.audio;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What a clip's header says, read without decoding samples.
 *
 * @param codec         "wav-pcm8", "wav-pcm16", "wav-pcm24", "wav-pcm32", "wav-float32", "wav-float64", "flac" or "ogg-vorbis"
 * @param frames        samples per channel; {@link #UNKNOWN_FRAMES} when the stream does not declare its length
 *                      (a FLAC stream written without a total sample count)
 * @param bitsPerSample bits per stored sample (the container size for WAV); 0 for Vorbis, which has no sample width
 * @param truncated     the header promises more audio than the file holds; {@code frames} counts what the file holds
 * @param warnings      what was odd about the header, in words (e.g. how many frames of how many are present)
 */
public record AudioInfo(Path file, String codec, int sampleRate, int channels, long frames, int bitsPerSample,
                        boolean truncated, List<String> warnings) {

    public static final long UNKNOWN_FRAMES = -1;

    public AudioInfo {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(codec, "codec");
        warnings = List.copyOf(warnings);
    }

    /** A clean header: nothing missing, nothing to warn about. */
    public AudioInfo(Path file, String codec, int sampleRate, int channels, long frames, int bitsPerSample) {
        this(file, codec, sampleRate, channels, frames, bitsPerSample, false, List.of());
    }

    public boolean hasKnownLength() {
        return frames != UNKNOWN_FRAMES;
    }

    /** Duration in seconds, or {@code Double.NaN} when the length is unknown. */
    public double durationSeconds() {
        return hasKnownLength() ? (double) frames / sampleRate : Double.NaN;
    }

    AudioInfo withFrames(long actualFrames) {
        return new AudioInfo(file, codec, sampleRate, channels, actualFrames, bitsPerSample, truncated, warnings);
    }

    AudioInfo withTruncation(boolean isTruncated, List<String> allWarnings) {
        return new AudioInfo(file, codec, sampleRate, channels, frames, bitsPerSample, isTruncated, allWarnings);
    }
}
