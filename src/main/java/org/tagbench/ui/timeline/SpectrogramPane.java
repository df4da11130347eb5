package org.tagbench.ui.timeline;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.tagbench.app.inference.RunWindows;
import org.tagbench.dsp.CropSampler;
import org.tagbench.dsp.MelChunker;
import org.tagbench.dsp.MelConfig;

/**
 * The log-mel spectrogram on a canvas(), with a time axis, a mel axis labelled in Hz, a colour bar and the crop and
 * tile overlays, drawn as outlines (never a fill that would tint the data) and named in a legend. Each chunk of
 * frames becomes one image; colouring runs on a background thread, so the UI thread only copies finished pixels and scales images while zooming. Images are kept until a display setting changes.
 */
public final class SpectrogramPane extends CanvasRegion {
    public static final double LEFT = 64;
    public static final double RIGHT = 78;
    private static final double BOTTOM = 22;
    private static final double BAR_WIDTH = 14;
    private static final Color AXIS_TEXT = Color.web("#c9ced8");
    private static final Color CROP_EDGE = Color.web("#00e5ff", 0.95);
    private static final double[] CROP_DASHES = {7, 4};
    private static final Color LEGEND_BACKGROUND = Color.web("#14161c", 0.8);
    private static final Color STRENGTH = Color.web("#ffffff", 0.9);
    private static final Color TILE_A = Color.web("#ffd54f", 0.85);
    private static final Color TILE_B = Color.web("#ff8a65", 0.85);
    private static final Font SMALL = Font.font("System", 11);

    private final TimelineViewModel model;
    private final Executor raster;
    private final Map<Integer, WritableImage> images = new HashMap<>();
    private final Set<Integer> requested = new HashSet<>();
    private final SimpleBooleanProperty fullyPainted = new SimpleBooleanProperty(false);
    private Object paintedKey;
    private Image colourBarImage;
    private Object colourBarKey;
    private Runnable onImageReady = () -> { };
    private MelConfig centresConfig;
    private double[] centres;

    public SpectrogramPane(TimelineViewModel model, Executor raster) {
        super("spectrogram-canvas", 120);
        this.model = model;
        this.raster = raster;
    }

    /** True once every visible chunk of the current spectrogram has been drawn from a finished image. */
    public ReadOnlyBooleanProperty fullyPaintedProperty() {
        return fullyPainted;
    }

    public void setOnImageReady(Runnable callback) {
        onImageReady = callback;
    }

    @Override
    double cursorHeight() {
        return plotHeight();
    }

    @Override
    public TimeMapping mapping() {
        return new TimeMapping(model.viewStartProperty().get(), model.viewDurationProperty().get(), LEFT,
                Math.max(1, getWidth() - LEFT - RIGHT));
    }

    @Override
    Optional<HoverReadout> readoutAt(double x, double y) {
        ClipSpectrogram spectrogram = model.spectrogramProperty().get();
        if (spectrogram == null) {
            return Optional.empty();
        }
        return HoverReadout.spectrogram(x, y, mapping(), plotHeight(), model.visibleBands(),
                bandCentresHz(spectrogram.config()), spectrogram);
    }

    public double plotHeight() {
        return Math.max(1, getHeight() - BOTTOM);
    }

    public void redraw() {
        GraphicsContext g = canvas().getGraphicsContext2D();
        g.setFill(WaveformPane.BACKGROUND);
        g.fillRect(0, 0, canvas().getWidth(), canvas().getHeight());
        ClipSpectrogram spectrogram = model.spectrogramProperty().get();
        if (spectrogram == null || getWidth() <= LEFT + RIGHT) {
            fullyPainted.set(false);
            return;
        }
        TimeMapping mapping = mapping();
        int[] bands = model.visibleBands();
        forgetImagesIfSettingsChanged(spectrogram, bands);
        fullyPainted.set(drawChunks(g, spectrogram, mapping, bands));
        drawOverlays(g, spectrogram, mapping);
        TimelineDecorations.drawSelection(g, model, mapping, 0, plotHeight());
        drawTimeAxis(g, mapping);
        drawFrequencyAxis(g, spectrogram.config(), bands);
        drawColourBar(g);
    }

