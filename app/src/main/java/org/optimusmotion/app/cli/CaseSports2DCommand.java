package org.optimusmotion.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.optimusmotion.app.detect.DetectionJob;
import org.optimusmotion.app.detect.DetectionOutputs;
import org.optimusmotion.app.detect.ModelUnavailableException;
import org.optimusmotion.app.detect.PoseModel;
import org.optimusmotion.app.video.VideoFileException;
import org.optimusmotion.app.video.VideoInfo;
import org.optimusmotion.app.video.VideoReader;
import org.optimusmotion.physics.camera.Camera;
import org.optimusmotion.physics.io.keypoints.Keypoints3DCsv;
import org.optimusmotion.physics.motion.KeypointSequence3D;
import org.optimusmotion.physics.reconstruct.BodyFitter;
import org.optimusmotion.physics.reconstruct.CaseFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code optimus case sports2d}: the Sports2D demo clip (a person jumping down from a box) as a case folder,
 * end to end from the raw video: detection with the demo's calibration, the kinematic estimate brought to a
 * body height, the measured box as {@code scene.json}, the video. See docs/real-sports2d.md.
 */
@Command(name = "sports2d", mixinStandardHelpOptions = true,
        description = {"Builds a case folder from the Sports2D demo (demo.mp4 + Calib_demo.toml): detection, "
                + "kinematic estimate at --height, the measured box as scene.json, the video."})
public final class CaseSports2DCommand implements Callable<Integer> {

    /** Video of the Sports2D demo. */
    static final String VIDEO = "demo.mp4";
    /** Its calibration (Pose2Sim TOML, one camera named {@value #CAMERA_NAME}). */
    static final String CALIBRATION = "Calib_demo.toml";
    /** Camera name in the calibration. */
    static final String CAMERA_NAME = "demo";

