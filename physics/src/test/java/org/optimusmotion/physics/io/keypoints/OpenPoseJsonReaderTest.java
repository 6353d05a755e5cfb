package org.optimusmotion.physics.io.keypoints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optimusmotion.physics.TestData;
import org.optimusmotion.physics.io.MotionFormatException;
import org.optimusmotion.physics.model.Keypoint;
import org.optimusmotion.physics.motion.KeypointSequence2D;

class OpenPoseJsonReaderTest {

    @TempDir
    Path dir;

    private void frame(String name, String json) throws IOException {
        Files.writeString(dir.resolve(name), json);
    }

    @Test
    void readsFramesInNameOrderKeepsTheMostConfidentPersonAndAllowsEmptyFrames() throws IOException {
        frame("clip_000000000000_keypoints.json", Frames.openPoseFrame(List.of(
                Frames.openPosePerson(1000, 0.1), Frames.openPosePerson(0, 0.9))));
        frame("clip_000000000001_keypoints.json", Frames.openPoseFrame(List.of()));
        frame("clip_000000000002_keypoints.json", Frames.openPoseFrame(List.of(Frames.openPosePerson(5, 0.5))));
        KeypointSequence2D t = new OpenPoseJsonReader().read(dir, OpenPoseModel.BODY_25B, 30, 1088, 1920);
        assertEquals(3, t.frameCount());
        assertEquals(1088, t.imageWidth());
        // BODY_25B: LHip 11, RHip 12 → pelvis x = 100 + 10·11.5.
        assertEquals(215, t.get(0, Keypoint.PELVIS.ordinal(), 0), 1e-9);
        assertEquals(0.9, t.confidence(0, Keypoint.PELVIS.ordinal()), 1e-12);
        assertEquals(0, t.confidence(1, Keypoint.PELVIS.ordinal()));
        assertEquals(220, t.get(2, Keypoint.PELVIS.ordinal(), 0), 1e-9);
        // Left toe = mean(LBigToe 19, LSmallToe 20); head = mean(Head 18, Nose 0).
        assertEquals(100 + 10 * 19.5, t.get(0, Keypoint.LEFT_TOE.ordinal(), 0), 1e-9);
        assertEquals(100 + 10 * 9, t.get(0, Keypoint.HEAD.ordinal(), 0), 1e-9);
        // Right wrist is BODY_25B index 10.
        assertEquals(200, t.get(0, Keypoint.RIGHT_WRIST.ordinal(), 0), 1e-9);
    }

    @Test
    void detectsBody25FromTheMidHip() throws IOException {
        double[][] p = new double[25][];
        for (int j = 0; j < 25; j++) {
            p[j] = new double[] {50 + 7 * j, 300 - 3 * j};
        }
        p[8] = new double[] {(p[9][0] + p[12][0]) / 2, (p[9][1] + p[12][1]) / 2};
        StringBuilder b = new StringBuilder("{\"people\":[{\"pose_keypoints_2d\":[");
        for (int j = 0; j < 25; j++) {
            b.append(j > 0 ? "," : "").append(p[j][0]).append(',').append(p[j][1]).append(",0.8");
        }
        frame("a_keypoints.json", b.append("]}]}").toString());
        SourceFrames2D frames = new SourceFrames2D(1, 25);
        for (int j = 0; j < 25; j++) {
            frames.set(0, j, p[j][0], p[j][1], 0.8);
        }
        assertEquals(OpenPoseModel.BODY_25, OpenPoseJsonReader.detect(frames));
        KeypointSequence2D t = new OpenPoseJsonReader().read(dir, null, 25, 0, 0);
        // BODY_25: RHip 9, LHip 12.
        assertEquals((p[9][0] + p[12][0]) / 2, t.get(0, Keypoint.PELVIS.ordinal(), 0), 1e-9);
        assertEquals(p[4][0], t.get(0, Keypoint.RIGHT_WRIST.ordinal(), 0), 1e-9);
    }

    @Test
    void wrongKeypointCountNamesFileAndFrame() throws IOException {
        frame("x_keypoints.json", "{\"people\":[{\"pose_keypoints_2d\":[1,2,0.5]}]}");
        MotionFormatException e = assertThrows(MotionFormatException.class,
                () -> new OpenPoseJsonReader().read(dir, OpenPoseModel.BODY_25, 30, 0, 0));
        assertTrue(e.getMessage().endsWith("x_keypoints.json frame 0: person 0: pose_keypoints_2d has 3 values,"
                + " expected 75 (25 keypoints × x, y, confidence)"), e.getMessage());
    }

    @Test
    void corruptJsonNamesTheLine() throws IOException {
        frame("y_keypoints.json", "{\"people\":\n[{\"pose_keypoints_2d\":[1, 2,");
        MotionFormatException e = assertThrows(MotionFormatException.class,
                () -> new OpenPoseJsonReader().read(dir, OpenPoseModel.BODY_25, 30, 0, 0));
        assertTrue(e.getMessage().contains("y_keypoints.json line 2: invalid JSON"), e.getMessage());
    }

    @Test
    void nanInJsonIsRejected() throws IOException {
        frame("z_keypoints.json", "{\"people\":[{\"pose_keypoints_2d\":[NaN, 2, 0.5]}]}");
        MotionFormatException e = assertThrows(MotionFormatException.class,
                () -> new OpenPoseJsonReader().read(dir, OpenPoseModel.BODY_25, 30, 0, 0));
        assertTrue(e.getMessage().contains("invalid JSON"), e.getMessage());
    }

    @Test
    void readsThePose2SimBody25bTracks() throws IOException {
        Path cam01 = TestData.shared("real/pose2sim-single-person/keypoints/pose/cam01_json");
        KeypointSequence2D t = new OpenPoseJsonReader().read(cam01, null, 60, 1088, 1920);
        assertEquals(100, t.frameCount());
        int present = 0;
        for (int f = 0; f < t.frameCount(); f++) {
            present += t.confidence(f, Keypoint.PELVIS.ordinal()) > 0 ? 1 : 0;
        }
        assertTrue(present > 90, "pelvis present in " + present + " frames");
        // Detected as BODY_25B: the head is above the pelvis in the image.
        assertTrue(t.get(0, Keypoint.HEAD.ordinal(), 1) < t.get(0, Keypoint.PELVIS.ordinal(), 1));
    }
}
