package org.tagbench.ml.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tagbench.dsp.ClipWindows;
import org.tagbench.dsp.TileGrid;
import org.tagbench.dsp.TimeCrop;

class WindowScoringTest {
    /** One "class": the loudest value of the window, so a prediction tells whether the window saw the event. */
    private static final WindowScoring.Model LOUDEST = (windows, globals) -> windows.stream()
            .map(w -> new float[] {(float) Arrays.stream(w).flatMapToDouble(row -> {
                double[] values = new double[row.length];
                for (int t = 0; t < row.length; t++) {
                    values[t] = row[t];
                }
                return Arrays.stream(values);
            }).max().orElse(Double.NaN)}).toArray(float[][]::new);

    @Test
    void aLongClipIsJudgedOnAllOfItNotOnItsCentre() {
        // 15 s of quiet with an event in the last second (the old centre crop saw only the quiet middle)
        float[][] clip = new float[4][1300];
        for (float[] band : clip) {
            Arrays.fill(band, -80f);
            Arrays.fill(band, 1220, 1280, 0f);
        }
        WindowScoring tiles = new WindowScoring(ClipWindows.tiles(128, 64), false, 8192);
        float seen = tiles.score(List.<float[][]>of(clip), List.of(LOUDEST)).get(0)[0][0];
        assertTrue(seen > -80f, "some tile covers the event: " + seen);
    }

    @Test
    void predictionsAreTheMeanOverTheWindowsInferenceCuts() {
        float[][] clip = ramp(2, 300);
        ClipWindows windows = ClipWindows.tiles(128, 48);
        List<float[][]> cut = new ArrayList<>();
        for (int start : new TileGrid(128, 48).starts(300)) {
            cut.add(TimeCrop.crop(clip, start, 128, TimeCrop.minimum(clip)));
        }
        double mean = Arrays.stream(LOUDEST.probabilities(cut, null)).mapToDouble(row -> row[0]).average().orElseThrow();
        float scored = new WindowScoring(windows, false, 8192).score(List.<float[][]>of(clip), List.of(LOUDEST)).get(0)[0][0];
        assertEquals(mean, scored, 1e-3);
    }

    @Test
    void windowsAreChosenOnTheDecibelsAndCutFromTheStandardisedClip() {
        float[][] clip = new float[8][600];
        for (float[] band : clip) {
            Arrays.fill(band, -80f);
            Arrays.fill(band, 500, 540, -10f);
        }
        ClipWindows adaptive = new ClipWindows(ClipWindows.Kind.STRENGTH_ADAPTIVE_CROPS, 64, 64, 20, 3);
        List<float[][]> seen = new ArrayList<>();
        WindowScoring.Model recorder = (windows, globals) -> {
            seen.addAll(windows);
            return LOUDEST.probabilities(windows, null);
        };
        new WindowScoring(adaptive, true, 8192).score(List.<float[][]>of(clip), List.of(recorder));
        float[][] standardised = ClipStandardizer.standardize(clip);
        int[] starts = adaptive.starts(clip);
        assertEquals(20, seen.size());
        for (int i = 0; i < starts.length; i++) {
            assertTrue(starts[i] > 500 - 64 && starts[i] < 540, "crop " + starts[i] + " covers the loud part");
            assertArrayEquals(TimeCrop.crop(standardised, starts[i], 64, TimeCrop.minimum(standardised))[0],
                    seen.get(i)[0]);
        }
    }

    @Test
    void aClipWithNoFramesIsScoredOnFiniteValues() {
        // the old ml.data.TimeCrop padded with the minimum of nothing, +Infinity
        float[][] empty = new float[4][0];
        for (ClipWindows.Kind kind : ClipWindows.Kind.values()) {
            List<float[][]> seen = new ArrayList<>();
            WindowScoring.Model recorder = (windows, globals) -> {
                seen.addAll(windows);
                return LOUDEST.probabilities(windows, null);
            };
            new WindowScoring(new ClipWindows(kind, 16, 8, 2, 1), true, 4096).score(List.<float[][]>of(empty), List.of(recorder));
            for (float[][] window : seen) {
                for (float[] band : window) {
                    for (float value : band) {
                        assertTrue(Float.isFinite(value), kind + " pads an empty clip with " + value);
                    }
                }
            }
        }
    }

    private static float[][] ramp(int bands, int frames) {
        float[][] clip = new float[bands][frames];
        for (float[] band : clip) {
            for (int t = 0; t < frames; t++) {
                band[t] = t;
            }
        }
        return clip;
    }
}
