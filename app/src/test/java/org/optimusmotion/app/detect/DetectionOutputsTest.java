package org.optimusmotion.app.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optimusmotion.app.fit.CaseLoader;
import org.optimusmotion.app.fit.MotionCase;
import org.optimusmotion.physics.camera.Camera;
import org.optimusmotion.physics.camera.CameraJson;
import org.optimusmotion.physics.io.keypoints.KeypointFiles;
import org.optimusmotion.physics.model.Keypoint;
import org.optimusmotion.physics.motion.KeypointSequence2D;
import org.optimusmotion.physics.reconstruct.CaseFiles;

/** Writes a small synthetic detection and reads every output back with the project's own readers. */
class DetectionOutputsTest {

    private static final int W = 640;
    private static final int H = 480;
    private static final int FRAMES = 4;
    private static final double FPS = 25;

    @TempDir
    static Path dir;
    private static DetectionTrack track;
    private static Camera camera;

    @BeforeAll
    static void writeOutputs() throws Exception {
        SplittableRandom random = new SplittableRandom(5);
        camera = new Camera(500, 500, W / 2.0, H / 2.0, W, H, 0, 0, new double[] {1, 0, 0, 0, 0, -1, 0, 1, 0},
                new double[] {0, 1.0, 0});
        track = new DetectionTrack(FPS, W, H, FRAMES);
        for (int f = 0; f < FRAMES; f++) {
            // Nobody in frame 2: the outputs must keep the frame with zero confidence.
            track.put(f, f == 2 ? null : SyntheticDetections.observe(SyntheticDetections.body(random, 0, 5), camera, 0.8));
        }
        DetectionOutputs.write(dir, track, camera,
                new DetectionOutputs.RunInfo(Path.of("clip.mp4"), PoseModel.LITE, true, "given: test", 1, 2.0));
    }

    @Test
    void cocoJsonHasOneEntryPerFrameAndReadsBackAsCanonicalKeypoints() throws Exception {
        JsonNode list = new ObjectMapper().readTree(dir.resolve(DetectionOutputs.KEYPOINTS_2D_JSON).toFile());
        assertEquals(FRAMES, list.size());
        assertEquals(51, list.get(0).get("keypoints").size());
        KeypointSequence2D coco = KeypointFiles.read2D(dir.resolve(DetectionOutputs.KEYPOINTS_2D_JSON), FPS, W, H);
        assertEquals(FRAMES, coco.frameCount());
        int knee = Keypoint.LEFT_KNEE.ordinal();
        // MediaPipe 25 = left knee; written with two decimals.
        assertEquals(track.x(0, 25), coco.get(0, knee, 0), 0.006);
        assertEquals(track.y(0, 25), coco.get(0, knee, 1), 0.006);
        assertEquals(0.8, coco.confidence(0, knee), 1e-4);
        for (int k = 0; k < Keypoint.COUNT; k++) {
            assertEquals(0, coco.confidence(2, k), 0, "nobody in frame 2, keypoint " + k);
        }
    }

    @Test
    void theFolderIsACaseForTheReconstructionAndTheApp() throws Exception {
        CaseFiles.CaseData data = CaseFiles.read(dir);
        assertEquals(FRAMES, data.input().frameCount());
        assertEquals(FPS, data.input().fps(), 0);
        int toe = Keypoint.RIGHT_TOE.ordinal();
        assertTrue(data.input().detections().confidence(0, toe) > 0, "the canonical CSV keeps the toes COCO lacks");
        assertTrue(data.input().kinematic().isValid(0, toe));
        assertFalse(data.input().kinematic().isValid(2, toe), "no 3D where nobody was found");
        assertEquals(camera, new CameraJson().read(dir.resolve(DetectionOutputs.CAMERA)));
        MotionCase opened = new CaseLoader().load(dir);
        assertEquals(FRAMES, opened.frameCount());
        assertTrue(opened.keypoints2d().isPresent() && opened.keypoints3d().isPresent() && opened.camera().isPresent());
    }

    @Test
    void summarySaysHowManyFramesHadAPerson() throws Exception {
        JsonNode summary = new ObjectMapper().readTree(dir.resolve(DetectionOutputs.SUMMARY).toFile());
        assertEquals(FRAMES, summary.get("frames").asInt());
        assertEquals(3, summary.get("frames_with_person").asInt());
        assertEquals(0.75, summary.get("person_fraction").asDouble(), 1e-12);
        assertEquals("lite", summary.get("model").asText());
        assertEquals(1.0 * FRAMES / 2.0, summary.get("frames_per_second").asDouble(), 1e-9);
    }

    @Test
    void noTemporaryFilesAreLeft() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")));
        }
    }
}
