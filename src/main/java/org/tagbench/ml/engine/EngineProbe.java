package org.tagbench.ml.engine;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.engine.StandardCapabilities;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.util.Utils;
import ai.djl.util.cuda.CudaUtils;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Loads the PyTorch engine offline and runs one tiny tensor operation, so a user (or an installer check) learns
 * whether training and inference can work on this machine, and from where the native libraries came.
 */
public final class EngineProbe {
    private static final String ENGINE_NAME = "PyTorch";
    private static final String LIBRARY_PATH = "PYTORCH_LIBRARY_PATH";

    private EngineProbe() {}

    /**
     * What the probe found; {@code problem} is null when the engine loaded and computed 1+2+3+4 = 10.
     * {@code loadedLibraries} are the PyTorch and DJL native files this process actually mapped (empty where the
     * operating system does not say: only Linux's /proc/self/maps does), {@code flavour} "cpu" or "cuda" from them,
     * {@code cudaDevices} one line per GPU the CUDA driver shows ("gpu(0) compute capability 9.0, 79.2 GiB"), empty
     * without a driver, and {@code engineCuda} whether the loaded libtorch itself was built with CUDA.
     */
    public record EngineStatus(String engine, String engineVersion, String djlVersion, String device,
                               String nativesFrom, String problem, List<String> loadedLibraries, String flavour,
                               List<String> cudaDevices, boolean engineCuda) {
        public EngineStatus {
            loadedLibraries = List.copyOf(loadedLibraries);
            cudaDevices = List.copyOf(cudaDevices);
        }

        public boolean working() {
            return problem == null;
        }
    }

    public static EngineStatus probe() {
        // Offline before the first engine call: a missing native library must fail here, not start a download.
        System.setProperty("ai.djl.offline", "true");
        String djlVersion = Engine.getDjlVersion();
        try {
            Engine engine = Engine.getEngine(ENGINE_NAME);
            float sum = sumOfOneToFour(engine);
            String problem = sum == 10f ? null : "1+2+3+4 computed as " + sum;
            List<String> loaded = loadedLibraries(Path.of("/proc/self/maps"));
            return new EngineStatus(engine.getEngineName(), engine.getVersion(), djlVersion,
                    engine.defaultDevice().toString(), nativesFrom(), problem, loaded, flavour(loaded),
                    cudaDevices(), engine.hasCapability(StandardCapabilities.CUDA));
        } catch (RuntimeException | LinkageError e) {
            return new EngineStatus(ENGINE_NAME, null, djlVersion, null, nativesFrom(), e.toString(), List.of(), "unknown",
                    cudaDevices(), false);
        }
    }

    /** The PyTorch and DJL native files mapped into this process, as a memory-map listing names them. */
    static List<String> loadedLibraries(Path maps) {
        if (!Files.isReadable(maps)) {
            return List.of();
        }
        Set<String> libraries = new LinkedHashSet<>();
        try {
            for (String line : Files.readAllLines(maps)) {
                int slash = line.indexOf('/');
                if (slash < 0) {
                    continue;
                }
                String path = line.substring(slash).trim();
                String name = path.substring(path.lastIndexOf('/') + 1);
                if (name.startsWith("libtorch") || name.startsWith("libc10") || name.contains("libdjl_torch")) {
                    libraries.add(path);
                }
            }
        } catch (IOException e) {
            return List.of();
        }
        return new ArrayList<>(libraries);
    }

    /** "cuda" when a CUDA build of libtorch is loaded (libtorch_cuda / libc10_cuda), else "cpu"; "unknown" if none. */
    static String flavour(List<String> loaded) {
        if (loaded.isEmpty()) {
            return "unknown";
        }
        return loaded.stream().anyMatch(path -> path.contains("_cuda")) ? "cuda" : "cpu";
    }

    /** One line per GPU the CUDA driver reports; none without a driver (CudaUtils then says 0). */
    private static List<String> cudaDevices() {
        List<String> devices = new ArrayList<>();
        try {
            int count = CudaUtils.getGpuCount();
            for (int gpu = 0; gpu < count; gpu++) {
                long bytes = CudaUtils.getGpuMemory(Device.gpu(gpu)).getMax();
                devices.add(String.format(Locale.ROOT, "gpu(%d) compute capability %s, %.1f GiB, CUDA %s", gpu,
                        CudaUtils.getComputeCapability(gpu), bytes / (double) (1L << 30), CudaUtils.getCudaVersionString()));
            }
        } catch (RuntimeException | LinkageError e) {
            devices.add("the CUDA driver did not answer: " + e);
        }
        return devices;
    }

    private static float sumOfOneToFour(Engine engine) {
        try (NDManager manager = engine.newBaseManager()) {
            NDArray values = manager.create(new float[] {1, 2, 3, 4});
            return values.sum().getFloat();
        }
    }

    /** The folder set by the installer's launcher, else DJL's cache folder, where it unpacks the natives jar. */
    private static String nativesFrom() {
        String libraryPath = Utils.getEnvOrSystemProperty(LIBRARY_PATH);
        if (libraryPath != null && !libraryPath.isBlank()) {
            return libraryPath + " (" + LIBRARY_PATH + ")";
        }
        return Utils.getEngineCacheDir("pytorch") + " (DJL cache)";
    }
}
