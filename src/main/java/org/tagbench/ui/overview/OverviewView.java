package org.tagbench.ui.overview;

import java.awt.Color;
import java.awt.Font;
import java.util.List;
import java.util.Map;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.xy.ClusteredXYBarRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.statistics.HistogramDataset;
import org.jfree.data.statistics.HistogramType;
import org.tagbench.domain.LabelSource;
import org.tagbench.ui.charts.ChartStyle;

/**
 * Dataset overview with JFreeChart: clips per class stacked by label source, clip durations per split, and
 * labels per clip. Rebuilt from {@link OverviewData} whenever the workspace changes.
 */
public final class OverviewView extends GridPane {
    private static final Map<LabelSource, Color> SOURCE_COLOURS = Map.of(
            LabelSource.CURATED, new Color(0x2e7d32), LabelSource.NOISY, new Color(0xef6c00),
            LabelSource.USER, new Color(0x1565c0), LabelSource.PSEUDO, new Color(0x8e24aa),
            LabelSource.MODEL, new Color(0x607d8b));
    private static final int HISTOGRAM_BINS = 30;

    private final ChartViewer perClass = new ChartViewer(null);
    private final ChartViewer durations = new ChartViewer(null);
    private final ChartViewer labelsPerClip = new ChartViewer(null);

    public OverviewView(OverviewViewModel model) {
        setId("overview");
        setHgap(8);
        setVgap(8);
        perClass.setId("chart-per-class");
        durations.setId("chart-durations");
        labelsPerClip.setId("chart-labels-per-clip");
        add(perClass, 0, 0, 2, 1);
        add(durations, 0, 1);
        add(labelsPerClip, 1, 1);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        half.setHgrow(Priority.ALWAYS);
        getColumnConstraints().addAll(half, half);
        RowConstraints top = new RowConstraints();
        top.setPercentHeight(55);
        top.setVgrow(Priority.ALWAYS);
        RowConstraints bottom = new RowConstraints();
        bottom.setPercentHeight(45);
        bottom.setVgrow(Priority.ALWAYS);
        getRowConstraints().addAll(top, bottom);
        model.dataProperty().addListener((observable, before, after) -> show(after));
        show(model.dataProperty().get());
    }

    private void show(OverviewData data) {
        if (data == null) {
            return;
        }
        perClass.setChart(perClassChart(data));
        durations.setChart(durationChart(data));
        labelsPerClip.setChart(labelsPerClipChart(data));
    }

    private static JFreeChart perClassChart(OverviewData data) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        data.clipsPerClassBySource().forEach((className, bySource) -> bySource.forEach((source, count) ->
                dataset.addValue(count, source, className)));
        JFreeChart chart = ChartFactory.createStackedBarChart("Clips per class by label source", null, "clips",
                dataset, PlotOrientation.VERTICAL, true, true, false);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        plot.getDomainAxis().setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 9));
        BarRenderer renderer = ChartStyle.flat((BarRenderer) plot.getRenderer());
        for (int series = 0; series < dataset.getRowCount(); series++) {
            Color colour = SOURCE_COLOURS.get(LabelSource.fromDbName((String) dataset.getRowKey(series)));
            if (colour != null) {
                renderer.setSeriesPaint(series, colour);
            }
        }
        return ChartStyle.styled(chart);
    }

    /** Bars of the splits side by side (not overlapping translucent ones, which mix into other colours), whole ticks. */
    static JFreeChart durationChart(OverviewData data) {
        HistogramDataset dataset = new HistogramDataset();
        dataset.setType(HistogramType.FREQUENCY);
        double longest = data.durationsBySplit().values().stream().flatMap(List::stream)
                .mapToDouble(Double::doubleValue).max().orElse(1);
        data.durationsBySplit().forEach((split, values) -> dataset.addSeries(split,
                values.stream().mapToDouble(Double::doubleValue).toArray(), HISTOGRAM_BINS, 0, Math.max(1e-3, longest)));
        JFreeChart chart = ChartFactory.createHistogram("Clip duration by split", "seconds", "clips", dataset,
                PlotOrientation.VERTICAL, true, true, false);
        XYPlot plot = chart.getXYPlot();
        plot.setForegroundAlpha(1f);
        XYBarRenderer renderer = new ClusteredXYBarRenderer();
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        plot.setRenderer(renderer);
        // half a clip or half a second is no count: whole ticks on both axes
        plot.getRangeAxis().setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        plot.getDomainAxis().setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        return ChartStyle.styled(chart);
    }

    private static JFreeChart labelsPerClipChart(OverviewData data) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        data.clipsByLabelCount().forEach((labels, clips) -> dataset.addValue(clips, "clips", Integer.toString(labels)));
        JFreeChart chart = ChartFactory.createBarChart("Labels per clip", "labels", "clips", dataset,
                PlotOrientation.VERTICAL, false, true, false);
        BarRenderer renderer = ChartStyle.flat((BarRenderer) chart.getCategoryPlot().getRenderer());
        renderer.setSeriesPaint(0, new Color(0x3949ab));
        return ChartStyle.styled(chart);
    }
}