    private void forgetImagesIfSettingsChanged(ClipSpectrogram spectrogram, int[] bands) {
        Object key = List.of(System.identityHashCode(spectrogram), model.colormapProperty().get(),
                model.floorDbProperty().get(), model.ceilingDbProperty().get(), bands[0], bands[1]);
        if (!Objects.equals(key, paintedKey)) {
            paintedKey = key;
            images.clear();
            requested.clear();
        }
    }

    /** Draws the visible chunks that have images, asks for the missing ones; true when nothing was missing. */
    private boolean drawChunks(GraphicsContext g, ClipSpectrogram spectrogram, TimeMapping mapping, int[] bands) {
        double secondsPerFrame = spectrogram.secondsPerFrame();
        int firstChunk = spectrogram.chunkOfFrame((int) Math.floor(mapping.viewStart() / secondsPerFrame));
        int lastChunk = spectrogram.chunkOfFrame((int) Math.ceil(mapping.viewEnd() / secondsPerFrame));
        double pixelsPerFrame = secondsPerFrame / mapping.viewDuration() * mapping.width();
        g.setImageSmoothing(pixelsPerFrame < 1);
        g.save();
        g.beginPath();
        g.rect(LEFT, 0, mapping.width(), plotHeight());
        g.clip();
        boolean complete = true;
        for (int chunk = firstChunk; chunk <= lastChunk; chunk++) {
            WritableImage image = images.get(chunk);
            if (image == null) {
                complete = false;
                requestImage(spectrogram, chunk, bands);
                continue;
            }
            double x = mapping.x(spectrogram.chunkStart(chunk) * secondsPerFrame);
            double right = mapping.x((spectrogram.chunkStart(chunk) + spectrogram.chunkWidth(chunk)) * secondsPerFrame);
            g.drawImage(image, x, 0, right - x, plotHeight());
        }
        g.restore();
        return complete;
    }

    private void requestImage(ClipSpectrogram spectrogram, int chunk, int[] bands) {
        if (!spectrogram.isReady(chunk) || !requested.add(chunk)) {
            return;
        }
        Object key = paintedKey;
        Colormap colormap = model.colormapProperty().get();
        double floor = model.floorDbProperty().get();
        double ceiling = model.ceilingDbProperty().get();
        raster.execute(() -> {
            int[] pixels = SpectrogramRaster.paintChunk(spectrogram, chunk, bands[0], bands[1], colormap, floor, ceiling);
            Platform.runLater(() -> {
                if (!Objects.equals(key, paintedKey)) {
                    return;
                }
                int width = spectrogram.chunkWidth(chunk);
                int height = bands[1] - bands[0] + 1;
                WritableImage image = new WritableImage(width, height);
                image.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
                images.put(chunk, image);
                onImageReady.run();
            });
        });
    }

    /** The active run's windows, placed on the clip's timeline in the run's own frames (its hop, its trim). */
    private void drawOverlays(GraphicsContext g, ClipSpectrogram spectrogram, TimeMapping mapping) {
        double height = plotHeight();
        RunWindows windows = model.runWindowsProperty().get();
        g.save();
        g.beginPath();
        g.rect(LEFT, 0, mapping.width(), height);
        g.clip();
        if (model.showTilesProperty().get() && windows != null) {
            drawTiles(g, windows, mapping, height);
        }
        if (model.showCropsProperty().get() && windows != null) {
            drawCrops(g, windows, mapping, height);
        }
        g.restore();
        drawLegend(g, legend(), height);
    }

    public OverlayLegend legend() {
        return OverlayLegend.of(model.showCropsProperty().get(), model.showTilesProperty().get(),
                model.runWindowsProperty().get(), model.cropCountProperty().get(), model.cropSeedProperty().get());
    }

