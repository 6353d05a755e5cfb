package org.optimusmotion.physics.camera;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.optimusmotion.physics.io.MotionFormatException;

/**
 * Reads Pose2Sim / Sports2D calibration files ({@code Calib_*.toml}): one table per camera,
 * <pre>
 * [cam_01]
 * name = "cam_01"
 * size = [ 1088.0, 1920.0]                       # width, height
 * matrix = [ [ fx, 0.0, cx], [ 0.0, fy, cy], [ 0.0, 0.0, 1.0]]
 * distortions = [ k1, k2, p1, p2]
 * rotation = [ rx, ry, rz]                       # Rodrigues, world to camera (OpenCV rvec)
 * translation = [ tx, ty, tz]                    # metres
 * fisheye = false
 * </pre>
 * and a {@code [metadata]} table that is skipped. The world of these files is Z up, like ours.
 *
 * <p>The parser handles exactly this flat subset of TOML (tables, {@code key = value} with numbers,
 * strings, booleans and nested numeric arrays, {@code #} comments). Tangential distortion
 * ({@code p1, p2}) is not modelled by {@link Camera} and is dropped (the Pose2Sim demo's values are
 * about 1e-5). Fisheye cameras are rejected.
 */
public final class Pose2SimCalibration {

    /** Reads all cameras, keyed by table name (e.g. {@code cam_01}), in file order. */
    public Map<String, Camera> read(Path file) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw MotionFormatException.inFile(file, "file not found");
        }
        Map<String, Map<String, Object>> tables = new LinkedHashMap<>();
        Map<String, Integer> tableLine = new LinkedHashMap<>();
        Map<String, Object> current = null;
        for (int i = 0; i < lines.size(); i++) {
            String l = stripComment(lines.get(i)).trim();
            if (l.isEmpty()) {
                continue;
            }
            if (l.startsWith("[")) {
                if (!l.endsWith("]") || l.startsWith("[[")) {
                    throw MotionFormatException.atLine(file, i + 1, "bad table header '" + l + "'");
                }
                String name = l.substring(1, l.length() - 1).trim();
                current = new LinkedHashMap<>();
                tables.put(name, current);
                tableLine.put(name, i + 1);
                continue;
            }
            int eq = l.indexOf('=');
            if (eq <= 0) {
                throw MotionFormatException.atLine(file, i + 1, "expected 'key = value', found '" + l + "'");
            }
            if (current == null) {
                throw MotionFormatException.atLine(file, i + 1, "key outside a [table]");
            }
            String key = l.substring(0, eq).trim();
            Parser p = new Parser(file, i + 1, l.substring(eq + 1).trim());
            current.put(key, p.parseValue());
            p.expectEnd();
        }
        Map<String, Camera> cameras = new LinkedHashMap<>();
        for (var e : tables.entrySet()) {
            if (e.getKey().equals("metadata")) {
                continue;
            }
            cameras.put(e.getKey(), camera(file, tableLine.get(e.getKey()), e.getKey(), e.getValue()));
        }
        if (cameras.isEmpty()) {
            throw MotionFormatException.inFile(file, "no camera tables");
        }
        return cameras;
    }

    private static Camera camera(Path file, int line, String name, Map<String, Object> t) throws MotionFormatException {
        if (Boolean.TRUE.equals(t.get("fisheye"))) {
            throw MotionFormatException.atLine(file, line, "camera " + name + " is a fisheye camera (not supported)");
        }
        double[] size = numbers(file, line, name, t, "size", 2);
        double[][] k = new double[3][];
        Object m = t.get("matrix");
        if (!(m instanceof List<?> rows) || rows.size() != 3) {
            throw MotionFormatException.atLine(file, line, "camera " + name + ": matrix must be 3 rows");
        }
        for (int i = 0; i < 3; i++) {
            k[i] = toNumbers(file, line, name + " matrix row " + i, rows.get(i), 3);
        }
        double[] dist = t.containsKey("distortions") ? numbers(file, line, name, t, "distortions", -1) : new double[0];
        double[] rvec = numbers(file, line, name, t, "rotation", 3);
        double[] tvec = numbers(file, line, name, t, "translation", 3);
        try {
            return Camera.fromRodrigues(k[0][0], k[1][1], k[0][2], k[1][2], (int) Math.round(size[0]),
                    (int) Math.round(size[1]), dist.length > 0 ? dist[0] : 0, dist.length > 1 ? dist[1] : 0, rvec, tvec);
        } catch (IllegalArgumentException e) {
            throw MotionFormatException.atLine(file, line, "camera " + name + ": " + e.getMessage());
        }
    }

    private static double[] numbers(Path file, int line, String cam, Map<String, Object> t, String key, int size)
            throws MotionFormatException {
        if (!t.containsKey(key)) {
            throw MotionFormatException.atLine(file, line, "camera " + cam + ": missing '" + key + "'");
        }
        return toNumbers(file, line, cam + " " + key, t.get(key), size);
    }

    private static double[] toNumbers(Path file, int line, String what, Object o, int size) throws MotionFormatException {
        if (!(o instanceof List<?> list) || (size >= 0 && list.size() != size)) {
            throw MotionFormatException.atLine(file, line, what + ": expected " + (size >= 0 ? size + " " : "")
                    + "numbers in [ ]");
        }
        double[] v = new double[list.size()];
        for (int i = 0; i < v.length; i++) {
            if (!(list.get(i) instanceof Double d) || !Double.isFinite(d)) {
                throw MotionFormatException.atLine(file, line, what + "[" + i + "]: not a finite number");
            }
            v[i] = d;
        }
        return v;
    }

    private static String stripComment(String l) {
        boolean inString = false;
        for (int i = 0; i < l.length(); i++) {
            char c = l.charAt(i);
            if (c == '"') {
                inString = !inString;
            } else if (c == '#' && !inString) {
                return l.substring(0, i);
            }
        }
        return l;
    }

    /** Recursive-descent parser for one TOML value: number, string, boolean or array. */
    private static final class Parser {
        private final Path file;
        private final int line;
        private final String s;
        private int pos;

        Parser(Path file, int line, String s) {
            this.file = file;
            this.line = line;
            this.s = s;
        }

        Object parseValue() throws MotionFormatException {
            skipSpace();
            if (pos >= s.length()) {
                throw error("missing value");
            }
            char c = s.charAt(pos);
            if (c == '[') {
                pos++;
                List<Object> list = new ArrayList<>();
                skipSpace();
                if (peek() == ']') {
                    pos++;
                    return list;
                }
                while (true) {
                    list.add(parseValue());
                    skipSpace();
                    char d = peek();
                    pos++;
                    if (d == ']') {
                        return list;
                    }
                    if (d != ',') {
                        throw error("expected ',' or ']' in array");
                    }
                    skipSpace();
                    if (peek() == ']') {
                        pos++;
                        return list;
                    }
                }
            }
            if (c == '"') {
                int end = s.indexOf('"', pos + 1);
                if (end < 0) {
                    throw error("unterminated string");
                }
                String str = s.substring(pos + 1, end);
                pos = end + 1;
                return str;
            }
            int start = pos;
            while (pos < s.length() && ",] \t".indexOf(s.charAt(pos)) < 0) {
                pos++;
            }
            String tok = s.substring(start, pos);
            if (tok.equals("true") || tok.equals("false")) {
                return Boolean.valueOf(tok);
            }
            try {
                return Double.valueOf(tok.replace("_", ""));
            } catch (NumberFormatException e) {
                throw error("not a number, string, boolean or array: '" + tok + "'");
            }
        }

        void expectEnd() throws MotionFormatException {
            skipSpace();
            if (pos < s.length()) {
                throw error("unexpected text after the value: '" + s.substring(pos) + "'");
            }
        }

        private char peek() throws MotionFormatException {
            if (pos >= s.length()) {
                throw error("unterminated array (multi-line arrays are not supported)");
            }
            return s.charAt(pos);
        }

        private void skipSpace() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
        }

        private MotionFormatException error(String problem) {
            return MotionFormatException.atLine(file, line, problem);
        }
    }
}
