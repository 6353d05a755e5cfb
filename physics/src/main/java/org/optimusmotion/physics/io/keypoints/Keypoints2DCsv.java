package org.optimusmotion.physics.io.keypoints;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.optimusmotion.optimizer.io.AtomicFiles;
import org.optimusmotion.physics.io.InputFiles;
import org.optimusmotion.physics.io.MotionFormatException;
import org.optimusmotion.physics.model.Keypoint;
import org.optimusmotion.physics.motion.KeypointSequence2D;

/**
 * Our plain 2D keypoint CSV ("long" format, one row per frame and keypoint):
 * <pre>
 * # optimus keypoints2d v1
 * # fps=30
 * # image_width=1920
 * # image_height=1080
 * # frames=120
 * frame,keypoint,x,y,confidence
 * 0,pelvis,955.2,610.4,0.93
 * 0,right_hip,...
 * </pre>
 * {@code frame} is 0-based; {@code keypoint} is a canonical name ({@link Keypoint#fileName()});
 * {@code x, y} are pixels (origin top-left, y down); {@code confidence} is in [0, 1]. Rows may be in
 * any order; a (frame, keypoint) without a row, or with confidence 0, is missing. {@code fps} is
 * required; {@code frames} (optional) keeps trailing empty frames, otherwise the count is the largest
 * frame + 1. Lines starting with {@code #} are comments or {@code key=value} metadata.
 *
 * <p>Stateless and thread-safe. Written atomically.
 */
public final class Keypoints2DCsv {

    /** Column header line. */
    public static final String HEADER = "frame,keypoint,x,y,confidence";

    /** Reads the file; {@code defaultFps} (> 0) applies when it has no {@code # fps=} line, 0 to require it. */
    public KeypointSequence2D read(Path file, double defaultFps) throws IOException {
        List<String> lines = InputFiles.lines(file, StandardCharsets.UTF_8);
        CsvHeader h = CsvHeader.parse(file, lines, HEADER);
        double fps = h.positive(file, "fps", defaultFps);
        int width = h.nonNegativeInt(file, "image_width", 0);
        int height = h.nonNegativeInt(file, "image_height", 0);
        KeypointRows rows = KeypointRows.of(file, lines, h);
        int n = rows.frameCount();
        double[] xy = new double[n * Keypoint.COUNT * 2];
        double[] conf = new double[n * Keypoint.COUNT];
        rows.forEach(HEADER, (line, slot, c) -> {
            double confidence = CsvLines.number(file, line, c[4], "confidence");
            if (confidence < 0 || confidence > 1) {
                throw MotionFormatException.atLine(file, line, "confidence " + confidence + " outside [0, 1]");
            }
            conf[slot] = confidence;
            xy[2 * slot] = CsvLines.number(file, line, c[2], "x");
            xy[2 * slot + 1] = CsvLines.number(file, line, c[3], "y");
        });
        return new KeypointSequence2D(fps, width, height, xy, conf);
    }

    /** Writes every keypoint of every frame (missing ones with confidence 0), atomically. */
    public void write(Path file, KeypointSequence2D track) throws IOException {
        AtomicFiles.writeText(file, out -> {
            out.write("# optimus keypoints2d v1\n");
            out.write("# fps=" + track.fps() + "\n");
            out.write("# image_width=" + track.imageWidth() + "\n");
            out.write("# image_height=" + track.imageHeight() + "\n");
            out.write("# frames=" + track.frameCount() + "\n");
            out.write(HEADER + "\n");
            Keypoint[] kps = Keypoint.values();
            for (int f = 0; f < track.frameCount(); f++) {
                for (Keypoint kp : kps) {
                    int k = kp.ordinal();
                    out.write(String.format(Locale.ROOT, "%d,%s,%.4f,%.4f,%.4f%n", f, kp.fileName(),
                            track.get(f, k, 0), track.get(f, k, 1), track.confidence(f, k)).replace("\r", ""));
                }
            }
        });
    }
}
