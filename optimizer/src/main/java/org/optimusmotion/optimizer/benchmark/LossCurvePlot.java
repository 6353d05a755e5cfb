package org.optimusmotion.optimizer.benchmark;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.optimusmotion.optimizer.io.AtomicFiles;

/**
 * Loss-versus-steps plots of benchmark runs: one PNG per function, one panel per dimension, one
 * curve per contender, optimality gap on a log axis.
 */
public final class LossCurvePlot {

    /** Gaps at or below zero are drawn at this floor so they fit on the log axis. */
    public static final double LOG_FLOOR = 1e-16;

    private static final Color[] PALETTE = {
        new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c), new Color(0xd62728),
        new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f),
    };

    private LossCurvePlot() {
    }

    /**
     * Writes {@code target} (PNG) with one panel per problem of {@code problemIndices} (usually the
     * same function at several dimensions).
     */
    public static void writeFunctionPlot(BenchmarkResults results, String function, List<Integer> problemIndices,
                                         Path target) throws IOException {
        CombinedRangeXYPlot combined = new CombinedRangeXYPlot(logAxis("f - f*"));
        combined.setGap(12);
        for (int p : problemIndices) {
            XYSeriesCollection data = new XYSeriesCollection();
            for (int c = 0; c < results.contenders().size(); c++) {
                RunRecord r = results.record(p, c);
                XYSeries series = new XYSeries(results.contenders().get(c).label(), false, true);
                for (int k = 0; k < r.trace().size(); k++) {
                    double g = r.trace().gap(k);
                    if (!Double.isNaN(g)) {
                        series.add(k, Math.max(g, LOG_FLOOR));
                    }
                }
                data.addSeries(series);
            }
            NumberAxis steps = new NumberAxis("steps (n = " + results.problems().get(p).dimension() + ")");
            XYLineAndShapeRenderer renderer = lineRenderer(results.contenders().size(), 1.6f);
            XYPlot plot = new XYPlot(data, steps, null, renderer);
            plot.setBackgroundPaint(Color.WHITE);
            plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
            plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
            combined.add(plot);
        }
        // Every panel has the same curves: show one legend entry per contender, not one per panel.
        @SuppressWarnings("unchecked")
        java.util.List<XYPlot> panels = combined.getSubplots();
        if (!panels.isEmpty()) {
            combined.setFixedLegendItems(panels.get(0).getLegendItems());
        }
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, combined, true);
        chart.setTitle(new TextTitle(function + ": optimality gap vs steps", new Font("SansSerif", Font.BOLD, 14)));
        chart.setBackgroundPaint(Color.WHITE);
        writePng(chart, 360 * Math.max(1, problemIndices.size()), 340, target);
    }

    /** Renders a chart to PNG, atomically. */
    public static void writePng(JFreeChart chart, int width, int height, Path target) throws IOException {
        BufferedImage image = chart.createBufferedImage(width, height);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        AtomicFiles.writeBytes(target, bytes.toByteArray());
    }

    /** A line renderer with the benchmark colours, one solid stroke per series. */
    public static XYLineAndShapeRenderer lineRenderer(int series, float width) {
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        for (int c = 0; c < series; c++) {
            renderer.setSeriesPaint(c, PALETTE[c % PALETTE.length]);
            renderer.setSeriesStroke(c, new BasicStroke(width));
        }
        return renderer;
    }

    /** A log axis that tolerates the tiny values optimizers reach. */
    public static LogAxis logAxis(String label) {
        LogAxis axis = new LogAxis(label);
        axis.setSmallestValue(LOG_FLOOR);
        axis.setBase(10);
        axis.setNumberFormatOverride(new java.text.DecimalFormat("0.0E0"));
        return axis;
    }

}
