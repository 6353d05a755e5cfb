package org.optimusmotion.app.detect;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.optimusmotion.optimizer.io.AtomicFiles;
import org.optimusmotion.physics.camera.Camera;
import org.optimusmotion.physics.camera.CameraJson;
import org.optimusmotion.physics.io.keypoints.Keypoints2DCsv;
import org.optimusmotion.physics.io.keypoints.Keypoints3DCsv;
import org.optimusmotion.physics.motion.KeypointSequence3D;

/**
 * Writes what {@code optimus detect} produces into a folder, each file atomically:
 * <pre>
 * keypoints2d.json  COCO-17 detection results, one entry per processed frame (image_id = frame index,
 *                   keypoints = 17 × (x px, y px, visibility), score = pose presence; all 0 without a person)
 * keypoints2d.csv   the same detections as our 19 canonical keypoints (with toes), so the folder is a case
 * keypoints3d.csv   the world landmarks placed in the camera's world frame (metres, Z up), see CameraPlacement
 * camera.json       the camera of that world frame (the given one, or the estimated level camera)
 * detect.json       fps, frames, fraction of frames with a person, model, camera, timing
 * </pre>
 * Stateless.
 */
public final class DetectionOutputs {

    public static final String KEYPOINTS_2D_JSON = "keypoints2d.json";
    public static final String KEYPOINTS_2D_CSV = "keypoints2d.csv";
    public static final String KEYPOINTS_3D = "keypoints3d.csv";
    public static final String CAMERA = "camera.json";
    public static final String SUMMARY = "detect.json";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** How the run went, for {@value #SUMMARY}. */
    public record RunInfo(Path video, PoseModel model, boolean smoothed, String cameraSource, int searches, double seconds) {
    }

    private DetectionOutputs() {
    }

    /**
     * Writes all outputs of {@code track} (its processed frames) into {@code dir}.
     *
     * @param camera the camera whose world frame the 3D track is written in
     */
    public static void write(Path dir, DetectionTrack track, Camera camera, RunInfo info) throws IOException {
        writeCoco(dir.resolve(KEYPOINTS_2D_JSON), track);
        new Keypoints2DCsv().write(dir.resolve(KEYPOINTS_2D_CSV), PoseKeypoints.canonical2D(track));
        KeypointSequence3D world = CameraPlacement.worldTrack(track, camera);
        new Keypoints3DCsv().write(dir.resolve(KEYPOINTS_3D), world);
        new CameraJson().write(dir.resolve(CAMERA), camera);
        AtomicFiles.writeString(dir.resolve(SUMMARY), JSON.writeValueAsString(summary(track, info)) + "\n");
    }

    /** The COCO results list of the processed frames of {@code track}. */
    public static void writeCoco(Path file, DetectionTrack track) throws IOException {
        ArrayNode list = JSON.createArrayNode();
        for (int f = 0; f < track.framesDone(); f++) {
            ObjectNode entry = list.addObject();
            entry.put("image_id", f);
            entry.put("category_id", 1);
            ArrayNode kp = entry.putArray("keypoints");
            boolean found = track.found(f);
            for (int landmark : PoseKeypoints.COCO_FROM_MEDIAPIPE) {
                kp.add(found ? round(track.x(f, landmark), 100) : 0);
                kp.add(found ? round(track.y(f, landmark), 100) : 0);
                kp.add(found ? round(track.visibility(f, landmark), 10000) : 0);
            }
            entry.put("score", found ? round(track.presence(f), 10000) : 0);
        }
        AtomicFiles.writeString(file, JSON.writeValueAsString(list) + "\n");
    }

    static Map<String, Object> summary(DetectionTrack track, RunInfo info) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("video", info.video().toString());
        m.put("fps", track.fps());
        m.put("image_width", track.width());
        m.put("image_height", track.height());
        m.put("frames", track.frameCount());
        m.put("frames_done", track.framesDone());
        m.put("cancelled", track.framesDone() < track.frameCount());
        m.put("frames_with_person", track.framesWithPerson());
        m.put("person_fraction", track.framesDone() == 0 ? 0.0 : (double) track.framesWithPerson() / track.framesDone());
        m.put("person_searches", info.searches());
        m.put("model", info.model().label());
        m.put("model_file", PoseModel.PACKAGE + "/" + info.model().fileName());
        m.put("smoothing", info.smoothed() ? "one-euro min_cutoff=" + LandmarkSmoother.MIN_CUTOFF_HZ + "Hz beta="
                + LandmarkSmoother.BETA + " d_cutoff=" + LandmarkSmoother.DERIVATIVE_CUTOFF_HZ + "Hz" : "none");
        m.put("camera", info.cameraSource());
        m.put("world_frame", "keypoints3d.csv: metres, Z up, in the world frame of camera.json (X_cam = R X_world + t)");
        m.put("seconds", round(info.seconds(), 1000));
        m.put("frames_per_second", info.seconds() > 0 ? round(track.framesDone() / info.seconds(), 100) : 0);
        return m;
    }

    private static double round(double v, double scale) {
        return Math.round(v * scale) / scale;
    }
}
