package org.tagbench.ui.charts;

import java.awt.Color;
import java.awt.Font;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;

/** The look every chart of the window shares: a small bold title, white around a light grey plot, flat bars. */
public final class ChartStyle {
    private ChartStyle() {}

    public static JFreeChart styled(JFreeChart chart) {
        chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
        chart.setBackgroundPaint(Color.WHITE);
        chart.getPlot().setBackgroundPaint(new Color(0xf5f6f8));
        return chart;
    }

    /** Flat bars without shadows. */
    public static BarRenderer flat(BarRenderer renderer) {
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        return renderer;
    }
}
