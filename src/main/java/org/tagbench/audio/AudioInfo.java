package org.tagbench.audio;

import java.nio.file.Path;

/** What an audio header says about a file, read without decoding the samples. */
public record AudioInfo(Path file, String codec, int sampleRate, int channels, long frames, int bitsPerSample) {

    public double durationSeconds() {
        return sampleRate > 0 ? (double) frames / sampleRate : 0.0;
    }
}
