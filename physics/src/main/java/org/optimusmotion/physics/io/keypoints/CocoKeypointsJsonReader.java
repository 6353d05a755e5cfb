package org.optimusmotion.physics.io.keypoints;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.optimusmotion.physics.io.MotionFormatException;
import org.optimusmotion.physics.motion.KeypointSequence2D;

/**
 * Reads COCO-17 person keypoints in either COCO JSON flavour; one frame per image:
 * <ul>
 *   <li>the dataset/annotation file {@code {"images": [{"id", "width", "height", ...}], "annotations":
 *       [{"image_id", "keypoints": [x, y, v] × 17}]}}: frames are the images in {@code id} order (so
 *       images without annotations are missing frames); visibility {@code v = 0} (not labelled) gives
 *       confidence 0, {@code v = 1, 2} confidence 1; image size is taken from the first image;</li>
 *   <li>the detection-results list {@code [{"image_id", "keypoints": [x, y, score] × 17, "score"}]}:
 *       frames are the distinct {@code image_id}s in numeric order; the per-keypoint score (clamped to
 *       [0, 1]) is the confidence.</li>
 * </ul>
 * Several people on one image: the one with the highest summed confidence is kept.
 *
 * <p>Stateless and thread-safe.
 */
public final class CocoKeypointsJsonReader {

    private static final int JOINTS = 17;

    /**
     * @param fps    frame rate, > 0
     * @param width  image width in pixels when the file does not say (0 if unknown)
     * @param height image height in pixels when the file does not say (0 if unknown)
     */
    public KeypointSequence2D read(Path file, double fps, int width, int height) throws IOException {
        JsonNode root = JsonFiles.read(file);
        JsonNode annotations;
        TreeMap<Long, Integer> frameOfImage = new TreeMap<>();
        boolean visibilityFlags;
        if (root.isObject() && root.has("annotations")) {
            annotations = root.get("annotations");
            visibilityFlags = true;
            JsonNode images = root.get("images");
            if (images != null && images.isArray() && images.size() > 0) {
                List<Long> ids = new ArrayList<>();
                for (JsonNode img : images) {
                    ids.add(id(file, img.get("id"), "images[].id"));
                }
                ids.stream().sorted().forEach(id -> frameOfImage.put(id, frameOfImage.size()));
                JsonNode first = images.get(0);
                if (first.has("width") && first.has("height")) {
                    width = first.get("width").asInt();
                    height = first.get("height").asInt();
                }
            }
        } else if (root.isArray()) {
            annotations = root;
            visibilityFlags = false;
        } else {
            throw MotionFormatException.inFile(file, "neither a COCO dataset object with \"annotations\" nor a results list");
        }
        if (!annotations.isArray()) {
            throw MotionFormatException.inFile(file, "\"annotations\" is not an array");
        }
        if (frameOfImage.isEmpty()) {
            TreeMap<Long, Integer> ids = new TreeMap<>();
            for (JsonNode a : annotations) {
                ids.put(id(file, a.get("image_id"), "image_id"), 0);
            }
            ids.keySet().forEach(id -> frameOfImage.put(id, frameOfImage.size()));
        }
        SourceFrames2D frames = new SourceFrames2D(frameOfImage.size(), JOINTS);
        Map<Integer, Double> bestScore = new HashMap<>();
        for (int i = 0; i < annotations.size(); i++) {
            JsonNode a = annotations.get(i);
            long imageId = id(file, a.get("image_id"), "annotation " + i + " image_id");
            Integer f = frameOfImage.get(imageId);
            if (f == null) {
                throw MotionFormatException.inFile(file, "annotation " + i + ": image_id " + imageId + " not in images");
            }
            JsonNode kp = a.get("keypoints");
            if (kp == null || !kp.isArray() || kp.size() != JOINTS * 3) {
                throw MotionFormatException.atFrame(file, f, "annotation " + i + ": keypoints must hold "
                        + (JOINTS * 3) + " values (17 × x, y, v), found " + (kp == null ? "none" : kp.size()));
            }
            double[] conf = new double[JOINTS];
            double score = 0;
            for (int j = 0; j < JOINTS; j++) {
                double v = JsonFiles.number(file, kp.get(3 * j + 2), "annotation " + i + " keypoint " + j + " v");
                conf[j] = visibilityFlags ? (v > 0 ? 1 : 0) : Math.max(0, Math.min(1, v));
                score += conf[j];
            }
            if (bestScore.getOrDefault(f, -1.0) >= score) {
                continue;
            }
            bestScore.put(f, score);
            for (int j = 0; j < JOINTS; j++) {
                double x = JsonFiles.number(file, kp.get(3 * j), "annotation " + i + " keypoint " + j + " x");
                double y = JsonFiles.number(file, kp.get(3 * j + 1), "annotation " + i + " keypoint " + j + " y");
                frames.set(f, j, x, y, conf[j]);
            }
        }
        return frames.toCanonical(SkeletonMappings.COCO_17.bind(SkeletonMappings.COCO_17_JOINTS), fps, width, height);
    }

    private static long id(Path file, JsonNode node, String what) throws MotionFormatException {
        if (node == null || !node.canConvertToLong()) {
            throw MotionFormatException.inFile(file, what + ": expected an integer id, found " + node);
        }
        return node.asLong();
    }
}
