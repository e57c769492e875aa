package eu.hubtable.impact.ui;

import eu.hubtable.impact.Figure;
import eu.hubtable.impact.HubIndicators;
import eu.hubtable.impact.Indicator;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Function;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The period against the previous one as a bar chart, drawn on the server (JFreeChart, LGPL) and sent
 * as PNG: no frontend bundle. JFreeSVG would give SVG but is GPL, so it is not used. The rate is left
 * out (another unit); the table next to the chart carries every figure for screen readers.
 */
final class IndicatorChart {

    static final int WIDTH = 900;
    static final int HEIGHT = 420;

    private IndicatorChart() {
    }

    static byte[] png(HubIndicators figures, Function<String, String> translate) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String current = translate.apply("impact.column.current");
        String previous = translate.apply("impact.column.previous");
        for (Figure figure : figures.figures()) {
            if (figure.indicator() == Indicator.ATTENDANCE_RATE) {
                continue;
            }
            String label = translate.apply("impact.indicator." + figure.indicator().name());
            data.addValue(figure.previous(), previous, label);
            data.addValue(figure.current(), current, label);
        }
        JFreeChart chart = org.jfree.chart.ChartFactory.createBarChart(null, null, null, data, PlotOrientation.VERTICAL, true, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xCCCCCC));
        plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        BarRenderer bars = (BarRenderer) plot.getRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        // colours told apart with the common colour-vision deficiencies (Okabe-Ito grey and blue)
        bars.setSeriesPaint(0, new Color(0x999999));
        bars.setSeriesPaint(1, new Color(0x0072B2));
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ChartUtils.writeChartAsPNG(out, chart, WIDTH, HEIGHT);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
