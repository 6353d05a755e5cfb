package org.optimusmotion.physics.camera;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optimusmotion.physics.TestData;
import org.optimusmotion.physics.io.MotionFormatException;
import org.optimusmotion.physics.model.Keypoint;
import org.optimusmotion.physics.motion.KeypointSequence3D;

class CameraFilesTest {

    private static final String TOML = String.join("\n",
            "[cam_01]",
            "name = \"cam_01\"",
            "size = [ 1088.0, 1920.0]",
            "matrix = [ [ 1681.2, 0.0, 532.9], [ 0.0, 1681.0, 948.1], [ 0.0, 0.0, 1.0]]",
            "distortions = [ -0.0007, 0.0021, 9.5e-06, 1.0e-05]",
            "rotation = [ 1.6882754799999993, 1.0483220499999997, -0.41955852000000016]",
            "translation = [ 0.32, 0.95, 2.89]  # metres",
            "fisheye = false",
            "",
            "[metadata]",
            "adjusted = false",
            "error = 0.0", "");

    @TempDir
    Path dir;

    @Test
    void jsonRoundTrips() throws IOException {
        Camera c = Camera.fromRodrigues(1500, 1490, 960.5, 540.25, 1920, 1080, -0.1, 0.02,
                new double[] {0.3, -1.2, 0.4}, new double[] {0.1, 0.9, 4.5});
        Path f = dir.resolve("camera.json");
        new CameraJson().write(f, c);
        assertEquals(c, new CameraJson().read(f));
    }

    @Test
    void jsonAcceptsRodriguesAndDefaultsDistortion() throws IOException {
        Path f = dir.resolve("camera.json");
        Files.writeString(f, "{\"image_width\":640,\"image_height\":480,\"fx\":500,\"fy\":500,\"cx\":320,\"cy\":240,"
                + "\"rotation_rodrigues\":[0,0,0],\"translation_m\":[0,0,3]}");
        Camera c = new CameraJson().read(f);
        assertEquals(0, c.k1());
        assertArrayEquals(new double[] {0, 0, 3}, c.translationM());
    }

    @Test
    void jsonWithMissingOrBadFieldsNamesThem() throws IOException {
        Path f = dir.resolve("camera.json");
        Files.writeString(f, "{\"image_width\":640,\"image_height\":480,\"fy\":500,\"cx\":320,\"cy\":240,"
                + "\"rotation_rodrigues\":[0,0,0],\"translation_m\":[0,0,3]}");
        MotionFormatException e = assertThrows(MotionFormatException.class, () -> new CameraJson().read(f));
        assertTrue(e.getMessage().endsWith("camera.json: missing or non-numeric 'fx'"), e.getMessage());
        Files.writeString(f, "{\"image_width\":640,\"image_height\":480,\"fx\":5,\"fy\":500,\"cx\":320,\"cy\":240,"
                + "\"rotation\":[[1,0,0],[0,1,0],[0,0,2]],\"translation_m\":[0,0,3]}");
        e = assertThrows(MotionFormatException.class, () -> new CameraJson().read(f));
        assertTrue(e.getMessage().contains("rotation is not orthonormal"), e.getMessage());
        Files.writeString(f, "{\"fx\": 5,");
        e = assertThrows(MotionFormatException.class, () -> new CameraJson().read(f));
        assertTrue(e.getMessage().contains("invalid JSON"), e.getMessage());
        Files.writeString(f, "{\n\"fx\": NaN}");
        e = assertThrows(MotionFormatException.class, () -> new CameraJson().read(f));
        assertEquals(f + " line 2: invalid JSON: Non-standard token 'NaN' (JSON numbers have no NaN or Infinity)",
                e.getMessage());
    }

    @Test
    void readsPose2SimTomlWithRodriguesExtrinsics() throws IOException {
        Path f = dir.resolve("Calib.toml");
        Files.writeString(f, TOML);
        Map<String, Camera> cams = new Pose2SimCalibration().read(f);
        assertEquals(List.of("cam_01"), List.copyOf(cams.keySet()));
        Camera c = cams.get("cam_01");
        assertEquals(1088, c.widthPx());
        assertEquals(1681.2, c.fx());
        assertEquals(948.1, c.cy());
        assertEquals(-0.0007, c.k1());
        assertArrayEquals(Rotations.fromRodrigues(new double[] {1.6882754799999993, 1.0483220499999997,
            -0.41955852000000016}), c.rotation(), 1e-15);
    }

    @Test
    void tomlErrorsNameTheLine() throws IOException {
        Path f = dir.resolve("Calib.toml");
        Files.writeString(f, TOML.replace("translation = [ 0.32, 0.95, 2.89]", "translation = [ 0.32, 0.95,"));
        MotionFormatException e = assertThrows(MotionFormatException.class, () -> new Pose2SimCalibration().read(f));
        assertTrue(e.getMessage().contains("Calib.toml line 7: unterminated array"), e.getMessage());
        Files.writeString(f, TOML.replace("rotation = [", "rotation = [ x,"));
        e = assertThrows(MotionFormatException.class, () -> new Pose2SimCalibration().read(f));
        assertTrue(e.getMessage().contains("line 6: not a number, string, boolean or array: 'x'"), e.getMessage());
        Files.writeString(f, TOML.replace("rotation = [ 1.6882754799999993, 1.0483220499999997, -0.41955852000000016]\n", ""));
        e = assertThrows(MotionFormatException.class, () -> new Pose2SimCalibration().read(f));
        assertTrue(e.getMessage().contains("line 1: camera cam_01: missing 'rotation'"), e.getMessage());
    }

    @Test
    void readsTheSharedCalibrations() throws IOException {
        Path qualisys = TestData.shared("real/pose2sim-single-person/keypoints/Calib_qualisys.toml");
        assertEquals(4, new Pose2SimCalibration().read(qualisys).size());
        Path demo = TestData.shared("real/sports2d-demo/Calib_demo.toml");
        Camera c = new Pose2SimCalibration().read(demo).get("demo");
        assertEquals(1768, c.widthPx());
    }

    @Test
    void framingEstimatePutsThePersonInTheMiddleAtSeventyPercentHeight() {
        double[] p = new double[Keypoint.COUNT * 3];
        for (int k = 0; k < Keypoint.COUNT; k++) {
            p[3 * k + 2] = k == Keypoint.HEAD.ordinal() ? 1.8 : (k == Keypoint.LEFT_TOE.ordinal() ? 0 : 0.9);
        }
        KeypointSequence3D track = KeypointSequence3D.allValid(30, p);
        Camera c = CameraEstimate.framing(1920, 1080, track);
        double[] head = new double[2];
        double[] toe = new double[2];
        c.project(p, Keypoint.HEAD.ordinal() * 3, head, 0);
        c.project(p, Keypoint.LEFT_TOE.ordinal() * 3, toe, 0);
        assertEquals(960, head[0], 1e-6);
        assertEquals(0.7 * 1080, toe[1] - head[1], 1.0);
    }
}
