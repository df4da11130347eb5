package org.tagbench.ui.timeline;

import java.util.Locale;
import java.util.Optional;

/**
 * What the pointer is over, as Sonic Visualiser shows it: the time and, on the spectrogram, the mel band's centre
 * frequency and the decibels the view draws there; on the waveform, the min and max of the summary bucket under
 * the pointer. Only lookups, cheap enough for every mouse move on the UI thread.
 */
public sealed interface HoverReadout {

    /** The line the label shows. */
    String text();

    /** A point of the spectrogram; {@code decibels} is NaN while the frame's chunk is still being computed. */
    record Spectrogram(double seconds, int band, double hz, double decibels) implements HoverReadout {
        @Override
        public String text() {
            String db = Double.isNaN(decibels) ? "… dB" : String.format(Locale.ROOT, "%.1f dB", decibels);
            return String.format(Locale.ROOT, "%.3f s   %.0f Hz   %s", seconds, hz, db);
        }
    }

    /** A column of the waveform: the extremes of the samples it stands for. */
    record Waveform(double seconds, double min, double max) implements HoverReadout {
        @Override
        public String text() {
            return String.format(Locale.ROOT, "%.3f s   %.3f to %.3f", seconds, min, max);
        }
    }

    /**
     * The readout at canvas (x, y) of a spectrogram drawn with {@code mapping} over a plot {@code plotHeight} high
     * showing bands [bands[0], bands[1]] with the highest band on the top row, as {@link SpectrogramRaster} paints
     * them; empty outside the plot or the clip.
     */
    static Optional<HoverReadout> spectrogram(double x, double y, TimeMapping mapping, double plotHeight, int[] bands,
                                              double[] bandCentresHz, ClipSpectrogram spectrogram) {
        if (!insidePlot(x, mapping) || y < 0 || y >= plotHeight) {
            return Optional.empty();
        }
        double seconds = mapping.seconds(x);
        int frame = (int) Math.floor(seconds / spectrogram.secondsPerFrame());
        if (seconds < 0 || frame >= spectrogram.frames()) {
            return Optional.empty();
        }
        int visible = bands[1] - bands[0] + 1;
        int band = bands[1] - Math.min(visible - 1, (int) Math.floor(y / plotHeight * visible));
        double decibels = spectrogram.isReady(spectrogram.chunkOfFrame(frame)) ? spectrogram.value(band, frame) : Double.NaN;
        return Optional.of(new Spectrogram(seconds, band, bandCentresHz[band], decibels));
    }

    /** The readout at canvas x of a waveform drawn with {@code mapping}: the extremes of the pixel column there. */
    static Optional<HoverReadout> waveform(double x, TimeMapping mapping, WaveformSummary summary) {
        if (!insidePlot(x, mapping)) {
            return Optional.empty();
        }
        double column = Math.floor(x - mapping.left());
        double from = mapping.seconds(mapping.left() + column);
        double to = mapping.seconds(mapping.left() + column + 1);
        float[][] extremes = from < 0 ? null : summary.columns(from, to, 1);
        if (extremes == null || Float.isNaN(extremes[0][0])) {
            return Optional.empty();
        }
        return Optional.of(new Waveform(mapping.seconds(x), extremes[0][0], extremes[1][0]));
    }

    private static boolean insidePlot(double x, TimeMapping mapping) {
        return x >= mapping.left() && x < mapping.left() + mapping.width();
    }
}
