package org.optimusmotion.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.optimusmotion.physics.camera.Camera;
import org.optimusmotion.physics.camera.CameraJson;
import org.optimusmotion.physics.camera.Pose2SimCalibration;
import org.optimusmotion.physics.io.MotionFiles;
import org.optimusmotion.physics.motion.KeypointSequence3D;

/** Reading tracks and cameras named on the command line, with user-facing messages. */
final class TrackInputs {

    /** File names looked up when a folder (a case) is given instead of a ground-truth file. */
    static final String[] CASE_GROUND_TRUTH = {"ground_truth.bvh", "ground_truth.csv", "gt.bvh", "gt.csv"};
    /** Camera file looked up in a case folder. */
    static final String CASE_CAMERA = "camera.json";

    private TrackInputs() {
    }

    /** A 3D track from a file, or from a case folder's ground-truth file ({@link #file3D}). */
    static KeypointSequence3D read3D(Path path, double defaultFps) throws IOException {
        Path file = file3D(path);
        if (!MotionFiles.is3D(file)) {
            throw new UserError(file + ": not a 3D track (expected .bvh, .trc or a CSV with header frame,keypoint,x,y,z)");
        }
        return MotionFiles.read3D(file, defaultFps);
    }

    /** {@code path} itself, or for a case folder the ground-truth file in it. */
    static Path file3D(Path path) {
        Path file = path;
        if (Files.isDirectory(path)) {
            file = null;
            for (String name : CASE_GROUND_TRUTH) {
                if (Files.exists(path.resolve(name))) {
                    file = path.resolve(name);
                    break;
                }
            }
            if (file == null) {
                throw new UserError(path + ": folder has none of " + String.join(", ", CASE_GROUND_TRUTH));
            }
        } else if (!Files.exists(path)) {
            throw new UserError(path + ": file not found");
        }
        return file;
    }

    /** The camera file of a case folder, or {@code null}. */
    static Path caseCamera(Path path) {
        Path c = Files.isDirectory(path) ? path.resolve(CASE_CAMERA) : null;
        return c != null && Files.exists(c) ? c : null;
    }

    /** A camera from our JSON or a Pose2Sim TOML ({@code name} selects the camera table; optional with one camera). */
    static Camera camera(Path file, String name) throws IOException {
        if (!file.getFileName().toString().endsWith(".toml")) {
            return new CameraJson().read(file);
        }
        Map<String, Camera> cams = new Pose2SimCalibration().read(file);
        if (name == null) {
            if (cams.size() != 1) {
                throw new UserError(file + " has cameras " + cams.keySet() + "; choose one with --camera-name");
            }
            return cams.values().iterator().next();
        }
        Camera c = cams.get(name);
        if (c == null) {
            throw new UserError(file + " has no camera '" + name + "'; it has " + cams.keySet());
        }
        return c;
    }
}