    /** The legend in the plot's bottom left corner: a sample of each overlay's stroke and its name. */
    private void drawLegend(GraphicsContext g, OverlayLegend legend, double height) {
        if (legend.isEmpty()) {
            return;
        }
        int rows = (legend.crops() == null ? 0 : 1) + (legend.tiles() == null ? 0 : 1);
        double rowHeight = 15;
        double top = height - 6 - rows * rowHeight;
        double left = LEFT + 6;
        g.setFill(LEGEND_BACKGROUND);
        double textWidth = 0;
        for (String line : new String[] {legend.crops(), legend.tiles()}) {
            textWidth = Math.max(textWidth, line == null ? 0 : textWidth(line));
        }
        g.fillRect(left, top, 36 + textWidth, rows * rowHeight + 2);
        g.setFont(SMALL);
        g.setTextAlign(TextAlignment.LEFT);
        double y = top + rowHeight / 2 + 1;
        if (legend.crops() != null) {
            g.setStroke(CROP_EDGE);
            g.setLineDashes(CROP_DASHES);
            g.setLineWidth(1.5);
            g.strokeLine(left + 4, y, left + 26, y);
            g.setLineDashes((double[]) null);
            g.setFill(AXIS_TEXT);
            g.fillText(legend.crops(), left + 32, y + 4);
            y += rowHeight;
        }
        if (legend.tiles() != null) {
            g.setLineWidth(3);
            g.setStroke(TILE_A);
            g.strokeLine(left + 4, y, left + 14, y);
            g.setStroke(TILE_B);
            g.strokeLine(left + 16, y, left + 26, y);
            g.setFill(AXIS_TEXT);
            g.fillText(legend.tiles(), left + 32, y + 4);
        }
        g.setLineWidth(1);
    }

    private void drawTiles(GraphicsContext g, RunWindows windows, TimeMapping mapping, double height) {
        int[] starts = model.tileStarts();
        int tileFrames = model.tileFrames();
        for (int i = 0; i < starts.length; i++) {
            double x = mapping.x(windows.seconds(starts[i]));
            double right = mapping.x(windows.seconds(starts[i] + tileFrames));
            double y = 4 + (i % 4) * 7;
            g.setStroke(i % 2 == 0 ? TILE_A : TILE_B);
            g.setLineWidth(3);
            g.strokeLine(x + 1, y, right - 1, y);
            g.setLineWidth(1);
            g.strokeLine(x + 0.5, y - 3, x + 0.5, height);
        }
    }

    private void drawCrops(GraphicsContext g, RunWindows windows, TimeMapping mapping, double height) {
        int width = windows.plan().inputFrames();
        for (int start : model.cropStarts()) {
            double x = mapping.x(windows.seconds(start));
            double right = mapping.x(windows.seconds(start + width));
            g.setStroke(CROP_EDGE);
            g.setLineWidth(1.5);
            g.setLineDashes(CROP_DASHES);
            g.strokeRect(x + 0.75, 0.75, right - x - 1.5, height - 1.5);
        }
        g.setLineDashes((double[]) null);
        if (windows.trainingSampler() != CropSampler.STRENGTH_ADAPTIVE) {
            return;
        }
        double[] strengths = windows.strengths();
        double halfWindow = windows.firstStrengthStart() + width / 2.0;
        g.setStroke(STRENGTH);
        g.setLineWidth(1.5);
        g.beginPath();
        int step = Math.max(1, (int) (strengths.length / Math.max(1, mapping.width())));
        for (int start = 0; start < strengths.length; start += step) {
            double x = mapping.x(windows.seconds(start + halfWindow));
            double y = height - 4 - strengths[start] * (height * 0.45);
            if (start == 0) {
                g.moveTo(x, y);
            } else {
                g.lineTo(x, y);
            }
        }
        g.stroke();
        g.setLineWidth(1);
    }

