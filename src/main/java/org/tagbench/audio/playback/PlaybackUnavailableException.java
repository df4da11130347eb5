package org.tagbench.audio.playback;

/** No audio output can be opened (no sound card, as on CI, or the device is busy). */
public final class PlaybackUnavailableException extends Exception {
    private static final long serialVersionUID = 1L;

    public PlaybackUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
