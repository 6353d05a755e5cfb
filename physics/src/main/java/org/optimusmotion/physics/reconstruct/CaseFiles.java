package org.optimusmotion.physics.reconstruct;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.optimusmotion.physics.camera.Camera;
import org.optimusmotion.physics.camera.CameraJson;
import org.optimusmotion.optimizer.io.AtomicFiles;
import org.optimusmotion.physics.io.MotionFiles;
import org.optimusmotion.physics.io.MotionFormatException;
import org.optimusmotion.physics.io.SceneFiles;
import org.optimusmotion.physics.model.Scene;
import org.optimusmotion.physics.io.keypoints.Keypoints2DCsv;
import org.optimusmotion.physics.io.keypoints.Keypoints3DCsv;
import org.optimusmotion.physics.metrics.MetricsReport;
import org.optimusmotion.physics.metrics.MotionMetrics;
import org.optimusmotion.physics.motion.KeypointSequence2D;
import org.optimusmotion.physics.motion.KeypointSequence3D;
import org.optimusmotion.physics.synth.SyntheticCase;

/**
 * A case folder (docs/synthetic-cases.md): {@value #KEYPOINTS_3D} (3D kinematic estimate, required),
 * {@value #KEYPOINTS_2D} and {@value #CAMERA} (2D detections and their camera, optional together),
 * {@value #GROUND_TRUTH} (optional), {@value #VIDEO} (optional), {@value #SCENE} (optional: boxes and
 * meshes the body can touch besides the ground z = 0, {@link SceneFiles}). Reading checks that the files exist
 * and agree in frame count and rate, and names the file and the problem otherwise
 * ({@link MotionFormatException}). Stateless.
 */
public final class CaseFiles {

    public static final String KEYPOINTS_3D = "keypoints3d.csv";
    public static final String KEYPOINTS_2D = "keypoints2d.csv";
    public static final String CAMERA = "camera.json";
    public static final String GROUND_TRUTH = "ground_truth.csv";
    public static final String VIDEO = "video.mp4";
    public static final String INPUT_METRICS = "input_metrics.json";
    public static final String SCENE = "scene.json";

    private CaseFiles() {
    }

    /** The observations (and ground truth and video when present) of a case. */
    public record CaseData(ReconstructionInput input, KeypointSequence3D groundTruth, Path video) {
    }

