package org.optimusmotion.physics.io.keypoints;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.optimusmotion.optimizer.io.AtomicFiles;
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
        List<String> lines = Keypoints2DCsv.readLines(file);
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
        int frames = h.nonNegativeInt(file, "frames", -1);
        int maxFrame = -1;
        for (int i = h.headerLine + 1; i < lines.size(); i++) {
            String l = lines.get(i);
            if (!l.isBlank() && !l.startsWith("#")) {
                maxFrame = Math.max(maxFrame, CsvLines.integer(file, i + 1, CsvLines.split(l)[0], "frame"));
            }
        }
        if (frames >= 0 && maxFrame >= frames) {
            throw MotionFormatException.inFile(file, "rows reach frame " + maxFrame + " but '# frames=" + frames
                    + "' says there are " + frames + " frames");
        }
        int n = frames >= 0 ? frames : maxFrame + 1;
        int k = Keypoint.COUNT;
        double[] pos = new double[n * k * 3];
        boolean[] valid = new boolean[n * k];
        for (int i = h.headerLine + 1; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.isBlank() || l.startsWith("#")) {
                continue;
            }
            String[] c = CsvLines.split(l);
            if (c.length != 5) {
                throw MotionFormatException.atLine(file, i + 1, "expected 5 values (" + HEADER + "), found " + c.length);
            }
            int f = CsvLines.integer(file, i + 1, c[0], "frame");
            if (f < 0) {
                throw MotionFormatException.atLine(file, i + 1, "negative frame " + f);
            }
            Keypoint kp = CsvHeader.keypoint(file, i + 1, c[1]);
            int idx = f * k + kp.ordinal();
            if (valid[idx]) {
                throw MotionFormatException.atLine(file, i + 1, "second row for frame " + f + " " + kp.fileName());
            }
            valid[idx] = true;
            pos[3 * idx] = scale * CsvLines.number(file, i + 1, c[2], "x");
            pos[3 * idx + 1] = scale * CsvLines.number(file, i + 1, c[3], "y");
            pos[3 * idx + 2] = scale * CsvLines.number(file, i + 1, c[4], "z");
        }
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
