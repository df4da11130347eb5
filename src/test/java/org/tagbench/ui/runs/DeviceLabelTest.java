package org.tagbench.ui.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DeviceLabelTest {
    @Test
    void theEnginesDeviceNamesReadAsPeopleSayThem() {
        assertEquals("CPU", RunsViewModel.deviceLabel("cpu()"));
        assertEquals("GPU 0", RunsViewModel.deviceLabel("gpu(0)"));
        assertEquals("GPU 1", RunsViewModel.deviceLabel("gpu(1)"));
        assertEquals("GPU 0", RunsViewModel.deviceLabel("gpu"));
        assertEquals("CPU", RunsViewModel.deviceLabel("cpu"));
    }

    @Test
    void aMissingOrUnknownDeviceIsShownPlainly() {
        assertEquals("-", RunsViewModel.deviceLabel(null));
        assertEquals("tpu(3)", RunsViewModel.deviceLabel("tpu(3)"));
    }
}
