package org.tagbench.ml.engine;

import ai.djl.engine.Engine;
import ai.djl.pytorch.jni.JniUtils;

/**
 * The one place that loads DJL's PyTorch engine, so its settings are in force before it starts.
 *
 * <p>PyTorch reads {@code ai.djl.pytorch.num_threads} only while the engine loads, and DJL reads
 * {@code ai.djl.offline} while it looks for natives; both are therefore set here before the first
 * {@link #engine()} call. Offline mode makes a missing native library fail at once instead of
 * trying a download.
 */
public final class TorchRuntime {
    public static final String ENGINE_NAME = "PyTorch";
    static final String PYTORCH_VERSION = "2.7.1";
    static final String DJL_VERSION = "0.36.0";
    static final String OFFLINE_PROPERTY = "ai.djl.offline";
    static final String THREADS_PROPERTY = "ai.djl.pytorch.num_threads";

    private static volatile Engine engine;

    private TorchRuntime() {}

    /**
     * Sets the intra-op thread count of PyTorch. Before the engine loads this becomes its start-up
     * setting; afterwards it is applied to the running engine.
     */
    public static synchronized void setThreads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("Thread count must be at least 1, got " + threads);
        }
        System.setProperty(THREADS_PROPERTY, Integer.toString(threads));
        if (engine != null) {
            JniUtils.setNumThreads(threads);
        }
    }

    /** The intra-op thread count PyTorch uses now (loads the engine). */
    public static int threads() {
        engine();
        return JniUtils.getNumThreads();
    }

    /** Loads the PyTorch engine once, offline. */
    public static Engine engine() {
        Engine loaded = engine;
        if (loaded == null) {
            synchronized (TorchRuntime.class) {
                if (engine == null) {
                    System.setProperty(OFFLINE_PROPERTY, "true");
                    engine = Engine.getEngine(ENGINE_NAME);
                }
                loaded = engine;
            }
        }
        return loaded;
    }
}
