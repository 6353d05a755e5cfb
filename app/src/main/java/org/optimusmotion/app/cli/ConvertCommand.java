package org.optimusmotion.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.optimusmotion.physics.io.MotionFiles;
import org.optimusmotion.physics.io.bvh.BvhFromKeypoints;
import org.optimusmotion.physics.io.bvh.BvhReader;
import org.optimusmotion.physics.io.bvh.BvhWriter;
import org.optimusmotion.physics.io.keypoints.KeypointFiles;
import org.optimusmotion.physics.io.keypoints.Keypoints2DCsv;
import org.optimusmotion.physics.io.keypoints.Keypoints3DCsv;
import org.optimusmotion.physics.motion.KeypointSequence2D;
import org.optimusmotion.physics.motion.KeypointSequence3D;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code optimus convert --in FILE --out FILE}: 3D tracks (.bvh, .trc, 3D CSV) to our 3D CSV or to
 * BVH ({@link BvhFromKeypoints}; a BVH input without resampling is copied joint for joint), 2D tracks
 * (OpenPose folder, COCO or MediaPipe JSON, MediaPipe CSV, 2D CSV) to our 2D CSV. Optional
 * resampling with {@code --to-fps}.
 */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"Converts keypoint tracks between the supported formats (docs/formats.md).",
            "3D (.bvh, .trc, CSV) -> 3D CSV or BVH; 2D (OpenPose folder, COCO/MediaPipe JSON, CSV) -> 2D CSV."})
public final class ConvertCommand implements Callable<Integer> {

    /** Frame rate assumed for 2D inputs that do not store one when --fps is not given. */
    static final double ASSUMED_FPS = 30;

    /** Highest frame rate read or resampled to: above high-speed mocap (1 kHz), below what fills the heap. */
    static final int MAX_FPS = 2000;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--in", required = true, paramLabel = "FILE|DIR", description = "Input track.")
    Path in;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output file (.csv or .bvh).")
    Path out;

    @Option(names = "--fps", defaultValue = "0", paramLabel = "F",
            description = "Frame rate of inputs that do not store one (OpenPose, COCO, CSV without '# fps=').")
    double fps;

    @Option(names = "--to-fps", paramLabel = "F", description = "Resample to this frame rate, in (0, "
            + MAX_FPS + "].")
    Double toFps;

    @Option(names = "--width", defaultValue = "0", paramLabel = "PX", description = "Image width for 2D inputs without one.")
    int width;

    @Option(names = "--height", defaultValue = "0", paramLabel = "PX", description = "Image height for 2D inputs without one.")
    int height;

    @Override
    public Integer call() throws Exception {
        if (toFps != null && !(toFps > 0 && toFps <= MAX_FPS)) {
            throw new UserError("--to-fps must be in (0, " + MAX_FPS + "], got " + toFps);
        }
        if (!(fps >= 0 && fps <= MAX_FPS)) {
            throw new UserError("--fps must be in (0, " + MAX_FPS + "] or left out, got " + fps);
        }
        String outExt = KeypointFiles.extension(out);
        if (outExt.equals("bvh")) {
            if (KeypointFiles.extension(in).equals("bvh") && toFps == null) {
                new BvhWriter().write(out, new BvhReader().read(in));
            } else if (MotionFiles.is3D(in)) {
                KeypointSequence3D t = MotionFiles.read3D(in, fps);
                new BvhWriter().write(out, BvhFromKeypoints.toBvh(toFps != null ? t.resample(toFps) : t));
            } else {
                throw new UserError("BVH output needs a 3D input (.bvh, .trc or 3D CSV); " + in + " is 2D");
            }
        } else if (!outExt.equals("csv")) {
            throw new UserError(out + ": output must be .csv or .bvh");
        } else if (MotionFiles.is3D(in)) {
            KeypointSequence3D t = MotionFiles.read3D(in, fps);
            new Keypoints3DCsv().write(out, toFps != null ? t.resample(toFps) : t);
        } else {
            double inputFps = fps;
            if (inputFps <= 0 && !KeypointFiles.extension(in).equals("csv")) {
                inputFps = ASSUMED_FPS;
                spec.commandLine().getErr().println("note: assuming " + ASSUMED_FPS + " fps unless the file says"
                        + " otherwise (give --fps)");
            }
            KeypointSequence2D t = MotionFiles.read2D(in, inputFps, width, height);
            new Keypoints2DCsv().write(out, toFps != null ? t.resample(toFps) : t);
        }
        spec.commandLine().getErr().println("wrote " + out);
        return 0;
    }
}
