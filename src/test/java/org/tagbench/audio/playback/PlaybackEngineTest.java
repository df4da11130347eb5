package org.tagbench.audio.playback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.tarsos.dsp.AudioEvent;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class PlaybackEngineTest {
    private static final int RATE = 22_050;

    /** Counts the samples a sound card would have been given, the way TarsosDSP's player skips overlaps. */
    static final class CountingSink implements AudioSink {
        volatile long samples;

        @Override
        public double playedSeconds() {
            return (double) samples / RATE;
        }

        @Override
        public boolean process(AudioEvent event) {
            samples += event.getTimeStamp() == 0 ? event.getBufferSize() : event.getBufferSize() - event.getOverlap();
            return true;
        }

        @Override
        public void processingFinished() {
        }
    }

    static final class Recorder implements PlaybackListener {
        final CountDownLatch finished = new CountDownLatch(1);
        final AtomicReference<String> unavailable = new AtomicReference<>();

        @Override
        public void finished() {
            finished.countDown();
        }

        @Override
        public void unavailable(String reason) {
            unavailable.set(reason);
            finished.countDown();
        }
    }

    private static float[] tone(double seconds) {
        float[] samples = new float[(int) (seconds * RATE)];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (float) (0.5 * Math.sin(2 * Math.PI * 440 * i / RATE));
        }
        return samples;
    }

    private static double playedAt(double speed) throws Exception {
        CountingSink sink = new CountingSink();
        Recorder recorder = new Recorder();
        try (PlaybackEngine engine = new PlaybackEngine(rate -> sink, recorder)) {
            engine.load(tone(2), RATE).get(5, TimeUnit.SECONDS);
            engine.setSpeed(speed).get(5, TimeUnit.SECONDS);
            engine.play().get(5, TimeUnit.SECONDS);
            assertTrue(recorder.finished.await(10, TimeUnit.SECONDS), "playback reaches the end");
            assertFalse(engine.isPlaying());
            assertEquals(2.0, engine.position(), 1e-6, "the cursor rests at the end");
        }
        return sink.playedSeconds();
    }

    @Test
    void slowerSpeedsPlayLongerWithoutChangingTheClip() throws Exception {
        assertEquals(2.0, playedAt(1.0), 0.1);
        assertEquals(4.0, playedAt(0.5), 0.3);
        assertEquals(8.0, playedAt(0.25), 0.6);
        assertEquals(1.0, playedAt(2.0), 0.15);
    }

    @Test
    void withoutAnOutputDeviceItSaysSoAndStaysStopped() throws Exception {
        Recorder recorder = new Recorder();
        try (PlaybackEngine engine = new PlaybackEngine(rate -> {
            throw new PlaybackUnavailableException("no audio output device (test)", null);
        }, recorder)) {
            engine.load(tone(1), RATE);
            engine.play().get(5, TimeUnit.SECONDS);
            assertEquals("no audio output device (test)", recorder.unavailable.get());
            assertFalse(engine.isPlaying());
        }
    }

    @Test
    void seekingWhileStoppedMovesThePositionAndLoopsStartAtTheirStart() throws Exception {
        try (PlaybackEngine engine = new PlaybackEngine(rate -> new CountingSink(), new Recorder())) {
            engine.load(tone(3), RATE).get(5, TimeUnit.SECONDS);
            engine.seek(1.25).get(5, TimeUnit.SECONDS);
            assertEquals(1.25, engine.position(), 1e-9);
            engine.seek(99);
            assertEquals(3.0, engine.position(), 1e-9);
            engine.setLoop(0.5, 1.0);
            assertTrue(engine.hasLoop());
        }
    }

    @Test
    void theClockMovesWithWallTimeAndSnapsBackWhenItDrifts() {
        PlaybackClock clock = new PlaybackClock();
        clock.start(1.0, 0.5, 0);
        assertEquals(2.0, clock.position(2_000_000_000L), 1e-9);
        clock.correct(2.02, 2_000_000_000L);
        assertEquals(2.0, clock.position(2_000_000_000L), 1e-9, "small drift is ignored to keep motion smooth");
        clock.correct(2.3, 2_000_000_000L);
        assertEquals(2.3, clock.position(2_000_000_000L), 1e-9);
        clock.stop(3_000_000_000L);
        assertEquals(2.8, clock.position(9_000_000_000L), 1e-9);
    }
}