    /** Reads a case folder. */
    public static CaseData read(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw MotionFormatException.inFile(dir, "not a folder (a case folder holds " + KEYPOINTS_3D + ", "
                    + KEYPOINTS_2D + ", " + CAMERA + ")");
        }
        Path k3 = dir.resolve(KEYPOINTS_3D);
        Path k2 = dir.resolve(KEYPOINTS_2D);
        Path cam = dir.resolve(CAMERA);
        if (!Files.exists(k3)) {
            throw MotionFormatException.inFile(k3, "missing: a case folder needs the 3D kinematic estimate " + KEYPOINTS_3D);
        }
        if (Files.exists(k2) != Files.exists(cam)) {
            Path missing = Files.exists(k2) ? cam : k2;
            throw MotionFormatException.inFile(missing, "missing: " + KEYPOINTS_2D + " and " + CAMERA + " go together");
        }
        Path gt = dir.resolve(GROUND_TRUTH);
        Path video = dir.resolve(VIDEO);
        Path scene = dir.resolve(SCENE);
        return read(k3, Files.exists(k2) ? k2 : null, Files.exists(cam) ? cam : null, Files.exists(gt) ? gt : null,
                Files.exists(video) ? video : null, Files.exists(scene) ? scene : null);
    }

    /**
     * Reads explicit files: {@code keypoints3d} is required; {@code keypoints2d} and {@code camera}
     * go together; {@code groundTruth} and {@code video} are optional ({@code null}).
     */
    public static CaseData read(Path keypoints3d, Path keypoints2d, Path camera, Path groundTruth, Path video)
            throws IOException {
        return read(keypoints3d, keypoints2d, camera, groundTruth, video, null);
    }

    /** Like {@link #read(Path, Path, Path, Path, Path)}, with a scene file ({@code null}: flat ground only). */
    public static CaseData read(Path keypoints3d, Path keypoints2d, Path camera, Path groundTruth, Path video,
            Path sceneFile) throws IOException {
        requireFile(keypoints3d);
        KeypointSequence3D kin = MotionFiles.read3D(keypoints3d, 0);
        requireFinite(keypoints3d, kin);
        if (kin.frameCount() < 2) {
            throw MotionFormatException.inFile(keypoints3d, kin.frameCount() + " frames; at least 2 are needed");
        }
        KeypointSequence2D det = null;
        Camera cam = null;
        if (keypoints2d != null || camera != null) {
            if (keypoints2d == null || camera == null) {
                throw MotionFormatException.inFile(keypoints2d == null ? camera : keypoints2d,
                        "2D keypoints and a camera go together");
            }
            requireFile(camera);
            requireFile(keypoints2d);
            cam = new CameraJson().read(camera);
            det = MotionFiles.read2D(keypoints2d, kin.fps(), cam.widthPx(), cam.heightPx());
            if (det.frameCount() != kin.frameCount()) {
                throw MotionFormatException.inFile(keypoints2d, "frame counts disagree: " + det.frameCount()
                        + " frames here, " + kin.frameCount() + " in " + keypoints3d);
            }
            if (Math.abs(det.fps() - kin.fps()) > 1e-6 * kin.fps()) {
                throw MotionFormatException.inFile(keypoints2d, "frame rates disagree: " + det.fps() + " fps here, "
                        + kin.fps() + " in " + keypoints3d);
            }
        }
        KeypointSequence3D truth = null;
        if (groundTruth != null) {
            requireFile(groundTruth);
            truth = MotionFiles.read3D(groundTruth, kin.fps());
            requireFinite(groundTruth, truth);
            if (Math.abs(truth.fps() - kin.fps()) > 1e-6 * kin.fps()) {
                truth = truth.resample(kin.fps());
            }
            if (Math.abs(truth.frameCount() - kin.frameCount()) > 1) {
                throw MotionFormatException.inFile(groundTruth, "frame counts disagree: " + truth.frameCount()
                        + " frames here, " + kin.frameCount() + " in " + keypoints3d);
            }
        }
        if (video != null) {
            requireFile(video);
        }
        Scene scene = Scene.EMPTY;
        if (sceneFile != null) {
            requireFile(sceneFile);
            scene = SceneFiles.read(sceneFile);
        }
        return new CaseData(new ReconstructionInput(kin, det, cam, scene), truth, video);
    }

    /** Writes the files of a synthetic case (all but the video) into {@code dir}, atomically each. */
    public static void write(Path dir, SyntheticCase c) throws IOException {
        Files.createDirectories(dir);
        new CameraJson().write(dir.resolve(CAMERA), c.camera());
        new Keypoints2DCsv().write(dir.resolve(KEYPOINTS_2D), c.detections());
        new Keypoints3DCsv().write(dir.resolve(KEYPOINTS_3D), c.kinematic());
        new Keypoints3DCsv().write(dir.resolve(GROUND_TRUTH), c.groundTruth());
        MetricsReport input = MotionMetrics.report(c.kinematic(), c.groundTruth(), c.camera(), null);
        AtomicFiles.writeString(dir.resolve(INPUT_METRICS), input.toJson() + "\n");
    }

    private static void requireFile(Path file) throws MotionFormatException {
        if (!Files.exists(file)) {
            throw MotionFormatException.inFile(file, "file not found");
        }
    }

    private static void requireFinite(Path file, KeypointSequence3D t) throws MotionFormatException {
        double[] p = t.positionsRef();
        for (int i = 0; i < p.length; i++) {
            if (t.validRef()[i / 3] && !Double.isFinite(p[i])) {
                throw MotionFormatException.atFrame(file, i / (3 * org.optimusmotion.physics.model.Keypoint.COUNT),
                        "non-finite coordinate");
            }
        }
    }
}
