package org.tagbench.audio;

/**
 * Versions of what turns a file into samples: the decoders ({@link AudioFiles#decodeNative}) and the resampler
 * ({@link Resampler}). Bumped by hand whenever a change (to this package or to the libraries under it) changes the
 * samples they give, so that feature caches keyed by {@link #key()} go stale. {@code AudioVersionTest} holds a
 * checksum of the samples of the test fixtures for each version and fails when they change without a bump.
 */
public record AudioVersion(int decoding, int resampling) {
    public static final AudioVersion CURRENT = new AudioVersion(1, 1);

    public String key() {
        return "decode-v" + decoding + ";resample-v" + resampling;
    }
}
