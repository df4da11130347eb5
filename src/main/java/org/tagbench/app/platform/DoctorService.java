package org.tagbench.app.platform;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.tagbench.audio.AudioFiles;
import org.tagbench.audio.DecodedAudio;
import org.tagbench.audio.WavWriter;
import org.tagbench.ml.engine.EngineProbe;
import org.tagbench.store.WorkspaceStore;

/**
 * Checks that every part Tagbench needs works on this machine: the Java runtime, JavaFX, SQLite, the audio decoders,
 * the PyTorch engine, and the user's data folder. Each check runs even when an earlier one failed, so one report
 * shows everything a user has to fix. Nothing here touches the network.
 */
public final class DoctorService {
    private static final int PROBE_RATE = 16_000;

    private DoctorService() {}

    public record Check(String component, boolean ok, String detail) {}

    public record Report(List<Check> checks) {
        public Report {
            checks = List.copyOf(checks);
        }

        public boolean healthy() {
            return checks.stream().allMatch(Check::ok);
        }
    }

    /** @param withEngine false skips loading PyTorch (seconds, and hundreds of MB) for a quick check */
    public static Report examine(boolean withEngine) {
        List<Check> checks = new ArrayList<>();
        checks.add(new Check("Tagbench", true, BuildInfo.current().describe().substring("Tagbench ".length())));
        checks.add(java());
        checks.add(guarded("JavaFX", DoctorService::javaFx));
        checks.add(guarded("SQLite", () -> new Check("SQLite", true, WorkspaceStore.sqliteVersion())));
        checks.add(guarded("audio decoders", DoctorService::audioDecoders));
        if (withEngine) {
            try {
                checks.addAll(engine());
            } catch (RuntimeException | LinkageError e) {
                checks.add(new Check("deep learning", false, e.toString()));
            }
        }
        checks.add(guarded("data folder", DoctorService::dataFolder));
        return new Report(checks);
    }

    private interface CheckWork {
        Check run() throws Exception;
    }

    /** A check that throws (a missing native library is a LinkageError) is reported, never propagated. */
    private static Check guarded(String component, CheckWork work) {
        try {
            return work.run();
        } catch (Exception | LinkageError e) {
            return new Check(component, false, e.toString());
        }
    }

    private static Check java() {
        return new Check("Java", true, System.getProperty("java.version") + " (" + System.getProperty("java.vendor")
                + ") on " + System.getProperty("os.name") + " " + System.getProperty("os.arch") + ", runtime "
                + System.getProperty("java.home"));
    }

    /** Only looks at the library: starting the toolkit would need a display, which a headless check may not have. */
    private static Check javaFx() throws IOException {
        try (InputStream in = DoctorService.class.getResourceAsStream("/javafx.properties")) {
            if (in == null) {
                return new Check("JavaFX", false, "javafx-base is not on the class path: the window cannot open");
            }
            Properties properties = new Properties();
            properties.load(in);
            return new Check("JavaFX", true, properties.getProperty("javafx.runtime.version", "present"));
        }
    }

    /** Writes and decodes a short tone, which exercises the WAV reader and the resampler end to end. */
    private static Check audioDecoders() throws IOException {
        Path wav = Files.createTempFile("tagbench-doctor", ".wav");
        try {
            float[] tone = new float[PROBE_RATE / 10];
            for (int i = 0; i < tone.length; i++) {
                tone[i] = (float) (0.5 * Math.sin(2 * Math.PI * 440 * i / PROBE_RATE));
            }
            WavWriter.writePcm16(wav, tone, PROBE_RATE);
            DecodedAudio decoded = AudioFiles.decode(wav, AudioFiles.DEFAULT_RATE);
            int expected = tone.length * AudioFiles.DEFAULT_RATE / PROBE_RATE;
            boolean ok = Math.abs(decoded.samples().length - expected) <= 1;
            return new Check("audio decoders", ok, "WAV, FLAC, OGG Vorbis; a 0.1 s WAV decoded to "
                    + decoded.samples().length + " samples at " + decoded.sampleRate() + " Hz (expected " + expected + ")");
        } finally {
            Files.deleteIfExists(wav);
        }
    }

    /** The engine (one tiny sum), the native files it loaded, and the CUDA devices the driver shows. */
    private static List<Check> engine() {
        List<Check> checks = new ArrayList<>();
        EngineProbe.EngineStatus status = EngineProbe.probe();
        String detail = status.working()
                ? status.engine() + " " + status.engineVersion() + " (DJL " + status.djlVersion() + ") on "
                        + status.device() + ", natives from " + status.nativesFrom()
                : "the " + status.engine() + " engine does not load (DJL " + status.djlVersion() + ", natives looked for in "
                        + status.nativesFrom() + "): " + status.problem();
        checks.add(new Check("deep learning", status.working(), detail));
        checks.add(new Check("natives loaded", status.working(),
                status.loadedLibraries().isEmpty() ? "none that this system lists (Linux lists them in /proc/self/maps)"
                        : "libtorch " + status.engineVersion() + ", " + status.flavour() + " build"
                                + (status.engineCuda() ? " with CUDA" : "") + ": " + String.join(", ",
                                status.loadedLibraries())));
        checks.add(new Check("CUDA devices", true, status.cudaDevices().isEmpty()
                ? "none (no CUDA driver or GPU seen; training and inference run on the CPU; docs/gpu.md)"
                : String.join("; ", status.cudaDevices()) + (status.engineCuda() ? ""
                        : " - but the loaded libtorch is a CPU build, so they stay unused (docs/gpu.md)")));
        return checks;
    }

    private static Check dataFolder() throws IOException {
        Path folder = UserDataFolder.path();
        Files.createDirectories(folder);
        boolean writable = Files.isWritable(folder);
        return new Check("data folder", writable, folder + (writable ? "" : " is not writable"));
    }
}