    private void drawTimeAxis(GraphicsContext g, TimeMapping mapping) {
        double top = plotHeight();
        double step = mapping.tickStep(70);
        g.setFill(AXIS_TEXT);
        g.setStroke(AXIS_TEXT);
        g.setFont(SMALL);
        g.setTextAlign(TextAlignment.CENTER);
        for (double t = Math.ceil(mapping.viewStart() / step) * step; t <= mapping.viewEnd() + 1e-9; t += step) {
            double x = Math.round(mapping.x(t)) + 0.5;
            g.strokeLine(x, top, x, top + 4);
            g.fillText(TimeMapping.label(t, step) + " s", x, top + 16);
        }
    }

    /** The bands' centre frequencies, computed once per mel preset: the hover readout asks on every mouse move. */
    private double[] bandCentresHz(MelConfig config) {
        if (!config.equals(centresConfig)) {
            centres = MelChunker.bandCentresHz(config);
            centresConfig = config;
        }
        return centres;
    }

    private void drawFrequencyAxis(GraphicsContext g, MelConfig config, int[] bands) {
        double[] centres = bandCentresHz(config);
        double height = plotHeight();
        int visible = bands[1] - bands[0] + 1;
        g.setFill(AXIS_TEXT);
        g.setStroke(AXIS_TEXT);
        g.setFont(SMALL);
        g.setTextAlign(TextAlignment.RIGHT);
        int labels = Math.max(2, (int) (height / 28));
        for (int i = 0; i <= labels; i++) {
            int band = bands[0] + (int) Math.round((double) i / labels * (visible - 1));
            double y = height - ((band - bands[0]) + 0.5) / visible * height;
            g.strokeLine(LEFT - 4, Math.round(y) + 0.5, LEFT, Math.round(y) + 0.5);
            g.fillText(hertz(centres[band]), LEFT - 6, y + 4);
        }
        g.save();
        g.translate(11, height / 2);
        g.rotate(-90);
        g.setTextAlign(TextAlignment.CENTER);
        g.fillText("mel band (Hz)", 0, 0);
        g.restore();
    }

    private static double textWidth(String line) {
        Text text = new Text(line);
        text.setFont(SMALL);
        return text.getLayoutBounds().getWidth();
    }

    /** One image instead of a fill per pixel row: the bar is redrawn with the spectrogram (chunks arriving, zoom, scroll). */
    private Image colourBar(int height) {
        Object key = List.of(model.colormapProperty().get(), height);
        if (!key.equals(colourBarKey)) {
            int[] column = SpectrogramRaster.colourBar(model.colormapProperty().get(), height);
            int width = (int) BAR_WIDTH;
            int[] pixels = new int[width * height];
            for (int row = 0; row < height; row++) {
                Arrays.fill(pixels, row * width, (row + 1) * width, column[row] | 0xFF000000);
            }
            WritableImage image = new WritableImage(width, Math.max(1, height));
            image.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
            colourBarImage = image;
            colourBarKey = key;
        }
        return colourBarImage;
    }

    private static String hertz(double hz) {
        return hz >= 1000 ? String.format(Locale.ROOT, "%.1fk", hz / 1000) : String.format(Locale.ROOT, "%.0f", hz);
    }

    private void drawColourBar(GraphicsContext g) {
        double height = plotHeight();
        double x = canvas().getWidth() - RIGHT + 10;
        g.setImageSmoothing(false);
        g.drawImage(colourBar((int) height), x, 0);
        g.setFill(AXIS_TEXT);
        g.setFont(SMALL);
        g.setTextAlign(TextAlignment.LEFT);
        double ceiling = model.ceilingDbProperty().get();
        double floor = model.floorDbProperty().get();
        for (int i = 0; i <= 4; i++) {
            double y = i / 4.0 * (height - 1);
            double db = ceiling - i / 4.0 * (ceiling - floor);
            g.fillText(String.format(Locale.ROOT, "%.0f", db), x + BAR_WIDTH + 4, Math.min(height - 2, Math.max(10, y + 4)));
        }
        g.fillText("dB", x + BAR_WIDTH + 4, height + 16);
    }
}
