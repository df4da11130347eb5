package org.tagbench.ui;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * Measures start-up the way a user sees it: from the start of the JVM (the launcher's process) to the first frame in
 * which the opened workspace's first clip has its waveform and spectrogram fully painted; prints it and quits.
 * Switched on with the environment variable {@code TAGBENCH_STARTUP_PROBE=1}, for packaging/smoke-test.sh.
 */
final class StartupProbe extends AnimationTimer {
    static final String SWITCH = "TAGBENCH_STARTUP_PROBE";

    private final Workbench workbench;

    private StartupProbe(Workbench workbench) {
        this.workbench = workbench;
    }

    static void startIfAsked(Workbench workbench) {
        if (System.getenv(SWITCH) != null) {
            new StartupProbe(workbench).start();
        }
    }

    @Override
    public void handle(long now) {
        var model = workbench.model();
        var spectrogram = model.timeline().spectrogramProperty().get();
        if (spectrogram != null && spectrogram.isComplete() && model.timeline().mediaProperty().get() != null
                && workbench.view().timeline().spectrogram().fullyPaintedProperty().get()) {
            stop();
            long sinceJvmStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.out.printf(Locale.ROOT, "startup_to_painted_window_ms=%d%n", sinceJvmStart);
            System.out.flush();
            Platform.exit();
        }
    }
}
