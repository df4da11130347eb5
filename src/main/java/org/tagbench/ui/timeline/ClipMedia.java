package org.tagbench.ui.timeline;

import java.util.List;
import org.tagbench.store.ClipRecord;

/** A decoded clip ready to draw and play: its samples at the display rate and their min/max summary. */
public record ClipMedia(ClipRecord clip, float[] samples, int sampleRate, WaveformSummary waveform, List<String> warnings) {
    public double durationSeconds() {
        return (double) samples.length / sampleRate;
    }
}
