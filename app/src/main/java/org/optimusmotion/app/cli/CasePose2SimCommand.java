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
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.optimusmotion.optimizer.io.AtomicFiles;
import org.optimusmotion.physics.camera.Camera;
import org.optimusmotion.physics.camera.CameraJson;
import org.optimusmotion.physics.io.MotionFiles;
import org.optimusmotion.physics.io.Pose2SimDataset;
import org.optimusmotion.physics.io.keypoints.Keypoints2DCsv;
import org.optimusmotion.physics.io.keypoints.Keypoints3DCsv;
import org.optimusmotion.physics.io.keypoints.TrcReader;
import org.optimusmotion.physics.lift.LiftConfig;
import org.optimusmotion.physics.lift.MonocularLift;
import org.optimusmotion.physics.metrics.MetricsReport;
import org.optimusmotion.physics.metrics.MotionMetrics;
import org.optimusmotion.physics.motion.KeypointSequence2D;
import org.optimusmotion.physics.motion.KeypointSequence3D;
import org.optimusmotion.physics.reconstruct.CaseFiles;
import org.optimusmotion.physics.triangulate.TrackTriangulator;
import org.optimusmotion.physics.triangulate.TriangulationConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code optimus case pose2sim --data DIR --view N --out CASE}: a one-view real case from the Pose2Sim
 * demo (docs/real-pose2sim.md). Writes, in our world frame (the calibration's, Z up, shifted down by
 * {@code --floor-z} so that the floor is at z = 0, the simulator's ground):
 * {@code camera.json} (view N), {@code keypoints2d.csv} (view N's OpenPose tracks), {@code video.mp4}
 * (view N's video), {@code ground_truth.csv} (Pose2Sim's TRC, or our triangulation of all views),
 * {@code input_metrics.json} and {@code case.json} (provenance), and last {@code keypoints3d.csv}: a
 * monocular 3D estimate from view N only ({@link MonocularLift}, or a given file). Writing
 * {@code keypoints3d.csv} last means an interrupted build never reads as a complete case.
 */
@Command(name = "pose2sim", mixinStandardHelpOptions = true,
        description = {"One-view real case from the Pose2Sim demo: that view's video, OpenPose tracks and camera,",
            "the triangulated ground truth, and a monocular 3D estimate from that view alone."})
public final class CasePose2SimCommand implements Callable<Integer> {

    /** Provenance file of a built case. */
    static final String CASE_JSON = "case.json";

    enum GroundTruth { trc, triangulated }

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "DIR",
            description = "Pose2Sim demo folder (camNN.mp4, keypoints/Calib*.toml, keypoints/pose/camNN_json, keypoints/*.trc).")
    Path data;

    @Option(names = "--view", required = true, paramLabel = "N", description = "The view (1-based camera number).")
    int view;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Case folder to write.")
    Path out;

    @Option(names = "--height", paramLabel = "M",
            description = "Subject height for the monocular lift, metres (default: participant_height of the demo's Config_session.toml, else 1.75).")
    Double heightM;

    @Option(names = "--fps", defaultValue = "60", paramLabel = "F", description = "Frame rate of the videos (default ${DEFAULT-VALUE}).")
    double fps;

    @Option(names = "--ground-truth", defaultValue = "trc", paramLabel = "trc|triangulated",
            description = "Ground truth: Pose2Sim's TRC (default) or our triangulation of all views.")
    GroundTruth groundTruth;

    @Option(names = "--floor-z", defaultValue = "0", paramLabel = "M",
            description = "Height of the floor in the calibration's world, metres (default ${DEFAULT-VALUE}); "
                    + "the case's world is shifted so that the floor is at z = 0, the simulator's ground.")
    double floorZ;

    @Option(names = "--keypoints3d", paramLabel = "FILE",
            description = "A monocular 3D estimate of view N in the calibration's world frame (default: our lift from the 2D tracks).")
    Path keypoints3d;

    @Override
    public Integer call() throws IOException {
        Pose2SimDataset ds = Pose2SimDataset.open(data);
        if (view < 1 || view > ds.cameras().size()) {
            throw new UserError("--view " + view + " is not one of the " + ds.cameras().size() + " views 1.."
                    + ds.cameras().size() + " of " + ds.calibration());
        }
        if (!Double.isFinite(floorZ)) {
            throw new UserError("--floor-z must be a finite number of metres, got " + floorZ);
        }
        Camera camera = lowered(ds.camera(view), floorZ);
        KeypointSequence2D det = MotionFiles.read2D(ds.openPoseFolder(view), fps, camera.widthPx(), camera.heightPx());
        KeypointSequence3D truth = lowered(groundTruth(ds, det.frameCount()), floorZ);
        double height = heightM != null ? heightM : Double.isFinite(ds.heightM()) ? ds.heightM() : 1.75;
        KeypointSequence3D estimate = estimate(det, camera, height);
        if (estimate.frameCount() != det.frameCount()) {
            throw new UserError(keypoints3d + " has " + estimate.frameCount() + " frames, view " + view + " has "
                    + det.frameCount());
        }
        OutputFolder.prepare(out);
        new CameraJson().write(out.resolve(CaseFiles.CAMERA), camera);
        new Keypoints2DCsv().write(out.resolve(CaseFiles.KEYPOINTS_2D), det);
        Path video = ds.video(view);
        if (video != null) {
            AtomicFiles.write(out.resolve(CaseFiles.VIDEO), o -> Files.copy(video, o));
        }
        new Keypoints3DCsv().write(out.resolve(CaseFiles.GROUND_TRUTH), truth);
        MetricsReport input = MotionMetrics.report(estimate, truth, camera, null);
        AtomicFiles.writeString(out.resolve(CaseFiles.INPUT_METRICS), input.toJson() + "\n");
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("source", "pose2sim");
        meta.put("data", data.toString());
        meta.put("view", view);
        meta.put("camera", Pose2SimDataset.cameraName(view));
        meta.put("fps", fps);
        meta.put("frames", det.frameCount());
        meta.put("ground_truth", groundTruth == GroundTruth.trc ? String.valueOf(ds.trc()) : "triangulated from all views");
        meta.put("kinematic_estimate", keypoints3d != null ? keypoints3d.toString() : "monocular lift, height " + height + " m");
        meta.put("floor_z_m", 0.0);
        meta.put("calibration_floor_z_m", floorZ);
        AtomicFiles.writeString(out.resolve(CASE_JSON), ReconstructCommand.JSON.writeValueAsString(meta) + "\n");
        new Keypoints3DCsv().write(out.resolve(CaseFiles.KEYPOINTS_3D), estimate);
        PrintWriter o = spec.commandLine().getOut();
        o.println("wrote case " + out + " (view " + view + ", " + det.frameCount() + " frames)");
        o.println("kinematic estimate vs ground truth: " + input.toJson());
        o.flush();
        return 0;
    }

    private KeypointSequence3D groundTruth(Pose2SimDataset ds, int frames) throws IOException {
        KeypointSequence3D truth;
        if (groundTruth == GroundTruth.trc) {
            if (ds.trc() == null) {
                throw new UserError(data.resolve("keypoints") + ": no .trc file; use --ground-truth triangulated");
            }
            truth = new TrcReader().read(ds.trc());
        } else {
            List<Camera> cams = new ArrayList<>();
            List<KeypointSequence2D> tracks = new ArrayList<>();
            for (int v = 1; v <= ds.cameras().size(); v++) {
                Camera c = ds.camera(v);
                cams.add(c);
                tracks.add(MotionFiles.read2D(ds.openPoseFolder(v), fps, c.widthPx(), c.heightPx()));
            }
            truth = new TrackTriangulator(TriangulationConfig.DEFAULT).triangulate(cams, tracks).points();
        }
        if (Math.abs(truth.fps() - fps) > 1e-6 * fps) {
            truth = truth.resample(fps);
        }
        if (truth.frameCount() != frames) {
            throw new UserError("the ground truth has " + truth.frameCount() + " frames, view " + view + " has " + frames);
        }
        return truth;
    }

    /** The camera in a world shifted down by {@code floorZ}: X_cam = R (X' + f e_z) + t = R X' + (t + f R e_z). */
    static Camera lowered(Camera c, double floorZ) {
        if (floorZ == 0) {
            return c;
        }
        double[] r = c.rotation();
        double[] t = c.translationM();
        for (int i = 0; i < 3; i++) {
            t[i] += floorZ * r[3 * i + 2];
        }
        return new Camera(c.fx(), c.fy(), c.cx(), c.cy(), c.widthPx(), c.heightPx(), c.k1(), c.k2(), r, t);
    }

    /** The track in a world shifted down by {@code floorZ} (z - floorZ). */
    static KeypointSequence3D lowered(KeypointSequence3D track, double floorZ) {
        if (floorZ == 0) {
            return track;
        }
        double[] p = track.positions();
        for (int i = 2; i < p.length; i += 3) {
            p[i] -= floorZ;
        }
        return new KeypointSequence3D(track.fps(), p, track.valid());
    }

    private KeypointSequence3D estimate(KeypointSequence2D det, Camera camera, double height) throws IOException {
        if (keypoints3d != null) {
            return lowered(TrackInputs.read3D(keypoints3d, fps), floorZ);
        }
        AtomicBoolean cancelled = new AtomicBoolean();
        Thread hook = new Thread(() -> cancelled.set(true), "case-cancel");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return new MonocularLift(LiftConfig.DEFAULT.withHeight(height)).lift(det, camera, cancelled::get);
        } catch (CancellationException e) {
            throw new UserError("cancelled; no case written");
        } catch (IllegalArgumentException e) {
            throw new UserError(data + " view " + view + ": " + e.getMessage());
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // Already shutting down: nothing to remove.
            }
        }
    }
}
