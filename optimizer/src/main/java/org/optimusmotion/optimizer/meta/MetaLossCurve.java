package org.optimusmotion.optimizer.meta;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.optimusmotion.optimizer.io.AtomicFiles;

/** Writes the meta-loss history as CSV ({@code step,meta_loss,smoothed}) and as a PNG line chart, atomically. */
public final class MetaLossCurve {

    /** EMA factor of the smoothed curve. */
    public static final double SMOOTHING = 0.98;
    private static final int WIDTH_PX = 900;
    private static final int HEIGHT_PX = 500;

    private MetaLossCurve() {
    }

    public static void writeCsv(Path file, double[] losses, int count) throws IOException {
        StringBuilder sb = new StringBuilder(32 * (count + 1));
        sb.append("step,meta_loss,smoothed\n");
        double ema = Double.NaN;
        for (int i = 0; i < count; i++) {
            ema = Double.isNaN(ema) ? losses[i] : SMOOTHING * ema + (1 - SMOOTHING) * losses[i];
            sb.append(i + 1).append(',').append(losses[i]).append(',').append(ema).append('\n');
        }
        AtomicFiles.writeString(file, sb.toString());
    }

    public static void writePng(Path file, double[] losses, int count, String title) throws IOException {
        XYSeries raw = new XYSeries("meta-loss");
        XYSeries smooth = new XYSeries("smoothed (EMA " + SMOOTHING + ")");
        double ema = Double.NaN;
        for (int i = 0; i < count; i++) {
            ema = Double.isNaN(ema) ? losses[i] : SMOOTHING * ema + (1 - SMOOTHING) * losses[i];
            raw.add(i + 1, losses[i]);
            smooth.add(i + 1, ema);
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(raw);
        data.addSeries(smooth);
        JFreeChart chart = ChartFactory.createXYLineChart(title, "outer step",
                "meta-loss  (mean log gap to f*, relative to start)", data, PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        r.setSeriesPaint(0, new Color(160, 190, 230));
        r.setSeriesPaint(1, new Color(20, 60, 160));
        r.setSeriesStroke(1, new BasicStroke(2f));
        plot.setRenderer(r);
        AtomicFiles.write(file, out -> ChartUtils.writeChartAsPNG(out, chart, WIDTH_PX, HEIGHT_PX));
    }
}
