package org.tagbench.ml.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code tagbench doctor} says about the natives DJL loaded and the CUDA devices (docs/gpu.md). */
class EngineProbeTest {
    @TempDir
    Path dir;

    @Test
    void listsTheTorchLibrariesAProcessMappedAndTellsACudaBuildFromACpuOne() throws Exception {
        Path maps = dir.resolve("maps");
        Files.writeString(maps, String.join("\n",
                "7f00-7f01 r-xp 00000000 08:01 1 /opt/lt/lib/libtorch_cpu.so",
                "7f01-7f02 r--p 00001000 08:01 1 /opt/lt/lib/libtorch_cpu.so",
                "7f02-7f03 r-xp 00000000 08:01 2 /opt/lt/lib/libc10_cuda.so",
                "7f03-7f04 r-xp 00000000 08:01 3 /opt/lt/lib/0.36.0-libdjl_torch.so",
                "7f04-7f05 r-xp 00000000 08:01 4 /usr/lib/x86_64-linux-gnu/libc.so.6",
                "7f05-7f06 rw-p 00000000 00:00 0 [heap]"));
        List<String> loaded = EngineProbe.loadedLibraries(maps);
        assertEquals(List.of("/opt/lt/lib/libtorch_cpu.so", "/opt/lt/lib/libc10_cuda.so",
                "/opt/lt/lib/0.36.0-libdjl_torch.so"), loaded);
        assertEquals("cuda", EngineProbe.flavour(loaded));
        assertEquals("cpu", EngineProbe.flavour(List.of("/x/libtorch_cpu.so", "/x/libc10.so")));
        assertEquals("unknown", EngineProbe.flavour(List.of()));
        assertEquals(List.of(), EngineProbe.loadedLibraries(dir.resolve("absent")));
    }

    @Test
    void theRealEngineReportsTheNativesItLoadedAndTheDevicesTheDriverShows() {
        EngineProbe.EngineStatus status = EngineProbe.probe();
        assertTrue(status.working(), status.problem());
        assertFalse(status.loadedLibraries().isEmpty(), "Linux lists the mapped natives");
        assertTrue(status.loadedLibraries().stream().anyMatch(path -> path.endsWith("libtorch_cpu.so")), status.toString());
        assertEquals(status.engineCuda() ? "cuda" : "cpu", status.flavour(), "the build the engine says it is");
        assertTrue(status.cudaDevices().isEmpty() || status.cudaDevices().get(0).startsWith("gpu(0)"), status.toString());
    }
}
