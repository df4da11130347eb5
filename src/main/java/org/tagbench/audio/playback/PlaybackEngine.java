package org.tagbench.audio.playback;

import be.tarsos.dsp.AudioDispatcher;
import be.tarsos.dsp.GainProcessor;
import be.tarsos.dsp.WaveformSimilarityBasedOverlapAdd;
import be.tarsos.dsp.io.jvm.AudioDispatcherFactory;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sound.sampled.UnsupportedAudioFileException;

/**
 * Plays a mono float clip through TarsosDSP: WSOLA time stretching for speeds other than 1 (pitch kept), a gain
 * stage for the volume, and a loop region. Opening and closing output lines can block for tens of milliseconds,
 * so every transport command runs on one control thread and the caller (the UI thread) never waits; the
 * {@link PlaybackClock} moves at once so a cursor reacts immediately.
 */
public final class PlaybackEngine implements AutoCloseable {
    public static final double MIN_SPEED = 0.25;
    public static final double MAX_SPEED = 2.0;
    private static final int PLAIN_BUFFER = 2048;

    private final AudioSink.Factory sinks;
    private final PlaybackListener listener;
    private final PlaybackClock clock = new PlaybackClock();
    private final ExecutorService control = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "playback-control");
        thread.setDaemon(true);
        return thread;
    });

    private volatile float[] samples = new float[0];
    private volatile int sampleRate = 44_100;
    private volatile double speed = 1;
    private volatile double volume = 1;
    private volatile double loopStart = Double.NaN;
    private volatile double loopEnd = Double.NaN;
    private volatile Session session;

    public PlaybackEngine(AudioSink.Factory sinks, PlaybackListener listener) {
        this.sinks = sinks;
        this.listener = listener;
    }

    /** Replaces the clip; stops what was playing and rewinds to the start. */
    public CompletableFuture<Void> load(float[] clipSamples, int clipSampleRate) {
        clock.stop(System.nanoTime());
        clock.jumpTo(0, System.nanoTime());
        return submit(() -> {
            stopSession();
            samples = clipSamples;
            sampleRate = clipSampleRate;
            clearLoopRegion();
        });
    }

    public CompletableFuture<Void> play() {
        double from = startPositionFor(position());
        clock.start(from, speed, System.nanoTime());
        return submit(() -> startSession(from));
    }

    public CompletableFuture<Void> pause() {
        clock.stop(System.nanoTime());
        return submit(this::stopSession);
    }

    public CompletableFuture<Void> seek(double seconds) {
        double target = Math.max(0, Math.min(duration(), seconds));
        clock.jumpTo(target, System.nanoTime());
        return isPlaying() ? submit(() -> startSession(target)) : CompletableFuture.completedFuture(null);
    }

    /** Speed factor in [{@value #MIN_SPEED}, {@value #MAX_SPEED}]; pitch is kept. */
    public CompletableFuture<Void> setSpeed(double factor) {
        speed = Math.max(MIN_SPEED, Math.min(MAX_SPEED, factor));
        if (!isPlaying()) {
            return CompletableFuture.completedFuture(null);
        }
        double at = position();
        clock.start(at, speed, System.nanoTime());
        return submit(() -> startSession(at));
    }

    /** Linear gain in [0, 1]; applies to the running playback at once. */
    public void setVolume(double gain) {
        volume = Math.max(0, Math.min(1, gain));
        Session current = session;
        if (current != null) {
            current.gain.setGain(volume);
        }
    }

    /** Plays the region [start, end) over and over until the loop is cleared. */
    public void setLoop(double startSeconds, double endSeconds) {
        if (endSeconds - startSeconds <= 0) {
            throw new IllegalArgumentException("loop end must follow its start: " + startSeconds + ".." + endSeconds);
        }
        loopStart = Math.max(0, startSeconds);
        loopEnd = Math.min(duration(), endSeconds);
    }

    public void clearLoop() {
        clearLoopRegion();
    }

    public boolean hasLoop() {
        return !Double.isNaN(loopStart);
    }

    /** The position heard now, in seconds: smooth between output updates, corrected when it drifts. */
    public double position() {
        long now = System.nanoTime();
        Session current = session;
        if (current != null && current.isHeard()) {
            clock.correct(current.heardPosition(), now);
        }
        return Math.max(0, Math.min(duration(), clock.position(now)));
    }

    public boolean isPlaying() {
        return clock.isRunning();
    }

    public double speed() {
        return speed;
    }

    public double duration() {
        return (double) samples.length / sampleRate;
    }

    @Override
    public void close() {
        clock.stop(System.nanoTime());
        submit(this::stopSession);
        control.shutdown();
    }

    private double startPositionFor(double current) {
        if (hasLoop() && (current < loopStart || current >= loopEnd)) {
            return loopStart;
        }
        return current >= duration() ? 0 : current;
    }

    private void clearLoopRegion() {
        loopStart = Double.NaN;
        loopEnd = Double.NaN;
    }

    private CompletableFuture<Void> submit(Runnable command) {
        return CompletableFuture.runAsync(command, control);
    }

    private void startSession(double from) {
        stopSession();
        double end = hasLoop() ? loopEnd : duration();
        int first = (int) Math.round(from * sampleRate);
        int last = (int) Math.round(end * sampleRate);
        if (last - first <= 0) {
            clock.stop(System.nanoTime());
            return;
        }
        try {
            Session started = new Session(from, Arrays.copyOfRange(samples, first, last), sinks.open(sampleRate));
            session = started;
            started.start();
        } catch (PlaybackUnavailableException e) {
            clock.stop(System.nanoTime());
            clock.jumpTo(from, System.nanoTime());
            listener.unavailable(e.getMessage());
        }
    }

    private void stopSession() {
        Session current = session;
        session = null;
        if (current != null) {
            current.cancel();
        }
    }

    /** Runs on the session's own thread when its audio has played out. */
    private void sessionEnded(Session ended) {
        control.execute(() -> {
            if (session != ended || ended.cancelled) {
                return;
            }
            session = null;
            if (hasLoop()) {
                clock.start(loopStart, speed, System.nanoTime());
                startSession(loopStart);
            } else {
                clock.stop(System.nanoTime());
                clock.jumpTo(duration(), System.nanoTime());
                listener.finished();
            }
        });
    }

    /** One run of a dispatcher over a slice of the clip, at one speed. */
    private final class Session {
        private final double startPosition;
        private final double sessionSpeed = speed;
        private final AudioDispatcher dispatcher;
        private final AudioSink sink;
        private final GainProcessor gain = new GainProcessor(volume);
        private volatile boolean cancelled;

        Session(double startPosition, float[] slice, AudioSink sink) {
            this.startPosition = startPosition;
            this.sink = sink;
            this.dispatcher = dispatcherFor(slice);
            dispatcher.addAudioProcessor(gain);
            dispatcher.addAudioProcessor(sink);
        }

        private AudioDispatcher dispatcherFor(float[] slice) {
            try {
                if (sessionSpeed == 1) {
                    return AudioDispatcherFactory.fromFloatArray(slice, sampleRate, PLAIN_BUFFER, 0);
                }
                var wsola = new WaveformSimilarityBasedOverlapAdd(
                        WaveformSimilarityBasedOverlapAdd.Parameters.musicDefaults(sessionSpeed, sampleRate));
                AudioDispatcher stretched = AudioDispatcherFactory.fromFloatArray(slice, sampleRate,
                        wsola.getInputBufferSize(), wsola.getOverlap());
                wsola.setDispatcher(stretched);
                stretched.addAudioProcessor(wsola);
                return stretched;
            } catch (UnsupportedAudioFileException e) {
                throw new IllegalStateException("TarsosDSP refused a mono float stream at " + sampleRate + " Hz", e);
            }
        }

        void start() {
            Thread thread = new Thread(() -> {
                dispatcher.run();
                sessionEnded(this);
            }, "playback");
            thread.setDaemon(true);
            thread.start();
        }

        boolean isHeard() {
            return !cancelled && sink.playedSeconds() > 0;
        }

        double heardPosition() {
            return startPosition + sink.playedSeconds() * sessionSpeed;
        }

        void cancel() {
            cancelled = true;
            dispatcher.stop();
        }
    }
}
