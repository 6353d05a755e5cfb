package org.optimusmotion.physics.camera;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import org.optimusmotion.optimizer.io.AtomicFiles;
import org.optimusmotion.physics.io.InputFiles;
import org.optimusmotion.physics.io.MotionFormatException;

/**
 * Our camera file (JSON), documented in docs/formats.md:
 * <pre>
 * {
 *   "format": "optimus-camera-v1",
 *   "image_width": 1920, "image_height": 1080,
 *   "fx": 1662.8, "fy": 1662.8, "cx": 960.0, "cy": 540.0,
 *   "k1": 0.0, "k2": 0.0,
 *   "rotation": [[r00, r01, r02], [r10, r11, r12], [r20, r21, r22]],
 *   "translation_m": [tx, ty, tz]
 * }
 * </pre>
 * {@code rotation} and {@code translation_m} map world to camera ({@code X_c = R·X_w + t}, OpenCV
 * axes, metres); instead of the matrix, {@code "rotation_rodrigues": [rx, ry, rz]} (radians) is also
 * accepted. {@code k1}, {@code k2} are optional (0). Unknown keys are ignored.
 *
 * <p>Stateless and thread-safe. Written atomically.
 */
public final class CameraJson {

    /** Value of the {@code format} key. */
    public static final String FORMAT = "optimus-camera-v1";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Reads a camera file. */
    public Camera read(Path file) throws IOException {
        JsonNode root = InputFiles.json(file);
        if (root == null || !root.isObject()) {
            throw MotionFormatException.inFile(file, "expected a JSON object");
        }
        double[] rotation;
        if (root.has("rotation")) {
            JsonNode r = root.get("rotation");
            if (!r.isArray() || r.size() != 3) {
                throw MotionFormatException.inFile(file, "rotation must be a 3x3 array of rows");
            }
            rotation = new double[9];
            for (int i = 0; i < 3; i++) {
                double[] row = vector(file, r.get(i), "rotation row " + i, 3);
                System.arraycopy(row, 0, rotation, 3 * i, 3);
            }
        } else if (root.has("rotation_rodrigues")) {
            rotation = Rotations.fromRodrigues(vector(file, root.get("rotation_rodrigues"), "rotation_rodrigues", 3));
        } else {
            throw MotionFormatException.inFile(file, "missing rotation (or rotation_rodrigues)");
        }
        try {
            return new Camera(number(file, root, "fx"), number(file, root, "fy"), number(file, root, "cx"),
                    number(file, root, "cy"), (int) number(file, root, "image_width"),
                    (int) number(file, root, "image_height"), optional(file, root, "k1"), optional(file, root, "k2"),
                    rotation, vector(file, root.get("translation_m"), "translation_m", 3));
        } catch (IllegalArgumentException e) {
            throw MotionFormatException.inFile(file, e.getMessage());
        }
    }

    /** Writes a camera file atomically. */
    public void write(Path file, Camera camera) throws IOException {
        AtomicFiles.writeString(file, toJson(camera));
    }

    /** The JSON text of a camera. */
    public String toJson(Camera c) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("format", FORMAT);
        o.put("image_width", c.widthPx());
        o.put("image_height", c.heightPx());
        o.put("fx", c.fx());
        o.put("fy", c.fy());
        o.put("cx", c.cx());
        o.put("cy", c.cy());
        o.put("k1", c.k1());
        o.put("k2", c.k2());
        ArrayNode rows = o.putArray("rotation");
        double[] r = c.rotation();
        for (int i = 0; i < 3; i++) {
            rows.addArray().add(r[3 * i]).add(r[3 * i + 1]).add(r[3 * i + 2]);
        }
        ArrayNode t = o.putArray("translation_m");
        for (double v : c.translationM()) {
            t.add(v);
        }
        try {
            return MAPPER.writeValueAsString(o) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double number(Path file, JsonNode root, String key) throws MotionFormatException {
        JsonNode n = root.get(key);
        if (n == null || !n.isNumber()) {
            throw MotionFormatException.inFile(file, "missing or non-numeric '" + key + "'");
        }
        return n.asDouble();
    }

    private static double optional(Path file, JsonNode root, String key) throws MotionFormatException {
        return root.has(key) ? number(file, root, key) : 0;
    }

    private static double[] vector(Path file, JsonNode n, String what, int size) throws MotionFormatException {
        if (n == null || !n.isArray() || n.size() != size) {
            throw MotionFormatException.inFile(file, what + " must be an array of " + size + " numbers");
        }
        double[] v = new double[size];
        for (int i = 0; i < size; i++) {
            if (!n.get(i).isNumber()) {
                throw MotionFormatException.inFile(file, what + "[" + i + "] is not a number");
            }
            v[i] = n.get(i).asDouble();
        }
        return v;
    }
}
