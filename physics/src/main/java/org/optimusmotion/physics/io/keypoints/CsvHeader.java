package org.optimusmotion.physics.io.keypoints;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.optimusmotion.physics.io.MotionFormatException;
import org.optimusmotion.physics.model.Keypoint;

/**
 * The shared layout of our long-format keypoint CSVs: {@code # key=value} metadata lines, then a
 * column header, then one row per (frame, keypoint).
 */
final class CsvHeader {

    final Map<String, String> meta = new HashMap<>();
    /** 0-based index of the column-header line. */
    final int headerLine;

    private CsvHeader(int headerLine) {
        this.headerLine = headerLine;
    }

    static CsvHeader parse(Path file, List<String> lines, String expectedColumns) throws MotionFormatException {
        int i = 0;
        Map<String, String> meta = new HashMap<>();
        while (i < lines.size() && (lines.get(i).startsWith("#") || lines.get(i).isBlank())) {
            String l = lines.get(i).substring(lines.get(i).isBlank() ? 0 : 1).trim();
            int eq = l.indexOf('=');
            if (eq > 0) {
                meta.put(l.substring(0, eq).trim().toLowerCase(Locale.ROOT), l.substring(eq + 1).trim());
            }
            i++;
        }
        if (i >= lines.size()) {
            throw MotionFormatException.inFile(file, "no column header '" + expectedColumns + "'");
        }
        String header = lines.get(i).replace(" ", "").toLowerCase(Locale.ROOT);
        if (!header.equals(expectedColumns)) {
            throw MotionFormatException.atLine(file, i + 1, "expected the header '" + expectedColumns + "', found '"
                    + lines.get(i) + "'");
        }
        CsvHeader h = new CsvHeader(i);
        h.meta.putAll(meta);
        return h;
    }

    double positive(Path file, String key, double fallback) throws MotionFormatException {
        String v = meta.get(key);
        if (v == null) {
            if (fallback > 0) {
                return fallback;
            }
            throw MotionFormatException.inFile(file, "missing '# " + key + "=...' line");
        }
        try {
            double d = Double.parseDouble(v);
            if (d > 0 && Double.isFinite(d)) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw MotionFormatException.inFile(file, "'# " + key + "=" + v + "' must be a positive number");
    }

    int nonNegativeInt(Path file, String key, int fallback) throws MotionFormatException {
        String v = meta.get(key);
        if (v == null) {
            return fallback;
        }
        try {
            int d = Integer.parseInt(v);
            if (d >= 0) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw MotionFormatException.inFile(file, "'# " + key + "=" + v + "' must be a non-negative integer");
    }

    static Keypoint keypoint(Path file, int line, String name) throws MotionFormatException {
        String n = name.trim().toUpperCase(Locale.ROOT);
        for (Keypoint k : Keypoint.values()) {
            if (k.name().equals(n)) {
                return k;
            }
        }
        throw MotionFormatException.atLine(file, line, "unknown keypoint name '" + name.trim()
                + "' (expected one of pelvis, right_hip, ..., left_toe)");
    }
}
