package org.optimusmotion.physics.io.keypoints;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.optimusmotion.physics.io.InputFiles;
import org.optimusmotion.physics.io.MotionFormatException;
import org.optimusmotion.physics.model.Keypoint;
import org.optimusmotion.physics.motion.KeypointSequence3D;

/**
 * Reads TRC marker files (OpenSim / Pose2Sim triangulation output), tab-separated:
 * <pre>
 * PathFileType  4  (X/Y/Z)  name.trc
 * DataRate  CameraRate  NumFrames  NumMarkers  Units  OrigDataRate  OrigDataStartFrame  OrigNumFrames
 * 60        60          100        21          m      60            0                   100
 * Frame#  Time  RHip  (2 empty)  RKnee ...
 *               X1 Y1 Z1 X2 ...
 * 1       0.0167  -0.065  0.90  -1.40 ...
 * </pre>
 * Units {@code m} or {@code mm}; TRC is Y up, converted to our Z-up world with {@code (x, y, z) ->
 * (z, x, y)} (checked against the Pose2Sim calibration, see data/real/SOURCES.md). Empty cells mark a
 * missing marker. The number of data rows must equal {@code NumFrames}; each row holds
 * {@code 2 + 3 × NumMarkers} values. Markers are mapped with {@link SkeletonMappings#POSE2SIM_TRC}
 * unless another mapping is given.
 *
 * <p>Stateless and thread-safe.
 */
public final class TrcReader {

    /** Reads with the Pose2Sim marker mapping. */
    public KeypointSequence3D read(Path file) throws IOException {
        return read(file, SkeletonMappings.POSE2SIM_TRC);
    }

    /** Reads with {@code mapping} applied to the marker names. */
    public KeypointSequence3D read(Path file, SkeletonMapping mapping) throws IOException {
        List<String> lines = InputFiles.lines(file, StandardCharsets.UTF_8);
        if (lines.size() < 5) {
            throw MotionFormatException.inFile(file, "truncated: a TRC header has 5 lines, the file has " + lines.size());
        }
        String[] keys = lines.get(1).split("\t", -1);
        String[] vals = lines.get(2).split("\t", -1);
        double fps = headerNumber(file, keys, vals, "DataRate");
        int frames = (int) headerNumber(file, keys, vals, "NumFrames");
        int markers = (int) headerNumber(file, keys, vals, "NumMarkers");
        String units = headerValue(file, keys, vals, "Units");
        double scale;
        if (units.equals("m")) {
            scale = 1;
        } else if (units.equals("mm")) {
            scale = 0.001;
        } else {
            throw MotionFormatException.atLine(file, 3, "Units '" + units + "' must be m or mm");
        }
        String[] nameCells = lines.get(3).split("\t", -1);
        List<String> names = new ArrayList<>();
        for (int m = 0; m < markers; m++) {
            int c = 2 + 3 * m;
            if (c >= nameCells.length || nameCells[c].isBlank()) {
                throw MotionFormatException.atLine(file, 4, "marker " + (m + 1) + " of " + markers + " has no name");
            }
            names.add(nameCells[c].trim());
        }
        LayoutBinding binding;
        try {
            binding = mapping.bind(names);
        } catch (IllegalArgumentException e) {
            throw MotionFormatException.atLine(file, 4, e.getMessage());
        }
        int k = Keypoint.COUNT;
        double[] raw = new double[markers * 3];
        boolean[] rawValid = new boolean[markers];
        double[] out = new double[frames * k * 3];
        boolean[] valid = new boolean[frames * k];
        int f = 0;
        for (int i = 5; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.isBlank()) {
                continue;
            }
            if (f == frames) {
                throw MotionFormatException.atLine(file, i + 1, "more data rows than NumFrames " + frames);
            }
            String[] c = l.split("\t", -1);
            int need = 2 + 3 * markers;
            if (c.length < need || !allBlank(c, need)) {
                throw MotionFormatException.atLine(file, i + 1, "expected " + need + " values (Frame#, Time, "
                        + markers + " markers × 3), found " + c.length);
            }
            for (int m = 0; m < markers; m++) {
                boolean present = true;
                for (int a = 0; a < 3; a++) {
                    String cell = c[2 + 3 * m + a].trim();
                    if (cell.isEmpty()) {
                        present = false;
                    } else {
                        raw[3 * m + a] = scale * CsvLines.number(file, i + 1, cell, names.get(m) + " " + "XYZ".charAt(a));
                    }
                }
                rawValid[m] = present;
                if (present) {
                    // Y-up TRC to Z-up world: (x, y, z) -> (z, x, y).
                    double x = raw[3 * m];
                    double y = raw[3 * m + 1];
                    double z = raw[3 * m + 2];
                    raw[3 * m] = z;
                    raw[3 * m + 1] = x;
                    raw[3 * m + 2] = y;
                }
            }
            binding.mapFrame(3, raw, 0, rawValid, 0, out, f * k * 3, valid, f * k);
            f++;
        }
        if (f != frames) {
            throw MotionFormatException.atLine(file, lines.size(), "truncated: NumFrames says " + frames
                    + " but the file has " + f + " data rows");
        }
        return new KeypointSequence3D(fps, out, valid);
    }

    private static boolean allBlank(String[] c, int from) {
        for (int i = from; i < c.length; i++) {
            if (!c[i].isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static String headerValue(Path file, String[] keys, String[] vals, String key) throws MotionFormatException {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i].trim().equals(key)) {
                if (i >= vals.length) {
                    throw MotionFormatException.atLine(file, 3, "no value for " + key);
                }
                return vals[i].trim();
            }
        }
        throw MotionFormatException.atLine(file, 2, "header lacks " + key);
    }

    private static double headerNumber(Path file, String[] keys, String[] vals, String key) throws MotionFormatException {
        String v = headerValue(file, keys, vals, key);
        double d = CsvLines.number(file, 3, v, key);
        if (!(d > 0)) {
            throw MotionFormatException.atLine(file, 3, key + " must be > 0, got " + v);
        }
        return d;
    }
}
