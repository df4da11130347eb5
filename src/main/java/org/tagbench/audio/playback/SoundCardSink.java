package org.tagbench.audio.playback;

import be.tarsos.dsp.AudioEvent;
import be.tarsos.dsp.io.TarsosDSPAudioFormat;
import be.tarsos.dsp.io.jvm.AudioPlayer;
import javax.sound.sampled.LineUnavailableException;

/** The default javax.sound output line, through TarsosDSP's player. */
public final class SoundCardSink implements AudioSink {
    private final AudioPlayer player;

    private SoundCardSink(AudioPlayer player) {
        this.player = player;
    }

    public static SoundCardSink open(int sampleRate) throws PlaybackUnavailableException {
        TarsosDSPAudioFormat format = new TarsosDSPAudioFormat(sampleRate, 16, 1, true, false);
        try {
            return new SoundCardSink(new AudioPlayer(format));
        } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
            // IllegalArgumentException is what javax.sound throws when the machine has no mixer at all.
            throw new PlaybackUnavailableException("no audio output device (" + e.getMessage() + ")", e);
        }
    }

    @Override
    public double playedSeconds() {
        return player.getMicroSecondPosition() / 1e6;
    }

    @Override
    public boolean process(AudioEvent audioEvent) {
        return player.process(audioEvent);
    }

    @Override
    public void processingFinished() {
        player.processingFinished();
    }
}
