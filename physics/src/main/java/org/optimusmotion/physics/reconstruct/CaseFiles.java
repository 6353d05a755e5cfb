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
import org.optimusmotion.physics.model.Keypoint;
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
        requirePlausible(keypoints3d, kin);
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
            requirePlausible(keypoints2d, det, camera, cam);
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
            requirePlausible(groundTruth, truth);
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

    /** Farther from the world origin than this (m), a 3D keypoint is taken for a unit or parsing error. */
    static final double MAX_COORDINATE_M = 1000;

    /** Detections farther outside the image than this many image sizes are taken for errors. */
    static final double MAX_PIXELS_OUTSIDE_IMAGE = 10;

    private static void requireFile(Path file) throws MotionFormatException {
        if (!Files.exists(file)) {
            throw MotionFormatException.inFile(file, "file not found");
        }
    }

    /**
     * A 3D track the reconstruction can start from: some keypoint present, every coordinate finite and
     * within {@link #MAX_COORDINATE_M} of the origin (further is a unit or parsing error, and would blow
     * the simulation up window after window).
     */
    public static void requirePlausible(Path file, KeypointSequence3D t) throws MotionFormatException {
        double[] p = t.positionsRef();
        boolean[] valid = t.validRef();
        boolean any = false;
        for (int i = 0; i < p.length; i++) {
            if (!valid[i / 3]) {
                continue;
            }
            any = true;
            int frame = i / (3 * Keypoint.COUNT);
            if (!Double.isFinite(p[i])) {
                throw MotionFormatException.atFrame(file, frame, "non-finite coordinate");
            }
            if (Math.abs(p[i]) > MAX_COORDINATE_M) {
                throw MotionFormatException.atFrame(file, frame, Keypoint.values()[(i / 3) % Keypoint.COUNT].fileName()
                        + " is " + p[i] + " m from the origin, more than " + MAX_COORDINATE_M + " m (wrong units?)");
            }
        }
        if (!any) {
            throw MotionFormatException.inFile(file, "no keypoint in any frame");
        }
        int last = t.frameCount() - 1;
        while (last >= 0 && !anyValid(valid, last)) {
            last--;
        }
        if (last < t.frameCount() - 1) {
            // What a file cut off in the middle looks like: its header still counts the frames it lost.
            throw MotionFormatException.inFile(file, "frames " + (last + 1) + " to " + (t.frameCount() - 1)
                    + " (the last " + (t.frameCount() - 1 - last) + ") have no keypoints: is the file truncated?");
        }
    }

    private static boolean anyValid(boolean[] valid, int frame) {
        for (int k = 0; k < Keypoint.COUNT; k++) {
            if (valid[frame * Keypoint.COUNT + k]) {
                return true;
            }
        }
        return false;
    }

    /** 2D detections that fit the camera: some keypoint detected, image size as the camera's, pixels near the image. */
    private static void requirePlausible(Path file, KeypointSequence2D det, Path cameraFile, Camera cam)
            throws MotionFormatException {
        if (det.imageWidth() > 0 && det.imageHeight() > 0 && cam.widthPx() > 0 && cam.heightPx() > 0
                && (det.imageWidth() != cam.widthPx() || det.imageHeight() != cam.heightPx())) {
            throw MotionFormatException.inFile(file, "image size disagrees: " + det.imageWidth() + "x" + det.imageHeight()
                    + " here, " + cam.widthPx() + "x" + cam.heightPx() + " in " + cameraFile);
        }
        double limit = MAX_PIXELS_OUTSIDE_IMAGE * Math.max(1, Math.max(cam.widthPx(), cam.heightPx()));
        boolean any = false;
        for (int f = 0; f < det.frameCount(); f++) {
            for (int k = 0; k < Keypoint.COUNT; k++) {
                if (det.confidence(f, k) <= 0) {
                    continue;
                }
                any = true;
                double x = det.get(f, k, 0);
                double y = det.get(f, k, 1);
                if (Math.abs(x) > limit || Math.abs(y) > limit) {
                    throw MotionFormatException.atFrame(file, f, Keypoint.values()[k].fileName() + " at (" + x + ", " + y
                            + ") px is far outside the " + cam.widthPx() + "x" + cam.heightPx() + " image");
                }
            }
        }
        if (!any) {
            throw MotionFormatException.inFile(file, "no keypoint detected in any frame (no rows, or every confidence 0)");
        }
    }
}
