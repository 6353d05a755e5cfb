package org.optimusmotion.app.cli;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.optimusmotion.app.detect.DetectionJob;
import org.optimusmotion.app.detect.DetectionTrack;
import org.optimusmotion.app.detect.LandmarkDrawing;
import org.optimusmotion.app.detect.ModelUnavailableException;
import org.optimusmotion.app.detect.PoseModel;
import org.optimusmotion.app.video.VideoFileException;
import org.optimusmotion.app.video.VideoInfo;
import org.optimusmotion.app.video.VideoReader;
import org.optimusmotion.physics.camera.Camera;
import org.optimusmotion.physics.io.MotionFormatException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code optimus detect --video FILE --out DIR [--model lite|full] [--camera FILE]}: 2D keypoints and a
 * 3D kinematic estimate of one person from a raw video (MediaPipe BlazePose landmarks on OpenCV,
 * docs/detection.md). Ctrl-C stops after the current frame and writes the frames done.
 */
@Command(name = "detect", mixinStandardHelpOptions = true,
        description = {"Detects one person's 2D keypoints and 3D pose in every frame of a video.",
            "Writes keypoints2d.json (COCO), keypoints2d.csv, keypoints3d.csv, camera.json, detect.json:",
            "a case folder for reconstruct and the app (docs/detection.md). Ctrl-C keeps the frames done."})
public final class DetectCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--video", required = true, paramLabel = "FILE", description = "Video of one person (any format FFmpeg reads).")
    Path video;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
    Path out;

    @Option(names = "--model", defaultValue = "lite", paramLabel = "lite|full",
            description = "Landmark model: lite or full, fetched by scripts/fetch-pose-models.sh (default ${DEFAULT-VALUE}).")
    String model;

    @Option(names = "--camera", paramLabel = "FILE",
            description = "Calibrated camera of the video (our camera JSON or a Pose2Sim TOML): 3D in its world frame. "
                    + "Default: an estimated level camera, feet on Z = 0.")
    Path camera;

    @Option(names = "--camera-name", paramLabel = "NAME", description = "Camera table of a Pose2Sim TOML with several cameras.")
    String cameraName;

    @Option(names = "--no-smoothing", description = "Keep the raw per-frame landmarks (no One Euro filter).")
    boolean noSmoothing;

    @Option(names = "--draw-frames", split = ",", paramLabel = "F",
            description = "Also write landmarks_F.png with the landmarks drawn on these frames.")
    List<Integer> drawFrames = new ArrayList<>();

    @Option(names = "--draw-size", defaultValue = "960", paramLabel = "PX",
            description = "Long side of the --draw-frames images, pixels (default ${DEFAULT-VALUE}).")
    int drawSizePx;

    @Option(names = "--draw-crop", description = "Crop the --draw-frames images to the person.")
    boolean drawCrop;

    @Override
    public Integer call() throws Exception {
        PoseModel poseModel = parseModel(model);
        if (drawSizePx < 16) {
            throw new UserError("--draw-size: must be at least 16 pixels, got " + drawSizePx);
        }
        if (!Files.exists(video)) {
            throw new UserError(video + ": file not found");
        }
        VideoInfo info;
        try (VideoReader reader = VideoReader.open(video)) {
            info = reader.info();
        } catch (VideoFileException e) {
            throw new UserError(e.getMessage(), e);
        }
        Camera given = camera == null ? null : fitToVideo(readCamera(camera, cameraName), info.width(), info.height());
        String cameraLabel = camera == null ? null : camera + (cameraName != null ? " [" + cameraName + "]" : "");
        OutputFolder folder = OutputFolder.prepare(out);
        DetectionJob job = new DetectionJob(video, out, poseModel, !noSmoothing, given, cameraLabel);
        DetectionJob.Result result;
        try (ShutdownCancellation cancellation = new ShutdownCancellation("detect")) {
            try (TerminalProgress progress = TerminalProgress.start("detect", info.frameCount())) {
                int[] withPerson = new int[1];
                result = job.run((done, total, found) -> {
                    withPerson[0] += found ? 1 : 0;
                    progress.stepTo(done);
                    progress.message(String.format(Locale.ROOT, "person in %d/%d", withPerson[0], done));
                }, cancellation::cancelled);
            } catch (VideoFileException | ModelUnavailableException e) {
                folder.removeIfCreatedAndEmpty();
                throw new UserError(e.getMessage(), e);
            }
            DetectionTrack track = result.track();
            drawFrames(track);
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.printf(Locale.ROOT, "%s: %d of %d frames, person in %d (%.1f %%), %.1f frames/s, model %s%s%n", out,
                    track.framesDone(), track.frameCount(), track.framesWithPerson(),
                    track.framesDone() == 0 ? 0.0 : 100.0 * track.framesWithPerson() / track.framesDone(),
                    track.framesDone() / result.seconds(), poseModel.label(),
                    result.cancelled() ? " (cancelled; frames done written)" : "");
            stdout.flush();
            return result.cancelled() ? 130 : 0;
        }
    }

    private void drawFrames(DetectionTrack track) throws Exception {
        if (drawFrames.isEmpty()) {
            return;
        }
        try (VideoReader reader = VideoReader.open(video)) {
            for (int f : drawFrames) {
                if (f < 0 || f >= track.framesDone()) {
                    throw new UserError("--draw-frames: frame " + f + " is outside the " + track.framesDone() + " frames done");
                }
                BufferedImage image = reader.readFrame(f);
                LandmarkDrawing.writePng(out.resolve(String.format(Locale.ROOT, "landmarks_%04d.png", f)), image, track, f,
                        drawSizePx, drawCrop);
            }
        }
    }

    static PoseModel parseModel(String label) {
        try {
            return PoseModel.byLabel(label);
        } catch (IllegalArgumentException e) {
            throw new UserError("--model: " + e.getMessage(), e);
        }
    }

    static Camera readCamera(Path file, String name) throws Exception {
        if (!Files.exists(file)) {
            throw new UserError(file + ": file not found");
        }
        try {
            return TrackInputs.camera(file, name);
        } catch (MotionFormatException | IllegalArgumentException e) {
            throw new UserError(e.getMessage(), e);
        }
    }

    /**
     * The given camera for the decoded frames: codecs pad frames to multiples of 16 (the Pose2Sim
     * calibration says 1088 pixels wide, the decoder gives 1080), so a size within 16 pixels is the same
     * sensor with the same pixel grid and gets the video's size; anything else does not belong to it.
     */
    static Camera fitToVideo(Camera c, int width, int height) {
        if (c.widthPx() == width && c.heightPx() == height) {
            return c;
        }
        if (Math.abs(c.widthPx() - width) <= 16 && Math.abs(c.heightPx() - height) <= 16) {
            return new Camera(c.fx(), c.fy(), c.cx(), c.cy(), width, height, c.k1(), c.k2(), c.rotation(), c.translationM());
        }
        throw new UserError("the camera is for " + c.widthPx() + "x" + c.heightPx() + " images but the video is "
                + width + "x" + height);
    }
}
