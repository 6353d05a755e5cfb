package org.optimusmotion.physics.io.keypoints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optimusmotion.physics.TestData;
import org.optimusmotion.physics.camera.Camera;
import org.optimusmotion.physics.camera.Pose2SimCalibration;
import org.optimusmotion.physics.io.MotionFormatException;
import org.optimusmotion.physics.model.Keypoint;
import org.optimusmotion.physics.motion.KeypointSequence2D;
import org.optimusmotion.physics.motion.KeypointSequence3D;

class TrcReaderTest {

    private static final List<String> MARKERS = List.of("RHip", "RKnee", "RAnkle", "RBigToe", "RSmallToe", "RHeel",
            "LHip", "LKnee", "LAnkle", "LBigToe", "LSmallToe", "LHeel", "Neck", "Head", "Nose", "RShoulder", "RElbow",
            "RWrist", "LShoulder", "LElbow", "LWrist");

    @TempDir
    Path dir;

    private Path trc(int declaredFrames, String units, List<String> rows) throws IOException {
        StringBuilder names = new StringBuilder("Frame#\tTime");
        StringBuilder axes = new StringBuilder("\t");
        for (int m = 0; m < MARKERS.size(); m++) {
            names.append('\t').append(MARKERS.get(m)).append("\t\t");
            axes.append("\tX").append(m + 1).append("\tY").append(m + 1).append("\tZ").append(m + 1);
        }
        List<String> lines = new ArrayList<>(List.of("PathFileType\t4\t(X/Y/Z)\tt.trc",
                "DataRate\tCameraRate\tNumFrames\tNumMarkers\tUnits\tOrigDataRate\tOrigDataStartFrame\tOrigNumFrames",
                "60\t60\t" + declaredFrames + "\t21\t" + units + "\t60\t0\t" + declaredFrames, names.toString(), axes.toString()));
        lines.addAll(rows);
        Path f = dir.resolve("t.trc");
        Files.write(f, lines);
        return f;
    }

    /** Marker m at (x, y, z) = (m, 1 + m / 100, -m) in file units, Y up; LHip missing when {@code gap}. */
    private static String row(int frame, boolean gap) {
        StringBuilder b = new StringBuilder().append(frame + 1).append('\t').append(frame / 60.0);
        for (int m = 0; m < MARKERS.size(); m++) {
            if (gap && MARKERS.get(m).equals("LHip")) {
                b.append("\t\t\t");
            } else {
                b.append('\t').append(m).append('\t').append(1 + m / 100.0).append('\t').append(-m);
            }
        }
        return b.toString();
    }

    @Test
    void readsMarkersTurnsThemZUpAndMarksGapsMissing() throws IOException {
        KeypointSequence3D t = new TrcReader().read(trc(2, "m", List.of(row(0, false), row(1, true))));
        assertEquals(60, t.fps());
        assertEquals(2, t.frameCount());
        // RKnee is marker 1: file (1, 1.01, -1) → world (z, x, y) = (-1, 1, 1.01).
        assertEquals(-1, t.get(0, Keypoint.RIGHT_KNEE, 0), 1e-12);
        assertEquals(1, t.get(0, Keypoint.RIGHT_KNEE, 1), 1e-12);
        assertEquals(1.01, t.get(0, Keypoint.RIGHT_KNEE, 2), 1e-12);
        // Pelvis = mean(RHip 0, LHip 6).
        assertEquals(-3, t.get(0, Keypoint.PELVIS, 0), 1e-12);
        assertFalse(t.isValid(1, Keypoint.PELVIS.ordinal()));
        assertFalse(t.isValid(1, Keypoint.LEFT_HIP.ordinal()));
        assertTrue(t.isValid(1, Keypoint.RIGHT_HIP.ordinal()));
    }

    @Test
    void millimetresAreConverted() throws IOException {
        KeypointSequence3D t = new TrcReader().read(trc(1, "mm", List.of(row(0, false))));
        assertEquals(1.01e-3, t.get(0, Keypoint.RIGHT_KNEE, 2), 1e-15);
    }

    @Test
    void fewerRowsThanNumFramesIsTruncated() throws IOException {
        Path f = trc(3, "m", List.of(row(0, false), row(1, false)));
        MotionFormatException e = assertThrows(MotionFormatException.class, () -> new TrcReader().read(f));
        assertTrue(e.getMessage().endsWith("truncated: NumFrames says 3 but the file has 2 data rows"), e.getMessage());
    }

    @Test
    void shortRowNamesTheLine() throws IOException {
        String cut = row(0, false);
        Path f = trc(1, "m", List.of(cut.substring(0, cut.lastIndexOf('\t'))));
        MotionFormatException e = assertThrows(MotionFormatException.class, () -> new TrcReader().read(f));
        assertTrue(e.getMessage().endsWith("line 6: expected 65 values (Frame#, Time, 21 markers × 3), found 64"),
                e.getMessage());
    }

    @Test
    void unknownMarkerNamesAreReported() throws IOException {
        Path f = trc(1, "m", List.of(row(0, false)));
        Files.writeString(f, Files.readString(f).replace("LHip", "LeftHipMarker"));
        MotionFormatException e = assertThrows(MotionFormatException.class, () -> new TrcReader().read(f));
        assertTrue(e.getMessage().contains("line 4: skeleton mapping pose2sim_trc needs joints [LHip]"), e.getMessage());
    }

    @Test
    void pose2simTriangulationReprojectsOntoTheOpenPoseTracks() throws IOException {
        Path base = TestData.shared("real/pose2sim-single-person/keypoints");
        KeypointSequence3D points = new TrcReader().read(base.resolve("S00_P00_T01_BalancingTrial_0-100.trc"));
        Camera cam = new Pose2SimCalibration().read(base.resolve("Calib_qualisys.toml")).get("cam_01");
        KeypointSequence2D tracks = new OpenPoseJsonReader().read(base.resolve("pose/cam01_json"), null, 60, 1088, 1920);
        assertEquals(tracks.frameCount(), points.frameCount());
        List<Double> errors = new ArrayList<>();
        double[] uv = new double[2];
        for (int f = 0; f < points.frameCount(); f++) {
            for (int k = 0; k < Keypoint.COUNT; k++) {
                if (points.isValid(f, k) && tracks.confidence(f, k) > 0.3
                        && cam.project(points.positionsRef(), (f * Keypoint.COUNT + k) * 3, uv, 0)) {
                    errors.add(Math.hypot(uv[0] - tracks.get(f, k, 0), uv[1] - tracks.get(f, k, 1)));
                }
            }
        }
        double[] e = errors.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(e);
        assertTrue(e.length > 1000, "compared " + e.length + " keypoints");
        // SOURCES.md: 12–17 px median on a person about 1000 px tall.
        assertTrue(e[e.length / 2] < 30, "median reprojection error " + e[e.length / 2] + " px");
    }
}
