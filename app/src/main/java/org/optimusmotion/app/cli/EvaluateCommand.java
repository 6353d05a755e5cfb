package org.optimusmotion.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.optimusmotion.physics.camera.Camera;
import org.optimusmotion.optimizer.io.AtomicFiles;
import org.optimusmotion.physics.io.MotionFiles;
import org.optimusmotion.physics.io.MotionFormatException;
import org.optimusmotion.physics.metrics.MetricsReport;
import org.optimusmotion.physics.metrics.MotionMetrics;
import org.optimusmotion.physics.motion.KeypointSequence2D;
import org.optimusmotion.physics.motion.KeypointSequence3D;
import org.optimusmotion.physics.reconstruct.CaseFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code optimus evaluate --pred FILE --gt FILE|DIR [--camera FILE]}: prints the metrics JSON of a
 * prediction against ground truth (keys {@code mpjpe_g_mm, mpjpe_mm, mpjpe_pa_mm, mpjpe_2d_px, tv,
 * foot_skate}, definitions in {@link MotionMetrics}).
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Prints MPJPE-G, MPJPE, MPJPE-PA, MPJPE-2d, TV and foot skate of a prediction as JSON.",
            "Tracks: .bvh, .trc or 3D CSV (docs/formats.md).",
            "Ground truth at another frame rate is resampled linearly to the prediction's;",
            "the frame counts may then differ by one frame at most.",
            "MPJPE-2d needs a camera; its 2D ground truth is --gt2d or the projected --gt."})
public final class EvaluateCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--pred", required = true, paramLabel = "FILE", description = "Predicted 3D track.")
    Path pred;

    @Option(names = "--gt", required = true, paramLabel = "FILE|DIR",
            description = "Ground-truth 3D track, or a case folder with ground_truth.bvh/.csv (and camera.json).")
    Path gt;

    @Option(names = "--camera", paramLabel = "FILE",
            description = "Camera for MPJPE-2d: our camera JSON or a Pose2Sim Calib*.toml.")
    Path camera;

    @Option(names = "--camera-name", paramLabel = "NAME", description = "Camera table in a TOML with several cameras.")
    String cameraName;

    @Option(names = "--gt2d", paramLabel = "FILE|DIR",
            description = "2D ground truth of that camera (OpenPose folder, COCO/MediaPipe JSON, CSV).")
    Path gt2d;

    @Option(names = "--fps", defaultValue = "0", paramLabel = "F",
            description = "Frame rate of CSV/OpenPose inputs that do not store one (default: required in the file).")
    double fps;

    @Option(names = "--out", paramLabel = "FILE", description = "Also write the JSON to this file (atomically).")
    Path out;

    @Override
    public Integer call() throws Exception {
        KeypointSequence3D truth = TrackInputs.read3D(gt, fps);
        KeypointSequence3D prediction = TrackInputs.read3D(pred, fps);
        try {
            // Metrics of an empty, cut-off or km-scale track would print as nulls or nonsense with exit 0.
            CaseFiles.requirePlausible(TrackInputs.file3D(gt), truth);
            CaseFiles.requirePlausible(TrackInputs.file3D(pred), prediction);
        } catch (MotionFormatException e) {
            throw new UserError(e.getMessage(), e);
        }
        if (Math.abs(prediction.fps() - truth.fps()) > 1e-6 * truth.fps()) {
            // Compare at the prediction's frame times: ground truth is usually denser (mocap at 120 Hz).
            truth = truth.resample(prediction.fps());
        }
        int diff = prediction.frameCount() - truth.frameCount();
        if (Math.abs(diff) > 1) {
            throw new UserError("frame counts disagree: " + pred + " has " + prediction.frameCount() + " frames, "
                    + gt + " has " + truth.frameCount() + " at " + prediction.fps() + " fps");
        }
        int n = Math.min(prediction.frameCount(), truth.frameCount());
        prediction = prediction.slice(0, n);
        truth = truth.slice(0, n);
        Path cameraFile = camera != null ? camera : TrackInputs.caseCamera(gt);
        Camera cam = cameraFile == null ? null : TrackInputs.camera(cameraFile, cameraName);
        KeypointSequence2D truth2d = null;
        if (gt2d != null) {
            if (cam == null) {
                throw new UserError("--gt2d needs --camera");
            }
            truth2d = MotionFiles.read2D(gt2d, truth.fps(), cam.widthPx(), cam.heightPx());
            if (truth2d.frameCount() != n) {
                throw new UserError("frame counts disagree: " + gt2d + " has " + truth2d.frameCount()
                        + " frames, the 3D tracks " + n);
            }
        }
        MetricsReport report = MotionMetrics.report(prediction, truth, cam, truth2d);
        String json = report.toJson();
        spec.commandLine().getOut().println(json);
        if (out != null) {
            AtomicFiles.writeString(out, json + "\n");
        }
        return 0;
    }
}
