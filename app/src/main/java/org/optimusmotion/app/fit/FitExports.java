package org.optimusmotion.app.fit;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.optimusmotion.optimizer.io.AtomicFiles;
import org.optimusmotion.physics.io.bvh.BvhFromKeypoints;
import org.optimusmotion.physics.io.bvh.BvhWriter;
import org.optimusmotion.physics.metrics.MetricsReport;
import org.optimusmotion.physics.metrics.MotionMetrics;
import org.optimusmotion.physics.motion.KeypointSequence3D;

/**
 * Writes what a fit produced: the body as BVH, and metrics as JSON or CSV. Files are written
 * atomically. Stateless and thread-safe.
 */
public final class FitExports {

    /** One named column of metrics (an optimizer's fit). */
    public record NamedMetrics(String name, MetricsReport metrics) {
    }

    private FitExports() {
    }

    /** The metrics of a fit against the case's ground truth, or against its 3D input when there is none. */
    public static MetricsReport metrics(MotionCase c, FitPose pose) {
        KeypointSequence3D predicted = pose.toTrack();
        KeypointSequence3D reference = c.groundTruth().or(c::keypoints3d).orElse(predicted);
        int frames = Math.min(predicted.frameCount(), reference.frameCount());
        return MotionMetrics.report(predicted.slice(0, frames), reference.slice(0, frames), c.camera().orElse(null),
                c.keypoints2d().map(k -> k.slice(0, frames)).orElse(null));
    }

    /** Writes the fitted keypoints as rotational BVH (Blender-friendly, see {@link BvhFromKeypoints}). */
    public static void writeBvh(Path file, FitPose pose) throws IOException {
        new BvhWriter().write(file, BvhFromKeypoints.toBvh(pose.toTrack()));
    }

    /** Writes one JSON object per column: {@code {"Name": {metrics...}, ...}}. */
    public static void writeMetricsJson(Path file, List<NamedMetrics> columns) throws IOException {
        StringBuilder sb = new StringBuilder("{\n");
        for (int i = 0; i < columns.size(); i++) {
            NamedMetrics c = columns.get(i);
            String body = c.metrics().toJson().strip().replace("\n", "\n  ");
            sb.append("  \"").append(c.name().replace("\"", "'")).append("\": ").append(body)
                    .append(i + 1 < columns.size() ? ",\n" : "\n");
        }
        sb.append("}\n");
        AtomicFiles.writeString(file, sb.toString());
    }

    /** Writes {@code metric,column1,column2...} rows with the metric keys of {@code metrics.json}. */
    public static void writeMetricsCsv(Path file, List<NamedMetrics> columns) throws IOException {
        StringBuilder sb = new StringBuilder("metric");
        for (NamedMetrics c : columns) {
            sb.append(',').append(c.name().replace(",", " "));
        }
        sb.append('\n');
        for (MetricRow row : MetricRow.values()) {
            sb.append(row.key());
            for (NamedMetrics c : columns) {
                Double v = row.of(c.metrics());
                sb.append(',').append(v == null ? "" : String.format(Locale.ROOT, "%.6g", v));
            }
            sb.append('\n');
        }
        AtomicFiles.writeString(file, sb.toString());
    }
}
