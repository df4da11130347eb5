package org.tagbench.ui.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.ClusteredXYBarRenderer;
import org.junit.jupiter.api.Test;

class DurationChartTest {
    private static final OverviewData THREE_CLIPS = new OverviewData(Map.of(),
            Map.of("train_curated", List.of(1.5, 2.0), "test", List.of(2.5)), Map.of(), 3);

    @Test
    void theSplitsBarsStandSideBySideInTheirOwnColours() {
        XYPlot plot = OverviewView.durationChart(THREE_CLIPS).getXYPlot();
        assertInstanceOf(ClusteredXYBarRenderer.class, plot.getRenderer(), "bars do not overlap");
        assertEquals(1f, plot.getForegroundAlpha(), "opaque: no mixed colours");
    }

    @Test
    void ticksAreWholeClipsAndWholeSeconds() {
        JFreeChart chart = OverviewView.durationChart(THREE_CLIPS);
        XYPlot plot = chart.getXYPlot();
        // the smallest tick unit an axis may choose, whatever its length
        assertEquals(1, plot.getRangeAxis().getStandardTickUnits().getCeilingTickUnit(0.01).getSize(), 1e-9);
        assertEquals(1, plot.getDomainAxis().getStandardTickUnits().getCeilingTickUnit(0.01).getSize(), 1e-9);
    }
}
