package org.optimusmotion.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.optimusmotion.optimizer.io.AtomicFiles;
import org.optimusmotion.physics.camera.Camera;
import org.optimusmotion.physics.camera.Pose2SimCalibration;
import org.optimusmotion.physics.io.MotionFiles;
import org.optimusmotion.physics.io.keypoints.Keypoints3DCsv;
import org.optimusmotion.physics.model.Keypoint;
import org.optimusmotion.physics.motion.KeypointSequence2D;
import org.optimusmotion.physics.motion.KeypointSequence3D;
import org.optimusmotion.physics.triangulate.PerKeypointError;
import org.optimusmotion.physics.triangulate.ReprojectionSummary;
import org.optimusmotion.physics.triangulate.TrackTriangulator;
import org.optimusmotion.physics.triangulate.TriangulationConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code optimus triangulate --keypoints2d F1,F2,... --calibration Calib.toml --out DIR}: triangulates
 * the 2D tracks of several calibrated views ({@link TrackTriangulator}) and writes
 * {@value #POINTS} (our 3D CSV, usable as ground truth by {@code evaluate}), {@value #REPROJECTION}
 * (median/mean reprojection error per keypoint, per view, overall) and, with {@code --reference},
 * {@value #REFERENCE_ERROR} (per-keypoint 3D distance to a reference track, mm).
 */
@Command(name = "triangulate", mixinStandardHelpOptions = true,
        description = {"Triangulates the 2D keypoint tracks of several calibrated views into 3D keypoints.",
            "2D tracks: OpenPose JSON folders, COCO/MediaPipe JSON, MediaPipe or our CSV (docs/formats.md).",
            "Writes triangulated.csv, reprojection.json and, with --reference, reference_error.json."})
public final class TriangulateCommand implements Callable<Integer> {

    static final String POINTS = "triangulated.csv";
    static final String REPROJECTION = "reprojection.json";
    static final String REFERENCE_ERROR = "reference_error.json";

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--keypoints2d", required = true, split = ",", paramLabel = "F1,F2[,...]",
            description = "2D tracks, one per view, in the order of the cameras.")
    List<Path> keypoints2d;

    @Option(names = "--calibration", required = true, paramLabel = "FILE",
            description = "Pose2Sim calibration (Calib*.toml) with the cameras of the views.")
    Path calibration;

    @Option(names = "--cameras", split = ",", paramLabel = "NAME[,...]",
            description = "Camera tables for the views, in order (default: all tables in file order).")
    List<String> cameraNames;

    @Option(names = "--fps", defaultValue = "60", paramLabel = "F",
            description = "Frame rate of 2D formats that do not store one, e.g. OpenPose (default ${DEFAULT-VALUE}).")
    double fps;

    @Option(names = "--min-confidence", defaultValue = "0.3", paramLabel = "C",
            description = "Detections below this confidence are not used (default ${DEFAULT-VALUE}).")
    double minConfidence;

    @Option(names = "--max-reprojection-px", defaultValue = "15", paramLabel = "PX",
            description = "Views with a larger reprojection error are dropped, worst first (default ${DEFAULT-VALUE}; 'Infinity' keeps all).")
    double maxReprojectionPx;

    @Option(names = "--reference", paramLabel = "FILE",
            description = "Reference 3D track of the same frames (.trc, .csv, .bvh) to measure the triangulation against.")
    Path reference;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
    Path out;

    @Override
    public Integer call() throws IOException {
        TriangulationConfig config;
        try {
            config = TriangulationConfig.DEFAULT.withMinConfidence(minConfidence).withMaxReprojectionPx(maxReprojectionPx);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage(), e);
        }
        Map<String, Camera> all = new Pose2SimCalibration().read(calibration);
        List<String> names = cameraNames != null ? cameraNames : new ArrayList<>(all.keySet());
        if (names.size() != keypoints2d.size()) {
            throw new UserError(keypoints2d.size() + " 2D tracks but " + names.size() + " cameras " + names + " in "
                    + calibration + (cameraNames == null ? "; choose them with --cameras" : ""));
        }
        if (names.size() < 2) {
            throw new UserError("triangulation needs at least 2 views, got " + names.size());
        }
        List<Camera> cameras = new ArrayList<>();
        List<KeypointSequence2D> tracks = new ArrayList<>();
        for (int v = 0; v < names.size(); v++) {
            Camera c = all.get(names.get(v));
            if (c == null) {
                throw new UserError(calibration + " has no camera '" + names.get(v) + "'; it has " + all.keySet());
            }
            cameras.add(c);
            tracks.add(MotionFiles.read2D(keypoints2d.get(v), fps, c.widthPx(), c.heightPx()));
        }
        for (int v = 1; v < tracks.size(); v++) {
            if (tracks.get(v).frameCount() != tracks.get(0).frameCount()) {
                throw new UserError(keypoints2d.get(v) + " has " + tracks.get(v).frameCount() + " frames, "
                        + keypoints2d.get(0) + " has " + tracks.get(0).frameCount());
            }
        }
        // The reference and the output folder are checked before the work, so a bad one fails first.
        KeypointSequence3D ref = null;
        if (reference != null) {
            double trackFps = tracks.get(0).fps();
            ref = TrackInputs.read3D(reference, trackFps);
            if (Math.abs(ref.fps() - trackFps) > 1e-6 * ref.fps()) {
                ref = ref.resample(trackFps);
            }
            if (ref.frameCount() != tracks.get(0).frameCount()) {
                throw new UserError(reference + " has " + ref.frameCount() + " frames, the 2D tracks "
                        + tracks.get(0).frameCount());
            }
        }
        OutputFolder.prepare(out);
        TrackTriangulator.Result result = new TrackTriangulator(config).triangulate(cameras, tracks);
        new Keypoints3DCsv().write(out.resolve(POINTS), result.points());
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("calibration", calibration.toString());
        summary.put("keypoints2d", keypoints2d.stream().map(Path::toString).toList());
        summary.put("min_confidence", minConfidence);
        summary.put("max_reprojection_px", Double.isInfinite(maxReprojectionPx) ? null : maxReprojectionPx);
        summary.putAll(ReprojectionSummary.of(result, names));
        AtomicFiles.writeString(out.resolve(REPROJECTION), ReconstructCommand.JSON.writeValueAsString(summary) + "\n");
        PrintWriter o = spec.commandLine().getOut();
        o.println("triangulated " + result.points().frameCount() + " frames x " + Keypoint.COUNT + " keypoints from "
                + names.size() + " views: " + summary.get("points"));
        o.println("reprojection error: " + summary.get("overall") + " -> " + out.resolve(REPROJECTION));
        if (ref != null) {
            Map<String, Object> err = new LinkedHashMap<>();
            err.put("reference", reference.toString());
            err.putAll(PerKeypointError.of(result.points(), ref));
            AtomicFiles.writeString(out.resolve(REFERENCE_ERROR), ReconstructCommand.JSON.writeValueAsString(err) + "\n");
            o.println("distance to the reference: " + err.get("overall") + " -> " + out.resolve(REFERENCE_ERROR));
        }
        o.flush();
        return 0;
    }
}
