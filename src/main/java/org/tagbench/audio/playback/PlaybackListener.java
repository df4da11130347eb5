package org.tagbench.audio.playback;

/** What the engine tells its owner; called on playback threads, never on the caller's. */
public interface PlaybackListener {
    /** Playback reached the end of the clip (not called for loops, which restart, nor after pause or seek). */
    void finished();

    /** No output could be opened; playback stays stopped. */
    void unavailable(String reason);
}
