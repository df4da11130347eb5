package org.tagbench.ml.engine;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.util.Utils;

/**
 * Loads the PyTorch engine offline and runs one tiny tensor operation, so a user (or an installer check) learns
 * whether training and inference can work on this machine, and from where the native libraries came.
 */
public final class EngineProbe {
    private static final String ENGINE_NAME = "PyTorch";
    private static final String LIBRARY_PATH = "PYTORCH_LIBRARY_PATH";

    private EngineProbe() {}

    /** What the probe found; {@code problem} is null when the engine loaded and computed 1+2+3+4 = 10. */
    public record EngineStatus(String engine, String engineVersion, String djlVersion, String device,
                               String nativesFrom, String problem) {
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
            return new EngineStatus(engine.getEngineName(), engine.getVersion(), djlVersion,
                    engine.defaultDevice().toString(), nativesFrom(), problem);
        } catch (RuntimeException | LinkageError e) {
            return new EngineStatus(ENGINE_NAME, null, djlVersion, null, nativesFrom(), e.toString());
        }
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
