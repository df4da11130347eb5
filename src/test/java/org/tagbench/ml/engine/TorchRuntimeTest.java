package org.tagbench.ml.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TorchRuntimeTest {

    @Test
    void loadsThePyTorchEngineOnce() {
        assertEquals("PyTorch", TorchRuntime.engine().getEngineName());
        assertSame(TorchRuntime.engine(), TorchRuntime.engine());
    }

    @Test
    void appliesAThreadCountToTheRunningEngine() {
        int before = TorchRuntime.threads();
        try {
            TorchRuntime.setThreads(1);
            assertEquals(1, TorchRuntime.threads());
            TorchRuntime.setThreads(2);
            assertEquals(2, TorchRuntime.threads());
        } finally {
            TorchRuntime.setThreads(before);
        }
    }

    @Test
    void refusesAThreadCountBelowOne() {
        assertThrows(IllegalArgumentException.class, () -> TorchRuntime.setThreads(0));
    }
}
