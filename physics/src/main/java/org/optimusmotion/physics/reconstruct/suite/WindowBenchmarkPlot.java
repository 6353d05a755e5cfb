package org.optimusmotion.physics.reconstruct.suite;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.optimusmotion.optimizer.benchmark.LossCurvePlot;

/**
 * The windows benchmark as a picture: per optimizer, the median window's best loss over the reference's
 * final loss against the fraction of the window's budget spent ({@link WindowBenchmark#medianLossRatioCurve}).
 * A curve that crosses 1 left of ½ reaches the reference's loss in the median window within half the
 * evaluations: the issue 7 criterion.
 */
public final class WindowBenchmarkPlot {

    /** Points along the budget. */
    private static final int SAMPLES = 201;

    private WindowBenchmarkPlot() {
    }

    /** Writes the PNG {@code target} for {@code optimizers} (the reference first, as the runs are). */
    public static void write(List<WindowBenchmark.Run> runs, List<String> optimizers, String title, Path target)
            throws IOException {
        double[] fractions = new double[SAMPLES];
        for (int j = 0; j < SAMPLES; j++) {
            fractions[j] = (double) j / (SAMPLES - 1);
        }
        XYSeriesCollection data = new XYSeriesCollection();
        for (String name : optimizers) {
            double[] curve = WindowBenchmark.medianLossRatioCurve(runs, name, fractions);
            XYSeries series = new XYSeries(name, false, true);
            for (int j = 0; j < SAMPLES; j++) {
                if (Double.isFinite(curve[j]) && curve[j] > 0) {
                    series.add(fractions[j], curve[j]);
                }
            }
            data.addSeries(series);
        }
        NumberAxis budget = new NumberAxis("fraction of the window's evaluation budget");
        budget.setRange(0, 1);
        LogAxis ratio = LossCurvePlot.logAxis("median window: best loss / " + optimizers.get(0) + "'s final loss");
        ratio.setNumberFormatOverride(new java.text.DecimalFormat("0.##"));
        XYPlot plot = new XYPlot(data, budget, ratio, LossCurvePlot.lineRenderer(optimizers.size(), 2f));
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        BasicStroke dashed = new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f);
        ValueMarker reached = new ValueMarker(1.0, Color.DARK_GRAY, dashed);
        reached.setLabel("reference's final loss");
        reached.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
        reached.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
        plot.addRangeMarker(reached);
        ValueMarker half = new ValueMarker(0.5, Color.DARK_GRAY, dashed);
        half.setLabel("half the budget");
        half.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        half.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        plot.addDomainMarker(half);
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setTitle(new TextTitle(title, new Font("SansSerif", Font.BOLD, 14)));
        chart.setBackgroundPaint(Color.WHITE);
        LossCurvePlot.writePng(chart, 760, 460, target);
    }
}
