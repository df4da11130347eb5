package org.tagbench.ml.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import org.junit.jupiter.api.Test;

class DeviceChoiceTest {

    @Test
    void parsesTheThreeChoicesWhateverTheCase() {
        assertEquals(DeviceChoice.AUTO, DeviceChoice.parse(" Auto "));
        assertEquals(DeviceChoice.CPU, DeviceChoice.parse("cpu"));
        assertEquals(DeviceChoice.GPU, DeviceChoice.parse("GPU"));
    }

    @Test
    void rejectsAnUnknownChoiceNamingWhatIsAccepted() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> DeviceChoice.parse("tpu"));
        assertTrue(error.getMessage().contains("auto, cpu or gpu"), error.getMessage());
    }

    @Test
    void autoTakesTheFirstGpuWhenThereIsOneAndTheCpuOtherwise() {
        assertEquals(Device.gpu(), DeviceChoice.AUTO.resolve(2));
        assertEquals(Device.cpu(), DeviceChoice.AUTO.resolve(0));
    }

    @Test
    void cpuStaysOnTheCpuEvenWithGpus() {
        assertEquals(Device.cpu(), DeviceChoice.CPU.resolve(1));
    }

    @Test
    void gpuWithoutAGpuExplainsHowToPointDjlAtACudaLibtorch() {
        assertEquals(Device.gpu(), DeviceChoice.GPU.resolve(1));
        IllegalStateException error = assertThrows(IllegalStateException.class, () -> DeviceChoice.GPU.resolve(0));
        for (String hint : new String[] {"PYTORCH_LIBRARY_PATH", "PYTORCH_VERSION=2.7.1", "PYTORCH_FLAVOR", "cpu"}) {
            assertTrue(error.getMessage().contains(hint), "message lacks " + hint + ": " + error.getMessage());
        }
    }

    @Test
    void resolvingAgainstTheLoadedEngineAgreesWithItsGpuCount() {
        int gpus = TorchRuntime.engine().getGpuCount();
        assertEquals(gpus > 0 ? Device.gpu() : Device.cpu(), DeviceChoice.AUTO.resolve());
    }
}
