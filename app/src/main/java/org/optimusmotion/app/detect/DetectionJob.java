package org.optimusmotion.app.detect;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import org.optimusmotion.app.video.VideoFileException;
import org.optimusmotion.physics.camera.Camera;
import org.optimusmotion.physics.camera.CameraEstimate;

/**
 * One detection run from a video to a case folder, shared by {@code optimus detect} and the app:
 * detect ({@link VideoPoseDetector}), choose the camera (the given one, or {@link CameraPlacement#levelCamera}),
 * write everything ({@link DetectionOutputs}). A cancelled run writes the frames done. Immutable.
 *
 * @param video  the video
 * @param outDir the output folder (created)
 * @param model  landmark model
 * @param smooth whether to smooth over time
 * @param camera calibrated camera of the video (image size as decoded), or {@code null} to estimate one
 * @param cameraLabel where {@code camera} comes from, for {@code detect.json} (ignored without camera)
 */
public record DetectionJob(Path video, Path outDir, PoseModel model, boolean smooth, Camera camera, String cameraLabel) {

    public DetectionJob {
        Objects.requireNonNull(video, "video");
        Objects.requireNonNull(outDir, "outDir");
        Objects.requireNonNull(model, "model");
    }

    /** A job with the lite model, smoothing and an estimated camera. */
    public static DetectionJob withDefaults(Path video, Path outDir) {
        return new DetectionJob(video, outDir, PoseModel.LITE, true, null, null);
    }

    /**
     * The folder the app writes into: {@code <name>_detect} next to {@code video}, or under
     * {@code ~/optimus-motion/detections/} when the video's folder is not writable (shared footage).
     */
    public static Path defaultOutputFolder(Path video) {
        String name = video.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String folder = (dot > 0 ? name.substring(0, dot) : name) + "_detect";
        Path parent = video.toAbsolutePath().getParent();
        if (parent != null && Files.isDirectory(parent) && !Files.isWritable(parent)) {
            return Path.of(System.getProperty("user.home"), "optimus-motion", "detections", folder);
        }
        return parent == null ? Path.of(folder) : parent.resolve(folder);
    }

    /** What a finished (or cancelled) run produced. */
    public record Result(DetectionTrack track, Camera camera, double seconds) {

        public boolean cancelled() {
            return track.framesDone() < track.frameCount();
        }
    }

    /**
     * Runs the job.
     *
     * @throws VideoFileException        the video cannot be read
     * @throws ModelUnavailableException the model cannot be loaded
     * @throws IOException               the outputs cannot be written
     */
    public Result run(VideoPoseDetector.Listener listener, BooleanSupplier cancelled)
            throws VideoFileException, ModelUnavailableException, IOException {
        long start = System.nanoTime();
        DetectionTrack track = new VideoPoseDetector(model, smooth).detect(video, listener, cancelled);
        double seconds = (System.nanoTime() - start) * 1e-9;
        Camera used = camera != null ? camera : CameraPlacement.levelCamera(track);
        String source = camera != null ? "given: " + cameraLabel
                : "estimated: level, " + (int) CameraEstimate.DEFAULT_HORIZONTAL_FOV_DEG + " deg horizontal field of view, feet on Z = 0";
        DetectionOutputs.write(outDir, track, used,
                new DetectionOutputs.RunInfo(video, model, smooth, source, track.personSearches(), seconds));
        return new Result(track, used, seconds);
    }
}
