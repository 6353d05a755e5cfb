package org.optimusmotion.physics.io.keypoints;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.optimusmotion.physics.io.InputFiles;
import org.optimusmotion.physics.io.MotionFormatException;
import org.optimusmotion.physics.motion.KeypointSequence2D;

/**
 * Reads MediaPipe Pose landmarks (33 per frame, {@link SkeletonMappings#MEDIAPIPE_33_JOINTS}).
 * Coordinates are normalised to [0, 1] of the image as MediaPipe returns them and are converted to
 * pixels with the image size (from the file, or given). {@code visibility} is the confidence
 * (clamped to [0, 1]; 1 when absent); {@code z} is ignored.
 *
 * <p><b>JSON:</b> {@code {"fps": 30, "image_width": 1920, "image_height": 1080, "frames": [{"landmarks":
 * [{"x", "y", "z", "visibility"} × 33]}, ...]}}, or just the {@code frames} array. A frame with an
 * empty or absent {@code landmarks} array is a missing frame.
 *
 * <p><b>CSV:</b> one row per frame, a header row, and for each landmark the columns
 * {@code <name>_x, <name>_y} and optionally {@code <name>_z, <name>_visibility} (e.g.
 * {@code nose_x, nose_y, nose_z, nose_visibility}); other columns (e.g. {@code frame}) are ignored.
 * An empty cell marks the landmark missing in that frame.
 *
 * <p>Stateless and thread-safe.
 */
public final class MediaPipeReader {

    private static final int JOINTS = 33;

    /** Reads the JSON form; {@code fps}, {@code width}, {@code height} are used when the file lacks them. */
    public KeypointSequence2D readJson(Path file, double fps, int width, int height) throws IOException {
        JsonNode root = JsonFiles.read(file);
        JsonNode frames = root.isArray() ? root : root.get("frames");
        if (frames == null || !frames.isArray()) {
            throw MotionFormatException.inFile(file, "no \"frames\" array (not a MediaPipe landmarks file?)");
        }
        if (root.isObject()) {
            fps = root.has("fps") ? JsonFiles.number(file, root.get("fps"), "fps") : fps;
            width = root.has("image_width") ? root.get("image_width").asInt() : width;
            height = root.has("image_height") ? root.get("image_height").asInt() : height;
        }
        requireSize(file, width, height);
        SourceFrames2D out = new SourceFrames2D(frames.size(), JOINTS);
        for (int f = 0; f < frames.size(); f++) {
            JsonNode lm = frames.get(f).isArray() ? frames.get(f) : frames.get(f).get("landmarks");
            if (lm == null || lm.isNull() || lm.size() == 0) {
                continue;
            }
            if (!lm.isArray() || lm.size() != JOINTS) {
                throw MotionFormatException.atFrame(file, f, "expected 33 landmarks, found " + lm.size());
            }
            for (int j = 0; j < JOINTS; j++) {
                JsonNode p = lm.get(j);
                String what = "landmark " + SkeletonMappings.MEDIAPIPE_33_JOINTS.get(j) + " in frame " + f;
                double x = JsonFiles.number(file, p.get("x"), what + " x");
                double y = JsonFiles.number(file, p.get("y"), what + " y");
                double c = p.has("visibility") ? JsonFiles.number(file, p.get("visibility"), what + " visibility") : 1;
                out.set(f, j, x * width, y * height, clamp01(c));
            }
        }
        return out.toCanonical(SkeletonMappings.MEDIAPIPE_33.bind(SkeletonMappings.MEDIAPIPE_33_JOINTS), fps, width, height);
    }

    /** Reads the CSV form. */
    public KeypointSequence2D readCsv(Path file, double fps, int width, int height) throws IOException {
        requireSize(file, width, height);
        List<String> lines = InputFiles.lines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            throw MotionFormatException.inFile(file, "empty file");
        }
        String[] header = CsvLines.split(lines.get(0));
        Map<String, Integer> col = new HashMap<>();
        for (int i = 0; i < header.length; i++) {
            col.put(header[i].trim().toLowerCase(java.util.Locale.ROOT), i);
        }
        int[][] idx = new int[JOINTS][4];
        for (int j = 0; j < JOINTS; j++) {
            String n = SkeletonMappings.MEDIAPIPE_33_JOINTS.get(j);
            Integer x = col.get(n + "_x");
            Integer y = col.get(n + "_y");
            if (x == null || y == null) {
                throw MotionFormatException.atLine(file, 1, "header lacks columns " + n + "_x and " + n + "_y");
            }
            idx[j][0] = x;
            idx[j][1] = y;
            idx[j][2] = col.getOrDefault(n + "_visibility", -1);
        }
        List<String[]> rows = CsvLines.dataRows(lines);
        SourceFrames2D out = new SourceFrames2D(rows.size(), JOINTS);
        int f = 0;
        for (int r = 1; r < lines.size(); r++) {
            if (lines.get(r).isBlank() || lines.get(r).startsWith("#")) {
                continue;
            }
            String[] cells = CsvLines.split(lines.get(r));
            if (cells.length != header.length) {
                throw MotionFormatException.atLine(file, r + 1, "expected " + header.length + " values, found " + cells.length);
            }
            for (int j = 0; j < JOINTS; j++) {
                String xs = cells[idx[j][0]].trim();
                String ys = cells[idx[j][1]].trim();
                if (xs.isEmpty() || ys.isEmpty()) {
                    continue;
                }
                double x = CsvLines.number(file, r + 1, xs, SkeletonMappings.MEDIAPIPE_33_JOINTS.get(j) + "_x");
                double y = CsvLines.number(file, r + 1, ys, SkeletonMappings.MEDIAPIPE_33_JOINTS.get(j) + "_y");
                double c = 1;
                if (idx[j][2] >= 0 && !cells[idx[j][2]].isBlank()) {
                    c = CsvLines.number(file, r + 1, cells[idx[j][2]].trim(),
                            SkeletonMappings.MEDIAPIPE_33_JOINTS.get(j) + "_visibility");
                }
                out.set(f, j, x * width, y * height, clamp01(c));
            }
            f++;
        }
        return out.toCanonical(SkeletonMappings.MEDIAPIPE_33.bind(SkeletonMappings.MEDIAPIPE_33_JOINTS), fps, width, height);
    }

    private static void requireSize(Path file, int width, int height) throws MotionFormatException {
        if (width <= 0 || height <= 0) {
            throw MotionFormatException.inFile(file, "MediaPipe coordinates are normalised; the image size is needed"
                    + " (give image_width/image_height in the file or on the command line)");
        }
    }

    private static double clamp01(double c) {
        return Math.max(0, Math.min(1, c));
    }
}
