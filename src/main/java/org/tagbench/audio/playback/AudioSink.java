package org.tagbench.audio.playback;

import be.tarsos.dsp.AudioProcessor;

/** Where played audio goes: a sound card line, or a counting sink in tests. Reports how much it has played. */
public interface AudioSink extends AudioProcessor {
    /** Seconds of output actually played (heard) since this sink was opened. */
    double playedSeconds();

    /** Opens a sink for mono float audio at a sample rate; fails with a readable reason when no output exists. */
    @FunctionalInterface
    interface Factory {
        AudioSink open(int sampleRate) throws PlaybackUnavailableException;
    }
}
