package org.optimusmotion.physics.io.keypoints;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.optimusmotion.physics.io.InputFiles;
import org.optimusmotion.physics.io.MotionFormatException;
import org.optimusmotion.physics.motion.KeypointSequence2D;
import org.optimusmotion.physics.motion.KeypointSequence3D;

/**
 * Chooses a reader from a path:
 * <ul>
 *   <li>3D: {@code .trc}, {@code .csv} ({@link Keypoints3DCsv}); BVH through
 *       {@link org.optimusmotion.physics.io.MotionFiles};</li>
 *   <li>2D: a folder (OpenPose JSON per frame), {@code .json} (COCO if it has {@code annotations} or is a
 *       list of objects with {@code image_id}; MediaPipe if it has {@code frames}; else a single OpenPose
 *       frame), {@code .csv} (our plain CSV if the header is {@value Keypoints2DCsv#HEADER}, else
 *       MediaPipe CSV).</li>
 * </ul>
 */
public final class KeypointFiles {

    private KeypointFiles() {
    }

    /** Reads a 3D track; {@code defaultFps} applies to CSV files without an fps line (0 to require it). */
    public static KeypointSequence3D read3D(Path file, double defaultFps) throws IOException {
        String ext = extension(file);
        switch (ext) {
            case "trc":
                return new TrcReader().read(file);
            case "csv":
                return new Keypoints3DCsv().read(file, defaultFps);
            default:
                throw MotionFormatException.inFile(file, "unknown 3D track format '." + ext
                        + "' (expected .trc or .csv; BVH: org.optimusmotion.physics.io.MotionFiles)");
        }
    }

    /**
     * Reads a 2D track.
     *
     * @param fps    frame rate for formats that do not store it, > 0
     * @param width  image width for formats that do not store it (0 if unknown)
     * @param height image height for formats that do not store it (0 if unknown)
     */
    public static KeypointSequence2D read2D(Path file, double fps, int width, int height) throws IOException {
        if (Files.isDirectory(file)) {
            return new OpenPoseJsonReader().read(file, null, fps, width, height);
        }
        String ext = extension(file);
        if (ext.equals("json")) {
            var root = JsonFiles.read(file);
            boolean coco = root.has("annotations")
                    || (root.isArray() && root.size() > 0 && root.get(0).has("image_id"));
            if (coco) {
                return new CocoKeypointsJsonReader().read(file, fps, width, height);
            }
            if (root.has("frames") || root.isArray()) {
                return new MediaPipeReader().readJson(file, fps, width, height);
            }
            return new OpenPoseJsonReader().read(file, null, fps, width, height);
        }
        if (ext.equals("csv")) {
            String first = firstNonCommentLine(file);
            if (first.replace(" ", "").equalsIgnoreCase(Keypoints2DCsv.HEADER)) {
                return new Keypoints2DCsv().read(file, fps);
            }
            return new MediaPipeReader().readCsv(file, fps, width, height);
        }
        throw MotionFormatException.inFile(file, "unknown 2D track format '." + ext
                + "' (expected an OpenPose folder, .json or .csv)");
    }

    private static String firstNonCommentLine(Path file) throws IOException {
        for (String l : InputFiles.lines(file, StandardCharsets.UTF_8)) {
            if (!l.isBlank() && !l.startsWith("#")) {
                return l;
            }
        }
        return "";
    }

    /** Lower-case extension without the dot, or "". */
    public static String extension(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