    /**
     * The box the person jumps from, world frame of Calib_demo.toml (X along the camera's viewing direction
     * reversed, camera at X = 10 m, Y to the image's right, Z up, ground z = 0), metres. Measured on frame 229
     * by back-projection (docs/real-sports2d.md): front face X = -1.22 (its ground line, v = 877-883 px, on
     * z = 0), top z = 1.90 (roof slab edge, v = 437-461 px, on the front face; the standing feet agree within
     * 5 cm), Y from -0.34 (slab's left end, u = 20 px) to 2.90 (right end, u = 733-780 px). The depth is not
     * visible from this camera: 2.5 m assumed. Uncertainty: about 10 cm in height and Y, 20 cm in the front
     * face's X; the box is modelled axis-aligned although the image suggests a few degrees of yaw.
     */
    static final double[] BOX_MIN_M = {-3.72, -0.34, 0.0};
    /** Opposite corner of the box, see {@link #BOX_MIN_M}. */
    static final double[] BOX_MAX_M = {-1.22, 2.90, 1.90};

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "DIR",
            description = "Folder with demo.mp4 and Calib_demo.toml (shared/data/real/sports2d-demo).")
    Path data;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Case folder to write.")
    Path out;

    @Option(names = "--model", defaultValue = "lite", paramLabel = "lite|full", description = "Pose model (default ${DEFAULT-VALUE}).")
    String model;

    @Option(names = "--height", defaultValue = "1.66", paramLabel = "M",
            description = "Body height the kinematic estimate is scaled to, metres, about the camera centre so that "
                    + "its projection is unchanged (default ${DEFAULT-VALUE}: the smallest that puts the standing "
                    + "feet on the box, docs/real-sports2d.md; 0 keeps the detector's scale).")
    double heightM;

    @Override
    public Integer call() throws Exception {
        if (!(heightM == 0 || heightM >= 1.0 && heightM <= 2.3)) {
            throw new UserError("--height: must be 0 or within [1.0, 2.3] m, got " + heightM);
        }
        Path video = data.resolve(VIDEO);
        Path calibration = data.resolve(CALIBRATION);
        if (!Files.exists(video)) {
            throw new UserError(video + ": file not found (--data must hold the Sports2D demo)");
        }
        PoseModel poseModel = DetectCommand.parseModel(model);
        VideoInfo info;
        try (VideoReader reader = VideoReader.open(video)) {
            info = reader.info();
        } catch (VideoFileException e) {
            throw new UserError(e.getMessage(), e);
        }
        Camera camera = DetectCommand.fitToVideo(DetectCommand.readCamera(calibration, CAMERA_NAME), info.width(), info.height());
        OutputFolder.prepare(out);
        DetectionJob job = new DetectionJob(video, out, poseModel, true, camera, calibration + " [" + CAMERA_NAME + "]");
        DetectionJob.Result result;
        try (ShutdownCancellation cancellation = new ShutdownCancellation("case sports2d");
                TerminalProgress progress = TerminalProgress.start("detect", info.frameCount())) {
            result = job.run((done, total, found) -> progress.stepTo(done), cancellation::cancelled);
        } catch (VideoFileException | ModelUnavailableException e) {
            throw new UserError(e.getMessage(), e);
        }
        if (result.cancelled()) {
            return 130;
        }
        Path estimateFile = out.resolve(DetectionOutputs.KEYPOINTS_3D);
        Keypoints3DCsv csv = new Keypoints3DCsv();
        KeypointSequence3D estimate = csv.read(estimateFile, info.fps());
        double detectedHeight = BodyFitter.fit(estimate, 70).heightM();
        double scale = heightM == 0 ? 1.0 : heightM / detectedHeight;
        csv.write(estimateFile, scaledAboutCamera(estimate, camera.centreM(), scale));
        JsonFiles.writeAtomically(out.resolve(CaseFiles.SCENE), scene());
        copyAtomically(video, out.resolve(CaseFiles.VIDEO));
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("source", "Sports2D demo: " + video);
        meta.put("camera", calibration + " [" + CAMERA_NAME + "]");
        meta.put("floor_z_m", 0.0);
        meta.put("detected_body_height_m", detectedHeight);
        meta.put("estimate_scale", scale);
        meta.put("scene", "box measured by back-projection, docs/real-sports2d.md");
        JsonFiles.writeAtomically(out.resolve("case.json"), meta);
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf(Locale.ROOT, "%s: %d frames, person in %d, detected height %.2f m, estimate scaled x%.3f, box %s to %s%n",
                out, result.track().framesDone(), result.track().framesWithPerson(), detectedHeight, scale,
                java.util.Arrays.toString(BOX_MIN_M), java.util.Arrays.toString(BOX_MAX_M));
        stdout.flush();
        return 0;
    }

    /** The scene JSON (docs/formats.md) with the measured box. */
    static Map<String, Object> scene() {
        double[] centre = new double[3];
        double[] half = new double[3];
        for (int a = 0; a < 3; a++) {
            centre[a] = 0.5 * (BOX_MIN_M[a] + BOX_MAX_M[a]);
            half[a] = 0.5 * (BOX_MAX_M[a] - BOX_MIN_M[a]);
        }
        Map<String, Object> box = new LinkedHashMap<>();
        box.put("center", roundedMm(centre));
        box.put("halfExtents", roundedMm(half));
        return Map.of("boxes", List.of(box));
    }

    private static double[] roundedMm(double[] m) {
        double[] r = new double[m.length];
        for (int i = 0; i < m.length; i++) {
            r[i] = Math.round(m[i] * 1000) / 1000.0;
        }
        return r;
    }

    /**
     * {@code p' = c + s (p - c)} for every valid point: a monocular estimate's scale is free, and scaling about
     * the camera centre {@code c} keeps every projection while the body's size and distance change by {@code s}.
     */
    static KeypointSequence3D scaledAboutCamera(KeypointSequence3D track, double[] centreM, double scale) {
        double[] p = track.positions();
        for (int i = 0; i < p.length; i++) {
            int axis = i % 3;
            p[i] = centreM[axis] + scale * (p[i] - centreM[axis]);
        }
        return new KeypointSequence3D(track.fps(), p, track.valid());
    }

    private static void copyAtomically(Path from, Path to) throws IOException {
        Path tmp = Files.createTempFile(to.toAbsolutePath().getParent(), ".video", ".tmp");
        try {
            Files.copy(from, tmp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(tmp, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
