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
import org.optimusmotion.physics.motion.KeypointSequence3D;

/**
 * Our plain 3D keypoint CSV ("long" format, one row per frame and present keypoint):
 * <pre>
 * # optimus keypoints3d v1
 * # fps=60
 * # units=m
 * # frames=120
 * frame,keypoint,x,y,z
 * 0,pelvis,0.012,-0.204,0.951
 * </pre>
 * World frame: metres, right-handed, Z up. {@code frame} is 0-based, {@code keypoint} a canonical
 * name. A (frame, keypoint) without a row is missing (invalid). {@code units} may be {@code m}
 * (default) or {@code mm}. {@code fps} is required; {@code frames} is optional as in
 * {@link Keypoints2DCsv}.
 *
 * <p>Stateless and thread-safe. Written atomically, with 6 decimals (micrometres).
 */
public final class Keypoints3DCsv {

    /** Column header line. */
    public static final String HEADER = "frame,keypoint,x,y,z";

    /** Reads the file; {@code defaultFps} (> 0) applies when it has no {@code # fps=} line, 0 to require it. */
    public KeypointSequence3D read(Path file, double defaultFps) throws IOException {
        List<String> lines = InputFiles.lines(file, StandardCharsets.UTF_8);
        CsvHeader h = CsvHeader.parse(file, lines, HEADER);
        double fps = h.positive(file, "fps", defaultFps);
        String units = h.meta.getOrDefault("units", "m");
        double scale;
        if (units.equals("m")) {
            scale = 1;
        } else if (units.equals("mm")) {
            scale = 0.001;
        } else {
            throw MotionFormatException.inFile(file, "'# units=" + units + "' must be m or mm");
        }
        KeypointRows rows = KeypointRows.of(file, lines, h);
        int n = rows.frameCount();
        double[] pos = new double[n * Keypoint.COUNT * 3];
        boolean[] valid = new boolean[n * Keypoint.COUNT];
        rows.forEach(HEADER, (line, slot, c) -> {
            valid[slot] = true;
            pos[3 * slot] = scale * CsvLines.number(file, line, c[2], "x");
            pos[3 * slot + 1] = scale * CsvLines.number(file, line, c[3], "y");
            pos[3 * slot + 2] = scale * CsvLines.number(file, line, c[4], "z");
        });
        return new KeypointSequence3D(fps, pos, valid);
    }

    /** Writes the valid keypoints, atomically. */
    public void write(Path file, KeypointSequence3D track) throws IOException {
        AtomicFiles.writeText(file, out -> {
            out.write("# optimus keypoints3d v1\n");
            out.write("# fps=" + track.fps() + "\n");
            out.write("# units=m\n");
            out.write("# frames=" + track.frameCount() + "\n");
            out.write(HEADER + "\n");
            Keypoint[] kps = Keypoint.values();
            for (int f = 0; f < track.frameCount(); f++) {
                for (Keypoint kp : kps) {
                    int k = kp.ordinal();
                    if (!track.isValid(f, k)) {
                        continue;
                    }
                    out.write(String.format(Locale.ROOT, "%d,%s,%.6f,%.6f,%.6f%n", f, kp.fileName(),
                            track.get(f, k, 0), track.get(f, k, 1), track.get(f, k, 2)).replace("\r", ""));
                }
            }
        });
    }
}
