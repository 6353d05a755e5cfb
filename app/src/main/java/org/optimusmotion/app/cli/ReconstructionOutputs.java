package org.optimusmotion.app.cli;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.optimusmotion.optimizer.benchmark.LossCurvePlot;
import org.optimusmotion.physics.io.bvh.BvhWriter;
import org.optimusmotion.physics.metrics.MetricsReport;
import org.optimusmotion.physics.metrics.MotionMetrics;
import org.optimusmotion.physics.motion.KeypointSequence3D;
import org.optimusmotion.physics.reconstruct.BodyBvhExport;
import org.optimusmotion.physics.reconstruct.CaseFiles;
import org.optimusmotion.physics.reconstruct.ReconstructionResult;
import org.optimusmotion.physics.reconstruct.WindowTrace;

/** Files written from a reconstruction: BVH, metrics, loss plots. Every write is atomic. */
final class ReconstructionOutputs {

    private static final Color[] PALETTE = {
        new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c), new Color(0xd62728), new Color(0x9467bd),
    };

    private ReconstructionOutputs() {
    }

    /** Writes {@code motion.bvh} of the committed frames (nothing when no window finished). */
    static void writeBvh(Path file, ReconstructionResult r, double fps) throws IOException {
        if (r.committedFrames() == 0) {
            return;
        }
        new BvhWriter().write(file, BodyBvhExport.toBvh(r.model(), r.jointAngles(), fps));
    }

    /**
     * Metrics of the committed frames against ground truth (trimmed to the same frames), or
     * {@code null} without ground truth or frames.
     */
    static MetricsReport metrics(ReconstructionResult r, CaseFiles.CaseData data) {
        KeypointSequence3D gt = data.groundTruth();
        int n = Math.min(r.committedFrames(), gt == null ? 0 : gt.frameCount());
        if (n < 2) {
            return null;
        }
        return MotionMetrics.report(r.simulated().slice(0, n), gt.slice(0, n), data.input().camera(), null);
    }

    /** One series of loss versus cumulative evaluations over all windows. */
    static XYSeries lossSeries(String label, ReconstructionResult r) {
        XYSeries s = new XYSeries(label, false, true);
        long offset = 0;
        for (WindowTrace w : r.windows()) {
            for (int i = 0; i < w.losses().length; i++) {
                if (Double.isFinite(w.losses()[i]) && w.losses()[i] > 0) {
                    s.add(offset + w.evaluations()[i], w.losses()[i]);
                }
            }
            offset += w.evaluationsUsed();
        }
        return s;
    }

    /** Loss (log axis) versus evaluations, one curve per run; windows follow each other along the x axis. */
    static void writeLossPlot(Path file, String title, List<String> labels, List<ReconstructionResult> runs)
            throws IOException {
        XYSeriesCollection data = new XYSeriesCollection();
        for (int i = 0; i < runs.size(); i++) {
            data.addSeries(lossSeries(labels.get(i), runs.get(i)));
        }
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < runs.size(); i++) {
            renderer.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
            renderer.setSeriesStroke(i, new BasicStroke(1.6f));
        }
        XYPlot plot = new XYPlot(data, new NumberAxis("objective evaluations (windows one after another)"),
                LossCurvePlot.logAxis("window loss"), renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        LossCurvePlot.writePng(chart, 900, 420, file);
    }
}
