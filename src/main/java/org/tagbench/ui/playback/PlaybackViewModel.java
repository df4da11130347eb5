package org.tagbench.ui.playback;

import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.tagbench.audio.playback.AudioSink;
import org.tagbench.audio.playback.PlaybackEngine;
import org.tagbench.audio.playback.PlaybackListener;

/**
 * The transport: play/pause, seek, loop, speed (0.25x-2x, pitch kept), volume and autoplay of the next clip.
 * The view samples {@link #tick()} once per screen frame, so the cursor moves with the display, not with the
 * audio buffers. Without an audio device the controls stay usable and {@link #messageProperty()} says why
 * nothing is heard.
 */
public final class PlaybackViewModel implements AutoCloseable {
    private final Executor ui;
    private final PlaybackEngine engine;
    private final BooleanProperty playing = new SimpleBooleanProperty(false);
    private final DoubleProperty position = new SimpleDoubleProperty(0);
    private final DoubleProperty speed = new SimpleDoubleProperty(1);
    private final DoubleProperty volume = new SimpleDoubleProperty(0.8);
    private final BooleanProperty autoplay = new SimpleBooleanProperty(false);
    private final StringProperty message = new SimpleStringProperty("");
    private Runnable advance = () -> { };
    private boolean playWhenLoaded;

    public PlaybackViewModel(AudioSink.Factory sinks, Executor ui) {
        this.ui = ui;
        this.engine = new PlaybackEngine(sinks, new PlaybackListener() {
            @Override
            public void finished() {
                ui.execute(PlaybackViewModel.this::clipFinished);
            }

            @Override
            public void unavailable(String reason) {
                ui.execute(() -> {
                    playing.set(false);
                    message.set("Playback unavailable: " + reason);
                });
            }
        });
        speed.addListener((observable, before, after) -> engine.setSpeed(after.doubleValue()));
        volume.addListener((observable, before, after) -> engine.setVolume(after.doubleValue()));
        engine.setVolume(volume.get());
    }

    /** What to do when a clip ends with autoplay on (the window selects the next clip). */
    public void setAdvance(Runnable nextClip) {
        advance = nextClip;
    }

    /** Takes the decoded samples, not the timeline's ClipMedia: playback sits below the timeline that shows it. */
    public void load(float[] samples, int sampleRate) {
        engine.load(samples, sampleRate);
        position.set(0);
        playing.set(false);
        if (playWhenLoaded) {
            playWhenLoaded = false;
            play();
        }
    }

    public void togglePlay() {
        if (engine.isPlaying()) {
            pause();
        } else {
            play();
        }
    }

    public void play() {
        if (engine.duration() <= 0) {
            return;
        }
        engine.play();
        playing.set(true);
    }

    public void pause() {
        engine.pause();
        playing.set(false);
    }

    public void seek(double seconds) {
        engine.seek(seconds);
        position.set(engine.position());
    }

    public void loop(double startSeconds, double endSeconds) {
        engine.setLoop(startSeconds, endSeconds);
    }

    public void clearLoop() {
        engine.clearLoop();
    }

    public boolean isLooping() {
        return engine.hasLoop();
    }

    /** Samples the engine's clock; called once per frame by the view. */
    public void tick() {
        position.set(engine.position());
        playing.set(engine.isPlaying());
    }

    public void faster() {
        speed.set(Math.min(PlaybackEngine.MAX_SPEED, speed.get() * 2));
    }

    public void slower() {
        speed.set(Math.max(PlaybackEngine.MIN_SPEED, speed.get() / 2));
    }

    private void clipFinished() {
        playing.set(false);
        position.set(engine.position());
        if (autoplay.get()) {
            playWhenLoaded = true;
            advance.run();
        }
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing;
    }

    public ReadOnlyDoubleProperty positionProperty() {
        return position;
    }

    public DoubleProperty speedProperty() {
        return speed;
    }

    public DoubleProperty volumeProperty() {
        return volume;
    }

    public BooleanProperty autoplayProperty() {
        return autoplay;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    @Override
    public void close() {
        engine.close();
    }
}
