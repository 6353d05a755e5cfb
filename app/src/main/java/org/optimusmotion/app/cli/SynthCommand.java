package org.optimusmotion.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.optimusmotion.app.render.RenderUnavailableException;
import org.optimusmotion.physics.camera.Camera;
import org.optimusmotion.optimizer.io.AtomicFiles;
import org.optimusmotion.physics.io.MotionFiles;
import org.optimusmotion.physics.io.MotionFormatException;
import org.optimusmotion.physics.motion.KeypointSequence3D;
import org.optimusmotion.physics.reconstruct.CaseFiles;
import org.optimusmotion.physics.synth.SynthNoise;
import org.optimusmotion.physics.synth.SyntheticCase;
import org.optimusmotion.physics.synth.ClipCut;
import org.optimusmotion.physics.synth.SyntheticCaseGenerator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code optimus synth --bvh FILE --seed S --camera-distance M --camera-height M --camera-yaw DEG --fps F
 * --seconds T --out DIR}: a synthetic case from a mocap clip (docs/synthetic-cases.md).
 */
@Command(name = "synth", mixinStandardHelpOptions = true,
        description = {"Turns a mocap clip into a reconstruction test case: ground truth at the requested rate,",
            "noisy 2D detections through a camera, a noisy 3D kinematic estimate, camera.json, a rendered video",
            "and input_metrics.json (metrics of the noisy 3D input). Noise model: docs/synthetic-cases.md."})
public final class SynthCommand implements Callable<Integer> {

    /** Height of the lowest foot keypoint over the clip after grounding, m (toe joints sit above the floor). */

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--bvh", required = true, paramLabel = "FILE", description = "Mocap clip (BVH; any skeleton of docs/formats.md).")
    Path bvh;

    @Option(names = "--seed", defaultValue = "1", description = "Noise seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--camera-distance", defaultValue = "4.5", paramLabel = "M",
            description = "Horizontal camera distance from the middle of the path, m (default ${DEFAULT-VALUE}).")
    double cameraDistance;

    @Option(names = "--camera-height", defaultValue = "1.3", paramLabel = "M", description = "Camera height, m (default ${DEFAULT-VALUE}).")
    double cameraHeight;

    @Option(names = "--camera-yaw", defaultValue = "-90", paramLabel = "DEG",
            description = "Camera azimuth, degrees (0: on the +x side; -90: on the -y side) (default ${DEFAULT-VALUE}).")
    double cameraYaw;

    @Option(names = "--fps", defaultValue = "30", description = "Case frame rate (default ${DEFAULT-VALUE}).")
    double fps;

    @Option(names = "--seconds", defaultValue = "2", description = "Case length, s (default ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--start", defaultValue = "0", paramLabel = "S", description = "Start time in the clip, s (default ${DEFAULT-VALUE}).")
    double startSeconds;

    @Option(names = "--no-video", description = "Skip rendering video.mp4.")
    boolean noVideo;

    @Option(names = "--snapshot", paramLabel = "FILE.png", description = "Also save the middle video frame as a PNG.")
    Path snapshot;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Case folder to write.")
    Path out;

    @Override
    public Integer call() throws Exception {
        validate();
        KeypointSequence3D clip;
        try {
            clip = MotionFiles.read3D(bvh, 0);
        } catch (MotionFormatException e) {
            throw new UserError(e.getMessage(), e);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new UserError(bvh + ": file not found", e);
        }
        KeypointSequence3D truth = groundTruth(clip);
        Camera camera = SyntheticCaseGenerator.camera(truth, cameraDistance, cameraHeight, cameraYaw);
        SyntheticCase c = SyntheticCaseGenerator.generate(truth, camera, SynthNoise.DEFAULT, seed);
        OutputFolder.prepare(out);
        CaseFiles.write(out, c);
        AtomicFiles.writeString(out.resolve("case.json"), ReconstructCommand.JSON.writeValueAsString(metadata(truth)) + "\n");
        String video = "skipped";
        if (!noVideo) {
            try (TerminalProgress progress = TerminalProgress.start("synth video", truth.frameCount())) {
                CaseVideo.write(out.resolve(CaseFiles.VIDEO), truth, camera, progress, snapshot);
                video = CaseFiles.VIDEO;
            } catch (RenderUnavailableException e) {
                System.err.println("warning: no video (offscreen OpenGL unavailable: " + e.getMessage() + ")");
                video = "unavailable";
            }
        }
        spec.commandLine().getOut().printf(java.util.Locale.ROOT, "wrote %s: %d frames at %.3g fps, video %s%n%s%n", out,
                truth.frameCount(), fps, video, Files.readString(out.resolve(CaseFiles.INPUT_METRICS)).trim());
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** The clip cut to [start, start + seconds), resampled to --fps, feet put on the floor (z = 0). */
    KeypointSequence3D groundTruth(KeypointSequence3D clip) {
        try {
            return ClipCut.groundTruth(clip, fps, startSeconds, seconds);
        } catch (IllegalArgumentException e) {
            throw new UserError(bvh + ": " + e.getMessage(), e);
        }
    }

    private Map<String, Object> metadata(KeypointSequence3D truth) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", "optimus-synthetic-case-v1");
        m.put("source_bvh", bvh.getFileName().toString());
        m.put("seed", seed);
        m.put("fps", fps);
        m.put("frames", truth.frameCount());
        m.put("start_seconds", startSeconds);
        m.put("camera_distance_m", cameraDistance);
        m.put("camera_height_m", cameraHeight);
        m.put("camera_yaw_deg", cameraYaw);
        m.put("noise", SynthNoise.DEFAULT);
        return m;
    }

    private void validate() {
        if (!(fps > 0 && fps <= 240)) {
            throw new UserError("--fps must be in (0, 240], got " + fps);
        }
        if (!(seconds > 0 && seconds <= 600)) {
            throw new UserError("--seconds must be in (0, 600], got " + seconds);
        }
        if (!(startSeconds >= 0)) {
            throw new UserError("--start must be >= 0, got " + startSeconds);
        }
        if (!(cameraDistance >= 0.5 && cameraDistance <= 100)) {
            throw new UserError("--camera-distance must be in [0.5, 100] m, got " + cameraDistance);
        }
        if (!(Math.abs(cameraHeight) <= 50)) {
            throw new UserError("--camera-height must be in [-50, 50] m, got " + cameraHeight);
        }
        if (!Double.isFinite(cameraYaw)) {
            throw new UserError("--camera-yaw must be finite, got " + cameraYaw);
        }
        if (!Files.exists(bvh)) {
            throw new UserError(bvh + ": file not found");
        }
    }
}
