package org.optimusmotion.physics.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.optimusmotion.physics.model.Scene;

/**
 * Reads static scene geometry from JSON (all lengths in metres, world frame, z up):
 * <pre>
 * {
 *   "boxes":  [ {"center": [x, y, z], "halfExtents": [hx, hy, hz], "rotationDeg": [rx, ry, rz]} ],
 *   "meshes": [ {"vertices": [[x, y, z], ...], "triangles": [[i, j, k], ...]} ]
 * }
 * </pre>
 * Both keys are optional. {@code rotationDeg} (optional) rotates a box about its centre by
 * R = Rz(rz) Ry(ry) Rx(rx) (world-fixed axes, x first); a box without rotation (or all zero) is
 * axis-aligned and uses the exact box narrow phase, a rotated one becomes a 12-triangle mesh.
 * Mesh triangles are one-sided: counter-clockwise seen from the side the body may touch.
 * Stateless, thread-safe.
 */
public final class SceneFiles {

    private SceneFiles() {
    }

    /** Reads a scene file; bad content raises a {@link MotionFormatException} naming the file and the value. */
    public static Scene read(Path file) throws IOException {
        JsonNode root = InputFiles.json(file);
        try {
            return parse(root);
        } catch (IllegalArgumentException e) {
            throw MotionFormatException.inFile(file, e.getMessage());
        }
    }

    /** Builds a scene from a parsed JSON tree (see the class comment); bad content raises IllegalArgumentException. */
    public static Scene parse(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("a scene must be a JSON object with \"boxes\" and/or \"meshes\"");
        }
        List<Scene.Box> boxes = new ArrayList<>();
        List<Scene.Mesh> meshes = new ArrayList<>();
        JsonNode bs = root.path("boxes");
        for (int b = 0; b < bs.size(); b++) {
            JsonNode box = bs.get(b);
            String where = "boxes[" + b + "]";
            double[] c = numbers(box.get("center"), 3, where + ".center");
            double[] h = numbers(box.get("halfExtents"), 3, where + ".halfExtents");
            double[] r = box.has("rotationDeg") ? numbers(box.get("rotationDeg"), 3, where + ".rotationDeg") : new double[3];
            try {
                if (r[0] == 0 && r[1] == 0 && r[2] == 0) {
                    boxes.add(new Scene.Box(c, h));
                } else {
                    meshes.add(Scene.Mesh.box(c, h, rotation(Math.toRadians(r[0]), Math.toRadians(r[1]), Math.toRadians(r[2]))));
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
            }
        }
        JsonNode ms = root.path("meshes");
        for (int i = 0; i < ms.size(); i++) {
            JsonNode mesh = ms.get(i);
            String where = "meshes[" + i + "]";
            JsonNode vs = mesh.path("vertices");
            JsonNode ts = mesh.path("triangles");
            double[] v = new double[3 * vs.size()];
            for (int k = 0; k < vs.size(); k++) {
                System.arraycopy(numbers(vs.get(k), 3, where + ".vertices[" + k + "]"), 0, v, 3 * k, 3);
            }
            int[] t = new int[3 * ts.size()];
            for (int k = 0; k < ts.size(); k++) {
                JsonNode tri = ts.get(k);
                if (tri == null || !tri.isArray() || tri.size() != 3) {
                    throw new IllegalArgumentException(where + ".triangles[" + k + "] must be 3 vertex indices");
                }
                for (int j = 0; j < 3; j++) {
                    if (!tri.get(j).canConvertToInt() || !tri.get(j).isIntegralNumber()) {
                        throw new IllegalArgumentException(where + ".triangles[" + k + "] holds " + tri.get(j) + ", not an integer index");
                    }
                    t[3 * k + j] = tri.get(j).intValue();
                }
            }
            try {
                meshes.add(new Scene.Mesh(v, t));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
            }
        }
        return new Scene(boxes, meshes);
    }

    /** Row-major R = Rz(c) Ry(b) Rx(a). */
    public static double[] rotation(double a, double b, double c) {
        double ca = Math.cos(a);
        double sa = Math.sin(a);
        double cb = Math.cos(b);
        double sb = Math.sin(b);
        double cc = Math.cos(c);
        double sc = Math.sin(c);
        return new double[] {
            cc * cb, cc * sb * sa - sc * ca, cc * sb * ca + sc * sa,
            sc * cb, sc * sb * sa + cc * ca, sc * sb * ca - cc * sa,
            -sb, cb * sa, cb * ca,
        };
    }

    private static double[] numbers(JsonNode node, int n, String where) {
        if (node == null || !node.isArray() || node.size() != n) {
            throw new IllegalArgumentException(where + " must be a list of " + n + " numbers, got " + node);
        }
        double[] out = new double[n];
        for (int k = 0; k < n; k++) {
            if (!node.get(k).isNumber()) {
                throw new IllegalArgumentException(where + "[" + k + "] is " + node.get(k) + ", not a number");
            }
            out[k] = node.get(k).doubleValue();
        }
        return out;
    }
}
